// Whether `jixiao check` runs as a batch, decided without loading the batch machinery (the report writers
// load exceljs; the other commands should not wait for it).
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { sniffFormat } from '@jixiao/documents';

/** True when a path is a folder or an archive of documents: `check` then runs as a batch. */
export async function isBatchInput(path: string): Promise<boolean> {
  try {
    if ((await stat(path)).isDirectory()) return true;
    const handle = await open(path, 'r');
    try {
      const head = new Uint8Array(1 << 20);
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      return bytesRead >= 4 && sniffFormat(head.subarray(0, bytesRead)) === 'zip';
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
