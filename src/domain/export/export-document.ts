import type { Article } from '../articles/article';
import { cleanDoc } from './clean-doc';
import type { ExportDocument } from './export-doc';
import { exportHeader } from './export-header';
import { applyHouseStyle, applyHouseStyleToText } from './house-style/apply-house-style';
import type { HouseStyle, RosterName } from './house-style/house-style';

export interface ExportDocumentOptions {
  /** Applied before cleaning; `null` or absent keeps the text as written. */
  houseStyle?: HouseStyle | null;
  roster?: RosterName[];
}

/** The article as every renderer takes it: header from the metadata, all restyled, body cleaned of all tagging. */
export function exportDocumentOf(article: Pick<Article, 'meta' | 'doc'>, options: ExportDocumentOptions = {}): ExportDocument {
  const { houseStyle, roster = [] } = options;
  if (!houseStyle) return { header: exportHeader(article.meta), blocks: cleanDoc(article.doc) };
  const header = exportHeader(article.meta);
  const restyle = (text: string | null) => (text === null ? null : applyHouseStyleToText(text, houseStyle, roster));
  return {
    header: { headline: restyle(header.headline), standfirst: restyle(header.standfirst), byline: header.byline, dateline: header.dateline },
    blocks: cleanDoc(applyHouseStyle(article.doc, houseStyle, roster)),
  };
}
