// Readers of office files into rows. Each throws ImportError with a clear reason on a bad file.
export { readDocxRows } from './read-docx.ts';
export { readXlsxRows } from './read-xlsx.ts';
export { readPdfRows } from './read-pdf.ts';
export { readOfdRows } from './read-ofd.ts';
export { readLegacyOfficeRows, readOpenDocumentRows } from './read-legacy.ts';
