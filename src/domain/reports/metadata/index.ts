import type { ArticleMeta, RemovedPiece } from '../../articles/article';
import { detectByline, detectDateline } from './byline';
import { detectDate } from './date';
import { detectSeries } from './series';
import { detectSession } from './session';
import { detectEvent, detectTrack } from './venue';

/** What metadata is read from: the headline found, the kept blocks' texts, and the removed pieces. */
export interface MetadataSource {
  headline: string | null;
  bodyBlocks: readonly string[];
  removed: readonly RemovedPiece[];
}

/**
 * Reads the article's metadata off a cleaned report. Every field is a proposal the writer confirms or edits;
 * the headline is null when the report has none, so the caller can fall back to something else.
 */
export function detectMetadata(source: MetadataSource): Omit<ArticleMeta, 'headline'> & { headline: string | null } {
  const headline = source.headline ?? '';
  const body = source.bodyBlocks.join('\n');
  const session = detectSession(headline, body);
  const event = detectEvent(headline, body, session);
  return {
    headline: source.headline,
    standfirst: null,
    byline: detectByline(source.removed),
    dateline: detectDateline(source.bodyBlocks),
    date: detectDate(source.bodyBlocks, source.removed),
    series: detectSeries(headline, body),
    event,
    track: detectTrack(headline, body, event),
    session,
  };
}
