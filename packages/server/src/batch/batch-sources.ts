// The documents of a batch: files named on the command line, every file under a folder, every file in a
// .zip archive (opened with the guarded reader of @jixiao/documents), or uploaded files. Each is loaded
// only when its turn comes, so a batch of thousands never sits in memory at once; a file that cannot be
// loaded is still a document of the batch — its row says why.
import { open, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import {
  ARCHIVE_HEAD_BYTES,
  fileTooLarge,
  ImportError,
  MAX_IMPORT_BYTES,
  archiveFiles,
  isDocumentArchive,
  problemOf,
  sniffFormat,
} from '@jixiao/documents';

export interface BatchSource {
  /** The name the report gives the document (a path, or archive.zip/inner/path). */
  name: string;
  /** The bytes; throws ImportError (code and Chinese reason) for a file that cannot be loaded. */
  load(): Promise<Uint8Array>;
}

/** Largest archive taken whole into memory (its files are inflated one at a time). */
export const MAX_ARCHIVE_BYTES = 1024 * 1024 * 1024;

const failing = (name: string, e: unknown): BatchSource => ({
  name,
  load: () => {
    const p = problemOf(e);
    return Promise.reject(new ImportError(p.code, p.message));
  },
});

/** The files of an archive's bytes, or the bytes as one document when they are not an archive. */
export function sourcesOfBytes(name: string, data: Uint8Array): BatchSource[] {
  // An OFD package is one document, though its first entry may not say so (its directory does).
  if (!isDocumentArchive(data.subarray(0, ARCHIVE_HEAD_BYTES)) || sniffFormat(data) === 'ofd')
    return [{ name, load: async () => data }];
  try {
    return archiveFiles(data).map((f) => ({ name: `${name}/${f.name}`, load: async () => f.read() }));
  } catch (e) {
    return [failing(name, e)];
  }
}

async function head(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    // A few KiB tell an archive: every file of a folder is opened, none is read whole here.
    const buffer = new Uint8Array(ARCHIVE_HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, ARCHIVE_HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function readWhole(path: string, size: number, limit: number): Promise<Uint8Array> {
  if (size > limit) throw fileTooLarge(size, limit);
  const handle = await open(path, 'r');
  try {
    const data = await handle.readFile();
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  } finally {
    await handle.close();
  }
}

/** Every file under a folder, in name order, hidden files and folders left out. */
async function walk(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(path)));
    else if (e.isFile()) out.push(path);
  }
  return out;
}

async function sourcesOfFile(path: string, size: number, shownAs: string): Promise<BatchSource[]> {
  let first: Uint8Array;
  try {
    first = await head(path);
  } catch (e) {
    return [failing(shownAs, unreadable(e))];
  }
  if (isDocumentArchive(first)) {
    try {
      return sourcesOfBytes(shownAs, await readWhole(path, size, MAX_ARCHIVE_BYTES));
    } catch (e) {
      return [failing(shownAs, e)];
    }
  }
  return [{ name: shownAs, load: () => readWhole(path, size, MAX_IMPORT_BYTES) }];
}

function unreadable(e: unknown): ImportError {
  if (e instanceof ImportError) return e;
  const code = (e as NodeJS.ErrnoException).code ?? '未知错误';
  return new ImportError('file-unreadable', `无法读取文件（${code}）：请检查权限`);
}

/** The documents named by command-line paths: files, folders (walked) and archives (opened). */
export async function sourcesOfPaths(paths: readonly string[]): Promise<BatchSource[]> {
  const out: BatchSource[] = [];
  for (const path of paths) {
    let s;
    try {
      s = await stat(path);
    } catch {
      out.push(failing(path, new ImportError('file-not-found', '文件不存在：请检查路径')));
      continue;
    }
    if (s.isDirectory()) {
      for (const file of await walk(path)) {
        const size = (await stat(file)).size;
        out.push(...(await sourcesOfFile(file, size, join(path, relative(path, file)))));
      }
    } else out.push(...(await sourcesOfFile(path, s.size, path)));
  }
  return out;
}
