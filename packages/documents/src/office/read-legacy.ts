// Legacy binary Office files (.doc/.xls, OLE compound files) and OpenDocument files (.odt/.ods, what
// LibreOffice and WPS save as 开放文档格式) → rows: refuses encrypted and broken files, otherwise converts
// with LibreOffice headless (when installed) in a temporary directory under a time limit and reads the
// result with the .docx/.xlsx readers.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findExecutable } from './find-executable.ts';
import type { Row } from '../rows/row.ts';
import { ImportError } from '../import-errors.ts';
import { readDocxRows } from './read-docx.ts';
import { readXlsxRows } from './read-xlsx.ts';

/** Longest a conversion may run before it is killed. */
const CONVERT_TIMEOUT_MS = 90_000;

/** An OLE compound file's kind. */
export type OleKind = 'doc' | 'xls';
export type LegacyKind = OleKind | 'odt' | 'ods';

/** What each kind is converted to, and what it is called in a message. */
const TARGET: Record<LegacyKind, 'docx' | 'xlsx'> = { doc: 'docx', xls: 'xlsx', odt: 'docx', ods: 'xlsx' };
const KIND_NAME: Record<LegacyKind, string> = {
  doc: '旧版 Office 格式',
  xls: '旧版 Office 格式',
  odt: 'OpenDocument 文档格式',
  ods: 'OpenDocument 表格格式',
};

export async function readLegacyOfficeRows(data: Uint8Array, fileName: string): Promise<Row[]> {
  return readConverted(data, inspectOle(data, fileName));
}

/** An OpenDocument text or spreadsheet (.odt/.ods), converted as a legacy file is. */
export async function readOpenDocumentRows(data: Uint8Array): Promise<Row[]> {
  return readConverted(data, openDocumentKind(data));
}

async function readConverted(data: Uint8Array, kind: LegacyKind): Promise<Row[]> {
  const office = findOffice();
  if (!office) {
    throw new ImportError(
      'legacy-office-format',
      `这是${KIND_NAME[kind]}（.${kind}），本系统未安装转换工具：请用 Word/Excel（或 WPS）打开后“另存为” .${TARGET[kind]} 再导入`,
    );
  }
  const converted = await convert(office, data, kind);
  return TARGET[kind] === 'docx' ? readDocxRows(converted) : readXlsxRows(converted);
}

/** The OpenDocument package's mimetype (ODF 1.2 part 3, 3.3: the first entry, stored uncompressed). */
export function openDocumentMimetype(data: Uint8Array): string | null {
  if (data.length < 30 || data[0] !== 0x50 || data[1] !== 0x4b || data[2] !== 0x03 || data[3] !== 0x04)
    return null;
  const nameLength = data[26]! | (data[27]! << 8);
  const extraLength = data[28]! | (data[29]! << 8);
  const name = new TextDecoder('latin1').decode(data.subarray(30, 30 + nameLength));
  const stored = data[8] === 0 && data[9] === 0;
  if (name !== 'mimetype' || !stored) return null;
  const size = data[18]! | (data[19]! << 8) | (data[20]! << 16);
  const start = 30 + nameLength + extraLength;
  const value = new TextDecoder('latin1').decode(data.subarray(start, start + Math.min(size, 100)));
  return value.startsWith('application/vnd.oasis.opendocument.') ? value : null;
}

/** .odt or .ods from the mimetype; a presentation or a drawing holds no form. */
function openDocumentKind(data: Uint8Array): LegacyKind {
  const mimetype = openDocumentMimetype(data) ?? '';
  if (/opendocument\.text(-template|-web|-master)?$/.test(mimetype)) return 'odt';
  if (/opendocument\.spreadsheet(-template)?$/.test(mimetype)) return 'ods';
  throw new ImportError(
    'unknown-format',
    `这是 OpenDocument 文件（${mimetype.replace('application/vnd.oasis.opendocument.', '') || '未知类型'}），但既不是文字文档也不是电子表格：请导入绩效目标表的 .docx/.xlsx（或 .odt/.ods）文件`,
  );
}

const UTF16 = (s: string): Uint8Array => {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) out[i * 2] = s.charCodeAt(i);
  return out;
};
const ENCRYPTION_INFO = UTF16('EncryptionInfo');
const ENCRYPTED_PACKAGE = UTF16('EncryptedPackage');
const WORD_DOCUMENT = UTF16('WordDocument');
const WORKBOOK = UTF16('Workbook');
const BOOK = UTF16('Book');

/** Checks the compound-file header and tells .doc from .xls; throws for encrypted or broken files. */
export function inspectOle(data: Uint8Array, fileName: string): OleKind {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const valid =
    data.length >= 1536 &&
    view.getUint16(28, true) === 0xfffe && // byte order mark
    [9, 12].includes(view.getUint16(30, true)) && // sector size 512 or 4096
    view.getUint16(32, true) === 6; // mini sector size 64
  if (!valid) {
    throw new ImportError(
      'corrupt-file',
      '文件头是旧版 Office（OLE）格式，但内容已损坏或不完整：请在 Word/Excel 中重新打开并另存为 .docx/.xlsx 后再导入',
    );
  }
  if (indexOf(data, ENCRYPTION_INFO) >= 0 || indexOf(data, ENCRYPTED_PACKAGE) >= 0) {
    throw new ImportError(
      'encrypted-file',
      '文件已加密（设置了打开密码）：请在 Word/Excel 中取消密码后另存为 .docx/.xlsx，再导入',
    );
  }
  if (indexOf(data, WORD_DOCUMENT) >= 0) return 'doc';
  if (indexOf(data, WORKBOOK) >= 0 || indexOf(data, BOOK) >= 0) return 'xls';
  if (/\.doc$/i.test(fileName)) return 'doc';
  if (/\.xls$/i.test(fileName)) return 'xls';
  throw new ImportError(
    'unknown-format',
    '这是旧版 Office（OLE）文件，但既不是 Word 文档也不是 Excel 工作簿：请导入绩效目标表的 .docx/.xlsx 文件',
  );
}

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  const first = needle[0];
  outer: for (
    let i = haystack.indexOf(first!);
    i >= 0 && i <= haystack.length - needle.length;
    i = haystack.indexOf(first!, i + 1)
  ) {
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** The LibreOffice executable on PATH (`soffice` or `libreoffice`), or null. */
export function findOffice(): string | null {
  return findExecutable('soffice', 'libreoffice');
}

/** A legacy file of a batch converted to .docx/.xlsx, or why it could not be. */
export type LegacyConversion = { ok: true; data: Uint8Array } | { ok: false; error: ImportError };

/** Files converted by one LibreOffice start at most (a start costs seconds; a file, a fraction of one). */
export const LEGACY_BATCH_SIZE = 16;

/**
 * Converts many .doc/.xls with one LibreOffice start per kind instead of one per file: a start (its
 * profile, its libraries) takes 2–4 s, a file of a batch a few tenths. Encrypted or broken files are told
 * at once; a file LibreOffice gives nothing for — or a run that overruns its time (a hostile file) — is
 * converted again on its own, so one bad file costs the others nothing but time. In the files' order.
 */
export async function convertLegacyBatch(
  files: ReadonlyArray<{ data: Uint8Array; name: string }>,
): Promise<LegacyConversion[]> {
  const office = findOffice();
  const out: LegacyConversion[] = new Array(files.length);
  const byKind: Record<OleKind, number[]> = { doc: [], xls: [] };
  files.forEach((f, i) => {
    try {
      if (!office)
        throw new ImportError(
          'legacy-office-format',
          '这是旧版 Office 格式（.doc/.xls），本系统未安装转换工具：请另存为 .docx/.xlsx 再导入',
        );
      byKind[inspectOle(f.data, f.name)].push(i);
    } catch (e) {
      out[i] = {
        ok: false,
        error:
          e instanceof ImportError ? e : new ImportError('conversion-failed', '旧版 Office 文件无法转换'),
      };
    }
  });
  for (const kind of ['doc', 'xls'] as const) {
    const indices = byKind[kind];
    if (indices.length === 0) continue;
    const converted = await convertMany(
      office!,
      indices.map((i) => files[i]!.data),
      kind,
    ).catch(() => null);
    for (const [k, i] of indices.entries()) {
      const data = converted?.[k] ?? null;
      if (data) out[i] = { ok: true, data };
      else
        out[i] = await convert(office!, files[i]!.data, kind).then(
          (d): LegacyConversion => ({ ok: true, data: d }),
          (e: unknown): LegacyConversion => ({
            ok: false,
            error:
              e instanceof ImportError ? e : new ImportError('conversion-failed', '旧版 Office 文件无法转换'),
          }),
        );
    }
  }
  return out;
}

/** One LibreOffice run over several files of one kind: each output, or null where none came out. */
async function convertMany(
  office: string,
  inputs: readonly Uint8Array[],
  kind: LegacyKind,
): Promise<Array<Uint8Array | null>> {
  if (inputs.length === 1) return [await convert(office, inputs[0]!, kind)];
  const dir = await mkdtemp(path.join(tmpdir(), 'jixiao-convert-'));
  try {
    const names = inputs.map((_, i) => path.join(dir, `in${i}.${kind}`));
    await Promise.all(inputs.map((data, i) => writeFile(names[i]!, data)));
    const target = TARGET[kind];
    await run(office, [...officeArgs(dir, target), ...names], CONVERT_TIMEOUT_MS + inputs.length * 5_000);
    return await Promise.all(
      names.map((_, i) =>
        readFile(path.join(dir, 'out', `in${i}.${target}`)).then(
          (b) => new Uint8Array(b),
          () => null,
        ),
      ),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** LibreOffice's arguments for a conversion in `dir` (its own user profile, so parallel runs do not collide). */
function officeArgs(dir: string, target: string): string[] {
  return [
    `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
    '--headless',
    '--norestore',
    '--nologo',
    '--nolockcheck',
    '--convert-to',
    target,
    '--outdir',
    path.join(dir, 'out'),
  ];
}

/** Converts with LibreOffice in a private temp dir (own user profile, so parallel runs do not collide). */
export async function convert(office: string, data: Uint8Array, kind: LegacyKind): Promise<Uint8Array> {
  const dir = await mkdtemp(path.join(tmpdir(), 'jixiao-convert-'));
  try {
    const input = path.join(dir, `input.${kind}`);
    await writeFile(input, data);
    const target = TARGET[kind];
    await run(office, [...officeArgs(dir, target), input], CONVERT_TIMEOUT_MS);
    const produced = await readdir(path.join(dir, 'out')).catch(() => [] as string[]);
    const file = produced.find((f) => f.endsWith(`.${target}`));
    if (!file) {
      throw new ImportError(
        'conversion-failed',
        `${KIND_NAME[kind]}的文件（.${kind}）无法转换，文件可能已损坏：请用 Word/Excel（或 WPS）打开后另存为 .${target} 再导入`,
      );
    }
    return new Uint8Array(await readFile(path.join(dir, 'out', file)));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs LibreOffice in its own process group and kills the whole group when it overruns the limit. */
function run(office: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(office, args, { detached: true, stdio: 'ignore' });
    const timer = setTimeout(() => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      reject(
        new ImportError(
          'conversion-failed',
          '旧版 Office 文件转换超时：请用 Word/Excel 另存为 .docx/.xlsx 后再导入',
        ),
      );
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(
        new ImportError(
          'conversion-failed',
          `无法启动 LibreOffice（${e.message}）：请用 Word/Excel 另存为 .docx/.xlsx 后再导入`,
        ),
      );
    });
    // LibreOffice's exit code is unreliable: the output file decides.
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
