import fc from 'fast-check';
import { racingText } from './racing-text';

const TAGS = [
  'p', 'b', 'i', 'em', 'strong', 'a', 'div', 'span', 'h1', 'h2', 'h4', 'ul', 'ol', 'li', 'blockquote', 'pre', 'code', 'table', 'tr', 'td',
  'script', 'svg', 'math', 'style', 'noscript', 'template', 'iframe', 'img', 'select', 'option', 'textarea', 'title', 'xmp', 'noembed',
  'mglyph', 'mtext', 'desc', 'foreignObject', 'form', 'input', 'object', 'embed', 'base', 'meta', 'link', 'body', 'html', 'head', 'frameset',
];

const ATTRIBUTES = [
  'href="javascript:alert(1)"', 'href="JaVaScRiPt&colon;alert(1)"', "href=' javascript:alert(1)'", 'href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="',
  'href="https://example.com/x"', 'href="mailto:desk@example.com"', 'href="file:///etc/passwd"', 'src="file:///etc/passwd"', 'src=x onerror=alert(1)',
  'onload="alert(1)"', 'onclick=alert(1)', 'style="background:url(javascript:alert(1))"', 'xlink:href="javascript:alert(1)"', 'id="__proto__"',
  'name="createElement"', 'srcdoc="<script>alert(1)</script>"', 'formaction="javascript:alert(1)"', 'title="</noscript><img src=x onerror=alert(1)>"',
];

const RAW_PIECES = ['<', '</', '>', '<!--', '-->', '--!>', '<![CDATA[', ']]>', '&lt;', '&amp;', '&#x3C;script&#x3E;', '"', "'", '`', '<img src=x onerror=alert(1)>', '<svg/onload=alert(1)>'];

type Html = string;

/** Hostile HTML: random nesting of allowed and forbidden elements, attack attributes, half tags and report text. */
export const hostileHtml: fc.Arbitrary<Html> = fc.letrec<{ node: Html }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    racingText,
    fc.constantFrom(...RAW_PIECES),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.array(fc.constantFrom(...ATTRIBUTES), { maxLength: 3 }), fc.array(tie('node'), { maxLength: 4 }), fc.boolean())
      .map(([tag, attributes, children, closed]) => `<${tag}${attributes.map((attribute) => ` ${attribute}`).join('')}>${children.join('')}${closed ? `</${tag}>` : ''}`),
  ),
})).node;

