// How the server reads uploaded files: the same two operations as @jixiao/documents (whole import, or rows
// for a feature's own recogniser), behind an interface so that they run in the worker pool in the server
// and may run in-process where a pool is not wanted (the CLI, a test that says so).
import { importBuffer, readRows, type ImportOutcome, type LabelMapping } from '@jixiao/documents';
import type { Pick } from '../features/layout-labels/picks.ts';
import { recognizeUpload, type RecognizeOutcome } from './document-task.ts';

export type ReadRows = Awaited<ReturnType<typeof readRows>>;

export interface DocumentReader {
  /** Never throws for a bad file: `ok: false` with a code and a Chinese reason. */
  importBuffer(data: Uint8Array, fileName: string): Promise<ImportOutcome>;
  /** Throws ImportError for a bad file. */
  readRows(data: Uint8Array, fileName: string): Promise<ReadRows>;
  /** Rows and their recognition with taught and picked labels (the import preview); never throws for a bad file. */
  recognize(
    data: Uint8Array,
    fileName: string,
    taught: readonly LabelMapping[],
    picks: readonly Pick[],
  ): Promise<RecognizeOutcome>;
  close(): Promise<void>;
}

/** Reads on the calling thread (a hostile file then blocks it: only for the CLI and tests). */
export const inProcessReader: DocumentReader = {
  importBuffer,
  readRows,
  recognize: recognizeUpload,
  close: async () => {},
};
