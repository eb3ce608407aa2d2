import type { ArticleDoc, DocNode } from '../../../src/domain/articles/article';

const LAP_TIME = /\d:\d{2}\.\d{3}|\d'\d{2}''\d{3}'*/g;
const NAME = /\b[A-Z][a-z]+ [A-Z][a-z]+\b/g;
const CAR_NUMBER = /#\d{1,3}\b/g;

function splitText(node: DocNode): DocNode[] {
  const text = node.text ?? '';
  const found = [
    ...[...text.matchAll(LAP_TIME)].map((match) => ({ match, kind: 'result' })),
    ...[...text.matchAll(NAME)].map((match) => ({ match, kind: 'entity' })),
    ...[...text.matchAll(CAR_NUMBER)].map((match) => ({ match, kind: 'atom' })),
  ].sort((a, b) => (a.match.index ?? 0) - (b.match.index ?? 0));
  const pieces: DocNode[] = [];
  let at = 0;
  for (const { match, kind } of found) {
    const start = match.index ?? 0;
    if (start < at) continue;
    if (start > at) pieces.push({ ...node, text: text.slice(at, start) });
    const value = match[0];
    if (kind === 'atom') {
      pieces.push({ type: 'rdCarNumber', attrs: { label: value, rosterId: 'car-1' }, marks: node.marks });
    } else if (kind === 'result') {
      pieces.push({ ...node, text: value, marks: [...(node.marks ?? []), { type: 'rdResult', attrs: { kind: 'lapTime', value, unit: 's' } }] });
    } else {
      pieces.push({ ...node, text: value, marks: [...(node.marks ?? []), { type: 'rdEntity', attrs: { kind: 'driver', rosterId: 'd-1', label: value } }] });
    }
    at = start + value.length;
  }
  if (at < text.length) pieces.push({ ...node, text: text.slice(at) });
  return pieces;
}

function tagNode(node: DocNode): DocNode[] {
  if (node.type === 'text') return splitText(node);
  return [{ ...node, content: node.content?.flatMap(tagNode) }];
}

/**
 * Tags a document the way the desk does: `rdEntity` on names, `rdResult` on lap times and car numbers as
 * `rdCarNumber` atoms, so exports can be shown to strip every trace of it.
 */
export function tagDoc(doc: ArticleDoc): ArticleDoc {
  return { type: 'doc', content: doc.content.flatMap(tagNode) };
}

/** How many tags `tagDoc` put in, to prove the test has something to strip. */
export function countTags(doc: DocNode): number {
  const own = (node: DocNode) =>
    (node.type.startsWith('rd') ? 1 : 0) + (node.marks ?? []).filter((mark) => mark.type.startsWith('rd')).length;
  return own(doc) + (doc.content ?? []).reduce((sum, child) => sum + countTags(child), 0);
}
