export type { Claim, ClaimKind, ClaimUnit, ExtractOptions, Notation, Qualifier } from './types';
export { extractClaims } from './extract';
export { formatLike } from './format';
export { splitSentences, type SentenceSpan } from './sentences';
