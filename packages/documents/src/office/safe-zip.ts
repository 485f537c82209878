// Bounded reading of ZIP archives (.docx/.xlsx packages): parses the central directory itself and
// inflates with fflate's streaming inflater, counting bytes, so a zip bomb or a truncated file is
// refused with an ImportError instead of exhausting memory or crashing.
import { Inflate } from 'fflate';
import { ImportError } from '../import-errors.ts';

/** Limits that keep a hostile archive from using unbounded memory or time. */
export interface ZipLimits {
  /** Most bytes all inflated entries may add up to. */
  maxTotalBytes: number;
  /** Most bytes one entry may inflate to. */
  maxEntryBytes: number;
  /** Highest inflated/compressed ratio accepted for an entry larger than 1 MiB. */
  maxRatio: number;
  /** Most entries an archive may list. */
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 100 * 1024 * 1024,
  maxEntryBytes: 100 * 1024 * 1024,
  maxRatio: 500,
  maxEntries: 10_000,
};

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** The size the archive declares; inflation never trusts it. */
  declaredSize: number;
  localHeaderOffset: number;
  encrypted: boolean;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

function corrupt(detail: string): ImportError {
  return new ImportError(
    'corrupt-archive',
    `文件已损坏或不完整（${detail}）：请重新从 Word/Excel 另存一份后再导入`,
  );
}

function tooLarge(detail: string): ImportError {
  return new ImportError(
    'archive-too-large',
    `文件解压后过大（${detail}），可能是恶意构造的压缩包：请确认文件来源，或另存为普通的 .docx/.xlsx 后再导入`,
  );
}

const ZIP64_MARK = 0xffffffff;

/**
 * An entry's sizes and offset: a 32-bit field holding 0xFFFFFFFF means the real 64-bit value is in the ZIP64
 * extended-information extra field (id 0x0001), in the order size, compressed size, offset — so that a
 * refusal reports the size the archive really declares, not 4096 MB.
 */
function zip64Fields(
  view: DataView,
  start: number,
  length: number,
  fields: Pick<ZipEntry, 'declaredSize' | 'compressedSize' | 'localHeaderOffset'>,
): Pick<ZipEntry, 'declaredSize' | 'compressedSize' | 'localHeaderOffset'> {
  const out = { ...fields };
  const order = (['declaredSize', 'compressedSize', 'localHeaderOffset'] as const).filter(
    (k) => fields[k] === ZIP64_MARK,
  );
  if (order.length === 0) return out;
  for (let p = start; p + 4 <= start + length;) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 0x0001) {
      order.forEach((k, i) => {
        if (8 * (i + 1) <= size) out[k] = Number(view.getBigUint64(p + 4 + 8 * i, true));
      });
      break;
    }
    p += 4 + size;
  }
  return out;
}

/** Lists the entries of a ZIP archive from its central directory. */
export function listZipEntries(data: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntry[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (data.length < 22) throw corrupt('压缩包过短');
  // The end-of-central-directory record sits in the last 22 + 65535 bytes (its comment may follow it).
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt('找不到压缩包目录，文件可能被截断');
  const count = view.getUint16(eocd + 10, true);
  const dirSize = view.getUint32(eocd + 12, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || dirOffset === 0xffffffff) throw tooLarge('ZIP64 格式的超大压缩包');
  if (count > limits.maxEntries) throw tooLarge(`${count} 个文件`);
  if (dirOffset + dirSize > eocd) throw corrupt('压缩包目录越界，文件可能被截断');

  const entries: ZipEntry[] = [];
  let p = dirOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > data.length || view.getUint32(p, true) !== CENTRAL_SIGNATURE)
      throw corrupt('压缩包目录记录错误');
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const declaredSize = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const localHeaderOffset = view.getUint32(p + 42, true);
    if (p + 46 + nameLength + extraLength > data.length) throw corrupt('压缩包目录记录错误');
    const nameBytes = data.subarray(p + 46, p + 46 + nameLength);
    // Names are UTF-8 when flag bit 11 says so; Chinese Windows writes them in the local code page (GBK).
    const name = (flags & 0x800) === 0x800 ? UTF8.decode(nameBytes) : decodeName(nameBytes);
    const real = zip64Fields(view, p + 46 + nameLength, extraLength, {
      declaredSize,
      compressedSize,
      localHeaderOffset,
    });
    entries.push({
      name,
      method,
      ...real,
      encrypted: (flags & 1) === 1,
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const UTF8 = new TextDecoder('utf-8');
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
const GBK = new TextDecoder('gb18030');

function decodeName(bytes: Uint8Array): string {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return GBK.decode(bytes);
  }
}

/** A reader over one archive that inflates entries on demand and keeps a running total against the limits. */
export class SafeZip {
  readonly entries: ZipEntry[];
  private inflatedTotal = 0;
  private readonly byName = new Map<string, ZipEntry>();

  constructor(
    private readonly data: Uint8Array,
    private readonly limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  ) {
    this.entries = listZipEntries(data, limits);
    for (const e of this.entries) this.byName.set(e.name, e);
    const declared = this.entries.reduce((sum, e) => sum + e.declaredSize, 0);
    if (declared > limits.maxTotalBytes) throw tooLarge(`声明解压大小 ${(declared / 1048576).toFixed(0)} MB`);
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** The inflated bytes of an entry, or null when the archive has no such entry. */
  read(name: string): Uint8Array | null {
    const entry = this.byName.get(name);
    return entry ? this.inflate(entry) : null;
  }

  /** The entry as UTF-8 text (a leading BOM removed), or null when absent. */
  readText(name: string): string | null {
    const bytes = this.read(name);
    return bytes ? new TextDecoder('utf-8').decode(bytes).replace(/^\ufeff/, '') : null;
  }

  /** Inflates an entry, refusing it as soon as it passes the limits. */
  inflate(entry: ZipEntry): Uint8Array {
    const chunks: Uint8Array[] = [];
    let produced = 0;
    this.pump(entry, (chunk) => {
      chunks.push(chunk);
      produced += chunk.length;
    });
    if (chunks.length === 1) return chunks[0]!;
    const out = new Uint8Array(produced);
    let o = 0;
    for (const c of chunks) {
      out.set(c, o);
      o += c.length;
    }
    return out;
  }

  /**
   * Streams an entry as UTF-8 text (a leading BOM removed) in chunks, so a reader can parse it as it
   * inflates and stop early; false when the archive has no such entry.
   */
  streamText(name: string, onText: (text: string) => void): boolean {
    const entry = this.byName.get(name);
    if (!entry) return false;
    const decoder = new TextDecoder('utf-8'); // strips the BOM; keeps a character split across chunks
    this.pump(entry, (chunk) => {
      const text = decoder.decode(chunk, { stream: true });
      if (text !== '') onText(text);
    });
    const rest = decoder.decode();
    if (rest !== '') onText(rest);
    return true;
  }

  /** Inflates an entry chunk by chunk (each chunk a fresh array), counting against the limits. */
  private pump(entry: ZipEntry, onChunk: (chunk: Uint8Array) => void): void {
    const { data } = this;
    if (entry.encrypted) {
      throw new ImportError(
        'encrypted-file',
        '文件已加密（设置了打开密码）：请在 Word/Excel 中取消密码后另存，再导入',
      );
    }
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const at = entry.localHeaderOffset;
    if (at + 30 > data.length || view.getUint32(at, true) !== LOCAL_SIGNATURE)
      throw corrupt(`${entry.name} 的文件头错误`);
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > data.length) throw corrupt(`${entry.name} 不完整，文件可能被截断`);
    const compressed = data.subarray(start, end);

    if (entry.method === 0) {
      this.count(entry, compressed.length);
      onChunk(compressed.slice());
      return;
    }
    if (entry.method !== 8) throw corrupt(`${entry.name} 使用了不支持的压缩方式 ${entry.method}`);

    let produced = 0;
    let consumed = 0;
    const inflater = new Inflate((chunk) => {
      produced += chunk.length;
      this.count(entry, chunk.length, produced, consumed);
      onChunk(chunk);
    });
    const step = 16 * 1024; // at most ~16 MB of output per push, even for the densest deflate stream
    for (let i = 0; i < compressed.length || i === 0; i += step) {
      const last = i + step >= compressed.length;
      consumed = Math.min(i + step, compressed.length);
      try {
        inflater.push(compressed.subarray(i, Math.min(i + step, compressed.length)), last);
      } catch (e) {
        // The limits and the reader fed by onChunk throw their own reasons; anything else is a bad stream.
        if (e instanceof ImportError) throw e;
        throw corrupt(`${entry.name} 解压失败`);
      }
    }
  }

  /** Inflates every entry once without keeping it: proves the whole archive is within the limits. */
  verifyAll(): void {
    for (const e of this.entries) if (!e.name.endsWith('/')) this.inflate(e);
  }

  /**
   * Counts inflated bytes against the limits. The ratio is checked against the compressed bytes read so far
   * (`consumed`), so a bomb is caught within its first compressed chunk, not after inflating 500× its size.
   */
  private count(entry: ZipEntry, added: number, entrySoFar = added, consumed = entry.compressedSize): void {
    this.inflatedTotal += added;
    const { limits } = this;
    if (entrySoFar > limits.maxEntryBytes)
      throw tooLarge(`${entry.name} 超过 ${limits.maxEntryBytes / 1048576} MB`);
    if (this.inflatedTotal > limits.maxTotalBytes)
      throw tooLarge(`合计超过 ${limits.maxTotalBytes / 1048576} MB`);
    if (entrySoFar > 1024 * 1024 && entrySoFar > limits.maxRatio * Math.max(1, consumed)) {
      throw tooLarge(`${entry.name} 压缩比超过 ${limits.maxRatio}:1`);
    }
  }
}
