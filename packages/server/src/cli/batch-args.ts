// Whether `jixiao check` runs as a batch, decided without loading the batch machinery (the report writers
// load exceljs; the other commands should not wait for it).
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { ARCHIVE_HEAD_BYTES, isDocumentArchive } from '@jixiao/documents';

/** True when a path is a folder or an archive of documents: `check` then runs as a batch. */
export async function isBatchInput(path: string): Promise<boolean> {
  try {
    if ((await stat(path)).isDirectory()) return true;
    const handle = await open(path, 'r');
    try {
      const head = new Uint8Array(ARCHIVE_HEAD_BYTES);
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      return isDocumentArchive(head.subarray(0, bytesRead));
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}

export function reportKind(path: string): 'xlsx' | 'html' | null {
  const ext = extname(path).toLowerCase();
  return ext === '.xlsx' ? 'xlsx' : ext === '.html' || ext === '.htm' ? 'html' : null;
}
