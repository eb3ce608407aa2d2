import { RacedeskError } from '../../../domain/errors';
import createDOMPurify, { type Config } from 'dompurify';
import { JSDOM, VirtualConsole } from 'jsdom';
import { safeHref } from './safe-href';
import { withoutFramesets } from './without-framesets';

/** Elements whose text can be part of an article; everything else goes, its text kept unless listed below. */
const ALLOWED_TAGS = [
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'figure', 'figcaption',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'br', 'hr',
  'strong', 'b', 'em', 'i', 's', 'strike', 'del', 'a', 'span', 'code', 'u', 'small', 'sup', 'sub',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption',
];

/** Elements dropped with everything inside them: code, styles, media and form controls hold no article text. */
const FORBID_CONTENTS = [
  'script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math',
  'title', 'head', 'audio', 'video', 'canvas', 'noembed', 'noframes', 'plaintext', 'xmp', 'select', 'textarea',
  'button', 'input', 'form', 'annotation-xml', 'desc', 'foreignobject', 'link', 'meta', 'base',
];

const CONFIG: Config = {
  ALLOWED_TAGS,
  // `start` keeps a numbered list's first number: "3. Nasr, 4. De Phillippi" are places, not just bullets.
  ALLOWED_ATTR: ['href', 'start'],
  // DOMPurify checks any attribute not marked URI-safe against ALLOWED_URI_REGEXP, which a number never passes.
  ADD_URI_SAFE_ATTR: ['start'],
  ALLOWED_URI_REGEXP: /^(?:https?:\/\/|mailto:)/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_SELF_CLOSE_IN_ATTR: false,
  SAFE_FOR_XML: true,
  KEEP_CONTENT: true,
  FORBID_CONTENTS,
};

/** Passes needed at most before sanitised HTML stops changing; mutation XSS shapes settle in one or two. */
const MOST_PASSES = 4;

let window: JSDOM['window'] | null = null;
let purifier: ReturnType<typeof createDOMPurify> | null = null;

/** The one jsdom window Racedesk parses untrusted HTML in: no scripts run, no resources load. */
export function parsingWindow(): JSDOM['window'] {
  window ??= new JSDOM('<!DOCTYPE html><body></body>', { virtualConsole: new VirtualConsole() }).window;
  return window;
}

/**
 * Untrusted HTML parsed into a document of the one parsing window: nothing runs or loads. Cheaper than a JSDOM
 * per page, whose window lingers in memory until the event loop gets round to freeing it (about 1 MB a page,
 * so a batch of imports would pile up).
 */
export function parseHtmlDocument(html: string): Document {
  return new (parsingWindow().DOMParser)().parseFromString(html, 'text/html');
}

/**
 * Links keep only a canonical http(s)/mailto address (quotes and spaces escaped). A link showing its own unsafe
 * address as its text ("javascript:alert(1)") loses the text too: it carries nothing of the article.
 */
function canonicaliseLink(node: Node): void {
  if (node.nodeType !== 1 || (node as Element).localName !== 'a') return;
  const link = node as Element;
  const href = link.getAttribute('href');
  if (href === null) return;
  const safe = safeHref(href);
  if (safe) {
    link.setAttribute('href', safe);
    return;
  }
  if (link.textContent?.trim() === href.trim()) link.textContent = '';
  link.removeAttribute('href');
}

/** `start` is kept on a numbered list only, and only as a whole number. */
function keepListStartOnly(node: Node): void {
  if (node.nodeType !== 1) return;
  const element = node as Element;
  const start = element.getAttribute('start');
  if (start !== null && (element.localName !== 'ol' || !/^\d{1,6}$/.test(start.trim()))) element.removeAttribute('start');
}

function sanitiser(): ReturnType<typeof createDOMPurify> {
  if (!purifier) {
    purifier = createDOMPurify(parsingWindow() as unknown as Parameters<typeof createDOMPurify>[0]);
    purifier.addHook('beforeSanitizeAttributes', canonicaliseLink);
    purifier.addHook('beforeSanitizeAttributes', keepListStartOnly);
  }
  return purifier;
}

function purify(html: string): string {
  return sanitiser().sanitize(html, CONFIG) as string;
}

/**
 * Untrusted HTML reduced to the elements an article can hold (paragraphs, headings, lists, quotes, emphasis,
 * links) with `href` (and a list's `start`) the only attributes and only http(s) and mailto links. No script, style, event handler,
 * SVG, frame or `javascript:`/`data:` link survives. The result is sanitised again until it stops changing, so
 * `sanitiseHtml(sanitiseHtml(html)) === sanitiseHtml(html)`.
 */
export function sanitiseHtml(html: string): string {
  let current = purify(html);
  for (let pass = 1; pass < MOST_PASSES; pass += 1) {
    const next = purify(current);
    if (next === current) return current;
    current = next;
  }
  return current;
}

/**
 * Untrusted HTML sanitised in one pass and handed over as the sanitised tree itself (a detached `<body>`),
 * for converting into a document. Nothing is serialised and parsed again, so no mutation can creep in.
 */
export function sanitisedBody(html: string): HTMLElement {
  const body = sanitiser().sanitize(withoutFramesets(html), { ...CONFIG, RETURN_DOM: true }) as HTMLElement | null;
  if (!body) throw new RacedeskError('bad-file', 'HTML: the page has no body to read');
  return body;
}
