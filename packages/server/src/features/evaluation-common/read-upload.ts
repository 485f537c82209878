// Reading an uploaded 监控表 or 自评表 (.xlsx/.docx): the file's rows handed to the form's recogniser; a file
// that cannot be read, or holds no such table, is refused with import-unrecognised and a reason to act on.
import { ImportError } from '@jixiao/documents';
import type { DocumentReader, ReadRows } from '../../documents/document-reader.ts';
import { evaluationError } from './evaluation.errors.ts';

type Rows = ReadRows['rows'];

/** The recognised table of the file; `missing` says which table and columns were looked for. */
export async function recogniseUpload<T extends { indicators: readonly unknown[] }>(
  documents: DocumentReader,
  data: Uint8Array,
  fileName: string,
  recognise: (rows: Rows) => T | null,
  missing: string,
): Promise<T> {
  let rows: Rows;
  try {
    rows = (await documents.readRows(data, fileName)).rows; // off the event loop
  } catch (e) {
    if (e instanceof ImportError) throw evaluationError('import-unrecognised', { reason: e.code }, e.message);
    throw evaluationError('import-unrecognised');
  }
  const table = recognise(rows);
  if (!table || table.indicators.length === 0) throw evaluationError('import-unrecognised', {}, missing);
  return table;
}
