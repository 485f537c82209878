// The files of a .zip archive of documents (a batch sent in one file), opened with the same guarded reader
// as .docx/.xlsx packages: the directory is listed without inflating anything, and each file is inflated
// only when it is read, one at a time, counted against the limits — a zip bomb is refused, a batch of a
// thousand files never sits inflated in memory at once.
import { fileTooLarge, MAX_IMPORT_BYTES } from '../import-errors.ts';
import { SafeZip, type ZipLimits } from './safe-zip.ts';

/** An archive of many documents: each may be as large as one import, the whole as large as a batch. */
export const ARCHIVE_LIMITS: ZipLimits = {
  maxTotalBytes: 2 * 1024 * 1024 * 1024,
  maxEntryBytes: MAX_IMPORT_BYTES,
  maxRatio: 500,
  maxEntries: 10_000,
};

export interface ArchiveFile {
  /** The path inside the archive ("二级单位/自评表.docx"). */
  name: string;
  /** The size the archive declares (inflation never trusts it). */
  declaredSize: number;
  /** Inflates the file; throws ImportError past the limits or for a damaged entry. */
  read(): Uint8Array;
}

/** Folders and the litter of archivers (__MACOSX/, .DS_Store, Thumbs.db) are not documents. */
function isDocument(name: string): boolean {
  if (name.endsWith('/')) return false;
  const parts = name.split('/');
  if (parts.some((p) => p === '__MACOSX' || p.startsWith('.'))) return false;
  return !/^(thumbs\.db|desktop\.ini)$/i.test(parts[parts.length - 1]!);
}

/** Lists the documents of an archive; throws ImportError when the archive itself cannot be read. */
export function archiveFiles(data: Uint8Array, limits: ZipLimits = ARCHIVE_LIMITS): ArchiveFile[] {
  const zip = new SafeZip(data, limits);
  return zip.entries
    .filter((e) => isDocument(e.name))
    .map((entry) => ({
      name: entry.name,
      declaredSize: entry.declaredSize,
      read: () => {
        if (entry.declaredSize > limits.maxEntryBytes)
          throw fileTooLarge(entry.declaredSize, limits.maxEntryBytes);
        return zip.inflate(entry);
      },
    }));
}
