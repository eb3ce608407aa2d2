import { Readability } from '@mozilla/readability';
import type { PageMetadata } from '../../../domain/reports';
import { nestingDepth } from './nesting-depth';
import { parseHtmlDocument } from './sanitise';
import { withoutFramesets } from './without-framesets';

/** Below this many characters of text, Readability's pick is not trusted over the whole page. */
const SHORTEST_ARTICLE_TEXT = 200;
/** Readability slows sharply on huge or deeply nested pages; beyond these the page's <article> or <main> is used. */
const MOST_ELEMENTS_FOR_READABILITY = 5000;
const DEEPEST_NESTING_FOR_READABILITY = 100;

/** A page's article: what the page says of itself, and the HTML of its main content (not yet sanitised). */
export interface MainContent {
  page: PageMetadata;
  html: string;
}

function readArticle(document: Document): ReturnType<Readability['parse']> {
  try {
    return new Readability(document, { charThreshold: SHORTEST_ARTICLE_TEXT, maxElemsToParse: MOST_ELEMENTS_FOR_READABILITY }).parse();
  } catch {
    // Readability refuses pages over the element limit by throwing; the page's own main column stands in.
    return null;
  }
}

/**
 * The article inside a web page, without the site around it, found by Mozilla's Readability in a jsdom document (no
 * scripts run, nothing loads; the page has no base URL, so relative links stay relative and are dropped by the
 * sanitiser rather than pointed at a made-up site). Short pages and fragments are kept whole; on pages too
 * large or deeply nested for Readability the `<article>` or `<main>` element is taken, else the whole body.
 */
export function extractMainContent(html: string): MainContent {
  const document = parseHtmlDocument(withoutFramesets(html));
  const title = document.querySelector('title')?.textContent?.trim() || null;
  const whole = (document.querySelector('article') ?? document.querySelector('main') ?? document.body)?.innerHTML ?? '';
  const article = nestingDepth(html) <= DEEPEST_NESTING_FOR_READABILITY ? readArticle(document) : null;
  if (!article?.content || (article.textContent ?? '').trim().length < SHORTEST_ARTICLE_TEXT) return { page: { headline: title }, html: whole };
  return { page: { headline: article.title?.trim() || title, byline: article.byline, date: article.publishedTime }, html: article.content };
}
