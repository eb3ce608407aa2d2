/**
 * What a sync records on both articles of a same-article conflict: the one that kept this laptop's text in
 * place (`kept`) and the named copy holding the other laptop's text (`copy`). Both texts are whole; neither
 * holds conflict markers.
 */
export interface SyncConflict {
  role: 'kept' | 'copy';
  /** The other article of the pair. */
  otherId: string;
  /** Who wrote the text of this article, as git names them. */
  writer: string;
  /** Who wrote the text of the other article. */
  otherWriter: string;
  detectedAt: string;
}

/** How a writer settles a conflict: keep this article's text, the other one's, or both as separate articles. */
export type ConflictChoice = 'this' | 'other' | 'both';
