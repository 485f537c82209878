// Reads the files named on the command line, refusing what cannot be read before loading it into memory.
import { readFile, stat } from 'node:fs/promises';
import {
  fileTooLarge,
  importBuffer,
  MAX_IMPORT_BYTES,
  type ImportErrorCode,
  type ImportOutcome,
} from '@jixiao/documents';
import { evaluationDocumentSchema, formSchema, type EvaluationDocument, type Form } from '@jixiao/core';

export type FileOutcome = { file: string } & ImportOutcome;

export async function importFile(file: string): Promise<FileOutcome> {
  let size: number;
  try {
    const s = await stat(file);
    if (s.isDirectory()) return fail(file, 'file-unreadable', '这是一个文件夹：请指定其中的文件');
    size = s.size;
  } catch {
    return fail(file, 'file-not-found', '文件不存在：请检查路径');
  }
  if (size > MAX_IMPORT_BYTES) return fail(file, 'file-too-large', fileTooLarge(size).message);
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch (e) {
    return fail(
      file,
      'file-unreadable',
      `无法读取文件（${(e as NodeJS.ErrnoException).code ?? '未知错误'}）：请检查权限`,
    );
  }
  const json = canonicalJson(data);
  if (json) return { file, ...json };
  return {
    file,
    ...(await importBuffer(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), file)),
  };
}

/** A file that already holds canonical JSON ({"forms":[…]} or a form, 自评表 and 监控表 among them) is taken as it is. */
export function canonicalJson(data: Buffer): ImportOutcome | null {
  const head = data.subarray(0, 64).toString('utf8').trimStart();
  if (!head.startsWith('{') && !head.startsWith('[')) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(data.toString('utf8'));
  } catch {
    return null;
  }
  const list = Array.isArray(parsed) ? parsed : ((parsed as { forms?: unknown }).forms ?? [parsed]);
  const forms: Form[] = [];
  const evaluations: EvaluationDocument[] = [];
  for (const item of Array.isArray(list) ? list : []) {
    const kind = (item as { kind?: unknown } | null)?.kind;
    if (kind === 'self-evaluation' || kind === 'monitoring') {
      const e = evaluationDocumentSchema.safeParse(item);
      if (e.success) {
        evaluations.push(e.data);
        continue;
      }
    }
    const r = formSchema.safeParse(item);
    if (!r.success)
      return {
        ok: false,
        format: 'text',
        error: {
          code: 'unknown-format',
          message: `JSON 不是有效的表单：${r.error.issues[0]?.path.join('/') ?? ''} ${r.error.issues[0]?.message ?? ''}`,
        },
      };
    forms.push(r.data);
  }
  return {
    ok: true,
    format: 'text',
    forms,
    evaluations,
    sources: forms.map(() => []),
    evaluationSources: evaluations.map(() => []),
    unknownLabels: [],
  };
}

function fail(file: string, code: ImportErrorCode, message: string): FileOutcome {
  return { file, ok: false, format: null, error: { code, message } };
}
