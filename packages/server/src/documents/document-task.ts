// One task of a document-pool worker thread: a file's import or rows, every failure returned as data (an
// error object crossing threads would lose its code), never a library's message.
import {
  importBuffer,
  problemOf,
  readRows,
  type ImportOutcome,
  type ImportProblem,
  type Row,
  type SourceFormat,
} from '@jixiao/documents';

export interface DocumentTask {
  op: 'import' | 'rows';
  data: Uint8Array;
  fileName: string;
}

export type RowsOutcome =
  { ok: true; format: SourceFormat; rows: Row[] } | { ok: false; error: ImportProblem };

export default async function runDocumentTask(task: DocumentTask): Promise<ImportOutcome | RowsOutcome> {
  if (task.op === 'import') return importBuffer(task.data, task.fileName);
  try {
    const read = await readRows(task.data, task.fileName);
    return { ok: true, format: read.format, rows: read.rows };
  } catch (e) {
    return { ok: false, error: problemOf(e) };
  }
}
