// How the server reads uploaded files: the same two operations as @jixiao/documents (whole import, or rows
// for a feature's own recogniser), behind an interface so that they run in the worker pool in the server
// and may run in-process where a pool is not wanted (the CLI, a test that says so).
import { importBuffer, readRows, type ImportOutcome } from '@jixiao/documents';

export type ReadRows = Awaited<ReturnType<typeof readRows>>;

export interface DocumentReader {
  /** Never throws for a bad file: `ok: false` with a code and a Chinese reason. */
  importBuffer(data: Uint8Array, fileName: string): Promise<ImportOutcome>;
  /** Throws ImportError for a bad file. */
  readRows(data: Uint8Array, fileName: string): Promise<ReadRows>;
  close(): Promise<void>;
}

/** Reads on the calling thread (a hostile file then blocks it: only for the CLI and tests). */
export const inProcessReader: DocumentReader = {
  importBuffer,
  readRows,
  close: async () => {},
};
