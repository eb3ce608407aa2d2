const COPY_SUFFIX = / \([^()]*’s version\)$/;

/** The headline of a conflict copy: `Derani on pole (Ben Keating’s version)`, never stacked twice. */
export function conflictCopyHeadline(headline: string, writer: string): string {
  return `${headline.replace(COPY_SUFFIX, '')} (${writer}’s version)`;
}

/** The headline a copy had before it was one, for when its text goes back in place of the original. */
export function headlineWithoutCopySuffix(headline: string): string {
  return headline.replace(COPY_SUFFIX, '');
}

const COPY_ID_SUFFIX = /-c-[0-9a-f]{8}$/;

/**
 * The id of the copy of `articleId` holding the text whose git blob is `blobId`. Deterministic, so two laptops
 * that copy the same text make the same file, and short enough for article ids (at most 64 characters).
 */
export function conflictCopyId(articleId: string, blobId: string): string {
  return `${articleId.replace(COPY_ID_SUFFIX, '').slice(0, 50)}-c-${blobId.slice(0, 8)}`;
}
