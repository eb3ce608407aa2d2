import fc from 'fast-check';

const TAGS = ['p', 'div', 'a', 'b', 'i', 'em', 'strong', 's', 'ul', 'ol', 'li', 'h1', 'h2', 'h4', 'blockquote', 'br', 'span', 'table', 'tr', 'td', 'pre', 'script', 'style', 'svg', 'math', 'mtext', 'mglyph', 'iframe', 'img', 'noscript', 'template', 'form', 'select', 'textarea', 'title', 'xmp', 'foreignObject', 'object'];
const ATTRIBUTES = ['href="javascript:alert(1)"', 'href="https://www.imsa.com/"', 'href="data:text/html,x"', 'href="mailto:desk@example.com"', 'onclick="alert(1)"', 'onerror=alert(1)', 'style="x:expression(alert(1))"', 'style="font-weight:700"', 'style="mso-list:l0 level1"', 'title="</noscript><img src=x onerror=alert(1)>"', 'id=x', 'src=x', 'xlink:href="javascript:alert(1)"'];
const TEXTS = ['Lazare', ' ', '\u00a0', '<', '>', '&amp;', '&lt;script&gt;', '</p>', '<!--', '-->', '"', "'", '`', '<![CDATA[', ']]>', '\n', '<![if !supportLists]>'];

const element = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...TEXTS),
    fc.tuple(fc.constantFrom(...TAGS), fc.subarray(ATTRIBUTES, { maxLength: 2 }), fc.array(tie('node'), { maxLength: 4 }), fc.boolean()).map(
      ([tag, attributes, children, closed]) => `<${tag}${attributes.map((attribute) => ` ${attribute}`).join('')}>${children.join('')}${closed ? `</${tag}>` : ''}`,
    ),
  ),
})).node;

/** HTML soup mixing hostile and ordinary tags, attributes and texts, nested and left unclosed. */
export const hostileHtml = fc.array(element, { maxLength: 6 }).map((parts) => parts.join(''));
