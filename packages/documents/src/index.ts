// @jixiao/documents: importers (text, docx, xlsx, pdf) into the canonical forms, and exporters.
export * from './import-errors.ts';
export * from './sniff-format.ts';
export * from './import-document.ts';
export * from './rows/row.ts';
export * from './rows/clean-cell.ts';
export * from './recognize/provenance.ts';
export { readTextRows, detectTextLayout } from './text/read-text.ts';
export { recognizeDocument, recognizeForms } from './recognize/recognize-forms.ts';
export { recognizeSelfEvaluationDocument } from './recognize/self-evaluation-document.ts';
export { recognizeMonitoringDocument } from './recognize/monitoring-document.ts';
export { readDisclosure, type DisclosureReading } from './recognize/disclosure.ts';
export type { RecognizedDocument } from './recognize/recognize-forms.ts';
export * from './export/index.ts';
export { recognizeSelfEvaluation } from './recognize/self-evaluation-table.ts';
export type {
  RecognisedSelfEvaluation,
  RecognisedSelfEvaluationRow,
} from './recognize/self-evaluation-table.ts';
export { recognizeMonitoring } from './recognize/monitoring-table.ts';
export type { RecognisedMonitoring, RecognisedMonitoringRow } from './recognize/monitoring-table.ts';
export { archiveFiles, ARCHIVE_LIMITS, type ArchiveFile } from './office/read-archive.ts';
export {
  convertLegacyBatch,
  findOffice,
  LEGACY_BATCH_SIZE,
  type LegacyConversion,
} from './office/read-legacy.ts';
