// Exporters: canonical forms → the official layouts as .xlsx, .docx and PDF (one shared layout model).
export { exportXlsx, writeXlsx } from './write-xlsx.ts';
export { exportDocx, writeDocx } from './write-docx.ts';
export { exportPdf, writePdf, htmlToPdf, closeBrowser, useChromium, DEFAULT_CHROMIUM } from './write-pdf.ts';
export { layoutHtml } from './write-html.ts';
export { layoutForm } from './layout-form.ts';
export { layoutDisclosurePackage } from './layout-package.ts';
export { writeDisclosurePackagePdf } from './write-package-pdf.ts';
export type {
  DocumentLayout,
  LayoutSection,
  LayoutBlock,
  LayoutTable,
  LayoutParagraph,
  LayoutCell,
} from './layout.ts';
export {
  layoutSelfEvaluation,
  SELF_EVALUATION_TITLE,
  SELF_EVALUATION_COLUMNS,
} from './layout-self-evaluation.ts';
export { layoutMonitoring, monitoringColumns, MONITORING_TITLE } from './layout-monitoring.ts';
export { csvCell, writeCsv, type CsvValue, type CsvOptions } from './write-csv.ts';
