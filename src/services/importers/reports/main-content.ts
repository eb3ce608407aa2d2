import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { PageMetadata } from '../../../domain/reports';

/** Below this many characters of text, Readability's pick is not trusted over the whole page. */
const SHORTEST_ARTICLE_TEXT = 200;

/** A page's article: what the page says of itself, and the HTML of its main content (not yet sanitised). */
export interface MainContent {
  page: PageMetadata;
  html: string;
}

/**
 * The article inside a web page, without the site around it, found by Mozilla's Readability in jsdom (no
 * scripts run, nothing loads; the page has no base URL, so relative links stay relative and are dropped by the
 * sanitiser rather than pointed at a made-up site). Short pages and fragments are kept whole.
 */
export function extractMainContent(html: string): MainContent {
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  const document = dom.window.document;
  const title = document.querySelector('title')?.textContent?.trim() || null;
  const whole = document.body?.innerHTML ?? '';
  const article = new Readability(document.cloneNode(true) as Document, { charThreshold: SHORTEST_ARTICLE_TEXT }).parse();
  dom.window.close();
  if (!article?.content || (article.textContent ?? '').trim().length < SHORTEST_ARTICLE_TEXT) return { page: { headline: title }, html: whole };
  return { page: { headline: article.title?.trim() || title, byline: article.byline, date: article.publishedTime }, html: article.content };
}
