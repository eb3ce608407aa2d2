import { JSDOM } from 'jsdom';

const ALLOWED_ELEMENTS = new Set([
  'html', 'head', 'body', 'meta', 'title', 'article', 'header',
  'h1', 'h2', 'h3', 'p', 'br', 'ul', 'ol', 'li', 'blockquote', 'hr', 'a', 'strong', 'em', 's', 'code',
]);
const ALLOWED_ATTRIBUTES: Record<string, string[]> = { html: ['lang'], meta: ['charset'], a: ['href'], ol: ['start'] };

/** Elements and attributes in `html` that a clean export must not have, e.g. `span`, `class="…"`. */
export function forbiddenMarkup(html: string): string[] {
  const { document } = new JSDOM(html).window;
  const found: string[] = [];
  for (const element of document.querySelectorAll('*')) {
    const name = element.tagName.toLowerCase();
    if (!ALLOWED_ELEMENTS.has(name)) found.push(`<${name}>`);
    for (const attribute of element.attributes) {
      if (!(ALLOWED_ATTRIBUTES[name] ?? []).includes(attribute.name)) found.push(`${name}[${attribute.name}]`);
    }
  }
  return found;
}

/** The text a reader sees, with `<br>` and block ends kept as line breaks. */
export function visibleText(html: string): string {
  const { document } = new JSDOM(html).window;
  for (const br of document.querySelectorAll('br')) br.replaceWith('\n');
  for (const block of document.querySelectorAll('p, h1, h2, h3, li')) block.append('\n');
  return document.body.textContent ?? '';
}
