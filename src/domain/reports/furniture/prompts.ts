import { normaliseSpace } from './block-shape';
import type { FurnitureFinding, FurnitureKind, FurnitureRule } from './furniture-rule';

interface PromptPattern {
  kind: FurnitureKind;
  pattern: RegExp;
  maximumLength: number;
}

const SHARE_WORDS = new Set(['share', 'this', 'the', 'article', 'story', 'post', 'page', 'on', 'via', 'with', 'tweet', 'email', 'e-mail', 'print', 'copy', 'link', 'facebook', 'twitter', 'x', 'linkedin', 'whatsapp', 'reddit', 'pinterest', 'telegram', 'flipboard', 'messenger', 'bluesky', 'threads']);
const SHARE_ACTIONS = new Set(['share', 'tweet', 'facebook', 'twitter', 'linkedin', 'whatsapp', 'reddit', 'pinterest', 'telegram', 'flipboard', 'bluesky']);

const PATTERNS: PromptPattern[] = [
  { kind: 'sign-in-prompt', maximumLength: 60, pattern: /^(?:already (?:a )?(?:subscriber|registered|have an account)\??\s*)?(?:sign|log)(?:\s*(?:in|up|on))?\b/i },
  { kind: 'sign-in-prompt', maximumLength: 120, pattern: /^(?:create (?:a |your )?(?:free )?account|register (?:now|today|for free)|subscribe (?:now|today|to (?:continue|read)))\b/i },
  { kind: 'newsletter-prompt', maximumLength: 250, pattern: /\bnewsletters?\b.*\b(?:sign up|subscribe|inbox|delivered|join)\b|\b(?:sign up|subscribe|join)\b.*\bnewsletters?\b/i },
  { kind: 'read-more', maximumLength: 200, pattern: /^click here to read\b|\bread the full (?:original )?(?:article|story|report)\b|^continue reading\b|^read more\b|^(?:read|see) (?:also|next)\s*:/i },
  { kind: 'read-more', maximumLength: 300, pattern: /^the post .+ appeared first on .+$/i },
  { kind: 'download-prompt', maximumLength: 250, pattern: /^click (?:on )?(?:the )?(?:image|link|button|banner|here)\b/i },
  { kind: 'advertisement', maximumLength: 60, pattern: /^(?:advertisement|advert|ad|sponsored(?: content)?|story continues below(?: advertisement)?|scroll to continue(?: with content)?)$/i },
];

/** True for a row of share buttons: "Share this article: Facebook Twitter Email". */
export function isShareRow(text: string): boolean {
  const words = normaliseSpace(text).toLowerCase().split(/[\s,|•·/:]+/).filter((word) => word !== '');
  return words.length > 0 && words.every((word) => SHARE_WORDS.has(word)) && words.some((word) => SHARE_ACTIONS.has(word));
}

/** What kind of prompt the block is, if it is only a prompt to share, sign in, subscribe, read on or download. */
export function promptKind(text: string): FurnitureKind | null {
  const line = normaliseSpace(text);
  if (isShareRow(line)) return 'share-prompt';
  const match = PATTERNS.find(({ pattern, maximumLength }) => line.length <= maximumLength && pattern.test(line));
  return match ? match.kind : null;
}

/** Share rows, sign-in and newsletter prompts, "read the full article" links, download prompts and ad labels. */
export const findPrompts: FurnitureRule = (blocks) => {
  const findings: FurnitureFinding[] = [];
  blocks.forEach((block, index) => {
    const kind = promptKind(block.text);
    if (kind) findings.push({ kind, firstBlock: index, lastBlock: index });
  });
  return findings;
};
