import { JSDOM } from 'jsdom';

const ARTICLE_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'figure', 'figcaption',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'br', 'hr',
  'strong', 'b', 'em', 'i', 's', 'strike', 'del', 'a', 'span', 'code', 'u', 'small', 'sup', 'sub',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption',
]);
const SAFE_LINK = /^(?:https?:\/\/|mailto:)[^\s"'<>]*$/;
// One window, many parsed documents: a JSDOM per call would hold thousands of windows in a fuzz run.
const parser = new new JSDOM('').window.DOMParser();

/**
 * What a browser builds from sanitised HTML, as a list of problems: any element that is not article markup,
 * any attribute but `href`, any link that is not http(s) or mailto. Text is text: "javascript:" written in a
 * paragraph (say, what is left of a CDATA section) is words, not a link, and cannot run.
 */
export function unsafeParts(html: string): string[] {
  const document = parser.parseFromString(`<!DOCTYPE html><body>${html}</body>`, 'text/html');
  const problems: string[] = [];
  for (const element of document.body.querySelectorAll('*')) {
    if (!ARTICLE_TAGS.has(element.localName)) problems.push(`<${element.localName}>`);
    for (const attribute of element.attributes) {
      if (attribute.name === 'start' && element.localName === 'ol' && /^\d+$/.test(attribute.value)) continue;
      if (attribute.name !== 'href') problems.push(`${element.localName}[${attribute.name}]`);
      else if (!SAFE_LINK.test(attribute.value)) problems.push(`href=${attribute.value}`);
    }
  }
  return problems;
}
