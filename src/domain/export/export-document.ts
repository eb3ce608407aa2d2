import type { Article } from '../articles/article';
import { cleanDoc } from './clean-doc';
import type { ExportDocument } from './export-doc';
import { exportHeader } from './export-header';
import { applyHouseStyle } from './house-style/apply-house-style';
import type { HouseStyle, RosterName } from './house-style/house-style';

export interface ExportDocumentOptions {
  /** Applied before cleaning; `null` or absent keeps the text as written. */
  houseStyle?: HouseStyle | null;
  roster?: RosterName[];
}

/** The article as every renderer takes it: header from the metadata, body restyled and cleaned of all tagging. */
export function exportDocumentOf(article: Pick<Article, 'meta' | 'doc'>, options: ExportDocumentOptions = {}): ExportDocument {
  const doc = options.houseStyle ? applyHouseStyle(article.doc, options.houseStyle, options.roster ?? []) : article.doc;
  return { header: exportHeader(article.meta), blocks: cleanDoc(doc) };
}
