export { importReport, LARGEST_REPORT_BYTES, type ImportedReport } from './import-report';
export { importPaste } from './import-paste';
export { sanitiseHtml } from './sanitise';
export { htmlToDoc } from './html-to-doc';
