export type { Claim, ClaimKind, ClaimUnit, ExtractOptions, Notation, Qualifier } from './types';
export { extractClaims } from './extract';
export { formatLike } from './format';
export { splitSentences, type SentenceSpan } from './sentences';
export { htmlText } from './html-text';
export { markdownText } from './markdown-text';
export { sourceSpan, type PlainText } from './plain-text';
export { extractClaimsFromSource } from './source-claims';
