const NOT_BOLD = /font-weight:\s*(?:normal|[1-4]00)\b/i;
const BOLD = /font-weight:\s*(?:bold|bolder|[6-9]00)\b/i;
const ITALIC = /font-style:\s*italic\b/i;
const STRUCK = /text-decoration(?:-line)?:[^;]*line-through/i;

function wrapChildren(element: Element, tag: string): void {
  const wrapper = element.ownerDocument.createElement(tag);
  wrapper.append(...Array.from(element.childNodes));
  element.append(wrapper);
}

/**
 * Editors such as Google Docs put formatting in `style` attributes, which sanitising drops: a bold run is a
 * `<span style="font-weight:700">` and the whole paste is wrapped in `<b style="font-weight:normal">`. Turns
 * styled spans into `<strong>`, `<em>` and `<s>`, and unwraps bold tags that are styled not to be bold.
 */
export function liftStyledFormatting(root: Element): void {
  for (const element of Array.from(root.querySelectorAll('[style]'))) {
    const style = element.getAttribute('style') ?? '';
    if ((element.localName === 'b' || element.localName === 'strong') && NOT_BOLD.test(style)) {
      element.replaceWith(...Array.from(element.childNodes));
      continue;
    }
    if (element.localName !== 'span') continue;
    if (STRUCK.test(style)) wrapChildren(element, 's');
    if (ITALIC.test(style)) wrapChildren(element, 'em');
    if (BOLD.test(style)) wrapChildren(element, 'strong');
  }
}
