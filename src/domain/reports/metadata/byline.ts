import type { RemovedPiece } from '../../articles/article';

const BY_PREFIX = /^(?:\s*date\s+\d{4}-\d{2}-\d{2}\s*)?(?:by|written by|words|author|report by)\s*[:\s]\s*/i;

/** The writer named by a byline removed from the top: "By Carlo Platella" gives "Carlo Platella". */
export function detectByline(removed: readonly RemovedPiece[]): string | null {
  const piece = removed.find((candidate) => candidate.kind === 'byline');
  return piece ? piece.text.replace(BY_PREFIX, '').replace(/\s+/g, ' ').trim() || null : null;
}

const DATELINE = /^(\p{Lu}[\p{Lu} .'-]{2,}(?:,\s*\p{Lu}[\p{L}.]*)?)\s*(?:\([^)]*\)\s*)?[–—-]\s/u;

/** The place a wire-style first paragraph opens with: "ALTON, Va. (August 26, 2023) – …" gives "ALTON, Va.". */
export function detectDateline(bodyBlocks: readonly string[]): string | null {
  const match = DATELINE.exec(bodyBlocks[0] ?? '');
  return match ? match[1].trim() : null;
}
