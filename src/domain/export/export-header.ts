import type { ArticleMeta } from '../articles/article';
import type { ExportHeader } from './export-doc';

function filled(value: string | null | undefined): string | null {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : null;
}

/** Headline, standfirst, byline and dateline from the article's metadata, blank ones as `null`. */
export function exportHeader(meta: ArticleMeta): ExportHeader {
  return {
    headline: filled(meta.headline),
    standfirst: filled(meta.standfirst),
    byline: filled(meta.byline),
    dateline: filled(meta.dateline),
  };
}

/** The header's lines in reading order, for formats that have no special place for each. */
export function headerLines(header: ExportHeader): { role: keyof ExportHeader; text: string }[] {
  const roles: (keyof ExportHeader)[] = ['headline', 'standfirst', 'byline', 'dateline'];
  return roles.flatMap((role) => (header[role] ? [{ role, text: header[role] as string }] : []));
}
