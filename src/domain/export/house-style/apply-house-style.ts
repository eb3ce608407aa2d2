import type { ArticleDoc, DocNode } from '../../articles/article';
import { isTypedNoBreakSpace, NO_BREAK_SPACE } from '../../articles/typed-no-break-space';
import { normaliseCarNumbers } from './car-numbers';
import { normaliseGaps } from './gaps';
import type { HouseStyle, RosterName } from './house-style';
import { isBlankText, removeZeroWidthCharacters } from './invisible-characters';
import { normaliseLapTimes } from './lap-times';
import { plainNoBreakSpaces, plainNoBreakSpacesInline } from './no-break-spaces';
import { normaliseQuotes } from './quotes';
import { applyRosterNames } from './roster-names';

/** The rules that rewrite text, in the order they run: quotes last, so primes are already gone. */
function textRules(style: HouseStyle, roster: RosterName[]): ((text: string, before: string) => string)[] {
  const rules: ((text: string, before: string) => string)[] = [];
  if (style.zeroWidthCharacters.enabled) rules.push(removeZeroWidthCharacters);
  // Text nodes have had theirs made plain block by block already; this is for labels and the header.
  if (style.noBreakSpaces.enabled) rules.push(plainNoBreakSpaces);
  if (style.lapTimes.enabled) rules.push((text) => normaliseLapTimes(text, style.lapTimes.notation));
  if (style.gaps.enabled) rules.push((text) => normaliseGaps(text, style.gaps.notation));
  if (style.carNumbers.enabled) rules.push((text) => normaliseCarNumbers(text, style.carNumbers.notation));
  if (style.rosterNames.enabled && roster.length > 0) rules.push((text) => applyRosterNames(text, roster));
  if (style.quotes.enabled) rules.push((text, before) => normaliseQuotes(text, style.quotes.style, before));
  return rules;
}

/**
 * Applies the house style's text rules to one piece of text outside the document, such as the headline or
 * the standfirst.
 */
export function applyHouseStyleToText(text: string, style: HouseStyle, roster: RosterName[] = []): string {
  return textRules(style, roster).reduce((current, rule) => rule(current, ''), text);
}

function nodeText(node: DocNode): string {
  return node.type === 'text' ? (node.text ?? '') : (node.content ?? []).map(nodeText).join('');
}

/**
 * Applies the house style to a document and returns a new one; marks, tags and structure are kept, so the
 * editor can offer it as a command as well as the export. Rules rewrite each text node, reading the text
 * before it in the same block for context; non-breaking spaces are made plain over the whole block first, and a
 * typed one (a `typedNoBreakSpace` node) is kept.
 */
export function applyHouseStyle(doc: ArticleDoc, style: HouseStyle, roster: RosterName[] = []): ArticleDoc {
  const rules = textRules(style, roster);
  const restyle = (text: string, before: string) => rules.reduce((current, rule) => rule(current, before), text);
  const styleNode = (node: DocNode): DocNode | null => {
    if (style.blankParagraphs.enabled && node.type === 'paragraph' && isBlankText(nodeText(node))) return null;
    if (!node.content) return node;
    let before = '';
    const children = style.noBreakSpaces.enabled ? plainNoBreakSpacesInline(node.content) : node.content;
    const content = children.flatMap((child) => {
      const label = child.attrs?.label;
      if (child.type.startsWith('rd') && typeof label === 'string') {
        // A Racedesk atom shows its label, so the label is restyled like the text around it.
        const styledLabel = restyle(label, before);
        before = styledLabel || before;
        return [{ ...child, attrs: { ...child.attrs, label: styledLabel } }];
      }
      if (child.type !== 'text') {
        before = child.type === 'hardBreak' ? '\n' : isTypedNoBreakSpace(child) ? NO_BREAK_SPACE : before;
        const styled = styleNode(child);
        return styled ? [styled] : [];
      }
      const text = restyle(child.text ?? '', before);
      before = text || before;
      return text === '' ? [] : [{ ...child, text }];
    });
    return { ...node, content };
  };
  return { ...doc, content: doc.content.flatMap((node) => styleNode(node) ?? []) };
}
