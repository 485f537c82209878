// One task of a document-pool worker thread: a file's import, its rows, or its rows and their recognition
// with an organisation's labels (the import preview), every failure returned as data (an error object
// crossing threads would lose its code), never a library's message.
import {
  importBuffer,
  importRows,
  problemOf,
  readRows,
  type ImportOutcome,
  type ImportProblem,
  type LabelMapping,
  type Row,
  type SourceFormat,
} from '@jixiao/documents';
import { mergeLabels, pickedLabels, resolvePicks, type Pick } from '../features/layout-labels/picks.ts';

export type DocumentTask =
  | { op: 'import' | 'rows'; data: Uint8Array; fileName: string }
  | {
      op: 'recognize';
      data: Uint8Array;
      fileName: string;
      /** The organisation's taught labels. */
      taught: LabelMapping[];
      /** The cells the user pointed at: their labels take part in the reading. */
      picks: Pick[];
    };

export type RowsOutcome =
  { ok: true; format: SourceFormat; rows: Row[] } | { ok: false; error: ImportProblem };

/**
 * The rows and what was recognised in them with the taught and picked labels. `outcome` is null when a pick
 * names no cell of the document: the caller resolves the picks on the rows again and says which.
 */
export type RecognizeOutcome =
  | { ok: true; format: SourceFormat; rows: Row[]; outcome: ImportOutcome | null }
  | { ok: false; error: ImportProblem };

export async function recognizeUpload(
  data: Uint8Array,
  fileName: string,
  taught: readonly LabelMapping[],
  picks: readonly Pick[],
): Promise<RecognizeOutcome> {
  let read: Awaited<ReturnType<typeof readRows>>;
  try {
    read = await readRows(data, fileName);
  } catch (e) {
    return { ok: false, error: problemOf(e) };
  }
  const { format, rows } = read;
  let labels: LabelMapping[];
  try {
    labels = mergeLabels(pickedLabels(resolvePicks(rows, picks)), taught);
  } catch {
    return { ok: true, format, rows, outcome: null };
  }
  return { ok: true, format, rows, outcome: importRows(format, rows, { labels }) };
}

export default async function runDocumentTask(
  task: DocumentTask,
): Promise<ImportOutcome | RowsOutcome | RecognizeOutcome> {
  if (task.op === 'import') return importBuffer(task.data, task.fileName);
  if (task.op === 'recognize') return recognizeUpload(task.data, task.fileName, task.taught, task.picks);
  try {
    const read = await readRows(task.data, task.fileName);
    return { ok: true, format: read.format, rows: read.rows };
  } catch (e) {
    return { ok: false, error: problemOf(e) };
  }
}
