const LIST_STYLE = /mso-list:\s*(l\d+)/i;
const IGNORED_MARKER = /mso-list:\s*ignore/i;
const ORDERED_MARKER = /^(?:\d+|[a-z]|[ivxlc]+)[.)]$/i;

function listIdOf(element: Element): string | null {
  return element.localName === 'p' ? (LIST_STYLE.exec(element.getAttribute('style') ?? '')?.[1] ?? null) : null;
}

function nextElementSkippingSpace(element: Element): Element | null {
  let next = element.nextSibling;
  while (next && next.nodeType === 3 && (next.textContent ?? '').trim() === '') next = next.nextSibling;
  return next && next.nodeType === 1 ? (next as Element) : null;
}

/** Takes the typed bullet or number ("·", "1.") out of a Word list paragraph and says whether it was a number. */
function takeMarker(paragraph: Element): boolean {
  const marker = Array.from(paragraph.querySelectorAll('span')).find((span) => IGNORED_MARKER.test(span.getAttribute('style') ?? ''));
  if (!marker) return false;
  const ordered = ORDERED_MARKER.test((marker.textContent ?? '').replace(/\s+/g, ''));
  marker.remove();
  return ordered;
}

/**
 * Word puts a list on the clipboard as paragraphs styled `mso-list:l0 level1` with a typed bullet in a
 * `mso-list:Ignore` span. Turns each run of such paragraphs into a real `<ul>` or `<ol>`, so the list survives
 * sanitising (which drops styles) as a list. Nesting levels are flattened.
 */
export function liftWordLists(root: Element): void {
  const starts = Array.from(root.querySelectorAll('p')).filter((paragraph) => {
    const previous = paragraph.previousElementSibling;
    return listIdOf(paragraph) !== null && (!previous || listIdOf(previous) !== listIdOf(paragraph));
  });
  for (const start of starts) {
    const id = listIdOf(start);
    const run: Element[] = [];
    for (let item: Element | null = start; item && listIdOf(item) === id; item = nextElementSkippingSpace(item)) run.push(item);
    const ordered = run.map(takeMarker)[0] ?? false;
    const list = root.ownerDocument.createElement(ordered ? 'ol' : 'ul');
    start.before(list);
    for (const paragraph of run) {
      const item = root.ownerDocument.createElement('li');
      item.append(...Array.from(paragraph.childNodes));
      list.append(item);
      paragraph.remove();
    }
  }
}
