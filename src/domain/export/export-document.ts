import type { Article } from '../articles/article';
import { cleanDoc } from './clean-doc';
import type { ExportDocument } from './export-doc';
import { exportHeader } from './export-header';

/** The article as every renderer takes it: header from the metadata, body cleaned of all tagging. */
export function exportDocumentOf(article: Pick<Article, 'meta' | 'doc'>): ExportDocument {
  return { header: exportHeader(article.meta), blocks: cleanDoc(article.doc) };
}
