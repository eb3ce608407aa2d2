const FRAMESET_TAG = /<\/?frameset\b[^>]*>/gi;

/**
 * HTML without `<frameset>` tags. One early enough makes the parser replace `<body>` with a frameset, so the
 * page's text is lost and the sanitiser returns no body at all; framesets never carry article text.
 */
export function withoutFramesets(html: string): string {
  return html.replace(FRAMESET_TAG, '');
}
