export { blocksFromPlainText } from './text-blocks';
export { blockOf, paragraphOf, textOfNode, type ReportBlock } from './report-block';
export { cleanReport, type CleanedReport } from './clean-report';
export { restoreRemoved } from './restore-removed';
export { detectMetadata, type MetadataSource } from './metadata';
export { promoteSectionHeadings } from './section-headings';
export type { FurnitureKind } from './furniture';
export { prepareReport, type PageMetadata, type PrepareOptions, type PreparedReport } from './prepare-report';
export { paragraphsFromTextLayer, type LayerParagraph, type TextRun } from './text-layer-paragraphs';
