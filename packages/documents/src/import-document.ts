// Import: bytes of any supported file → canonical forms, or a clear reason why not.
import type { Form } from '@jixiao/core';
import { ImportError, MAX_IMPORT_BYTES, tooComplex, type ImportProblem } from './import-errors.ts';
import { sniffFormat, type SourceFormat } from './sniff-format.ts';
import { readTextRows } from './text/read-text.ts';
import { decodeText, detectTextEncoding } from './text/decode-text.ts';
import { readDocxRows, readLegacyOfficeRows, readPdfRows, readXlsxRows } from './office/readers.ts';
import { recognizeDocument, recognizeForms } from './recognize/recognize-forms.ts';
import { isIndicatorHeader } from './recognize/indicator-table.ts';
import type { UnsupportedKind } from './recognize/titles.ts';
import type { Row } from './rows/row.ts';

export type ImportOutcome =
  | { ok: true; format: SourceFormat; forms: Form[] }
  | { ok: false; format: SourceFormat | null; error: ImportProblem };

/** Reads the rows of a file of any supported format. */
export async function readRows(
  data: Uint8Array,
  fileName: string,
): Promise<{ format: SourceFormat; rows: Row[] }> {
  if (data.length === 0)
    throw new ImportError('empty-file', '文件为空（0 字节）：请确认导出或上传的是完整文件');
  if (data.length > MAX_IMPORT_BYTES)
    throw new ImportError(
      'file-too-large',
      `文件过大（${(data.length / 1048576).toFixed(0)} MB，上限 ${MAX_IMPORT_BYTES / 1048576} MB）：请拆分后导入`,
    );
  const format = sniffFormat(data);
  switch (format) {
    case 'text': {
      const text = decodeText(data, detectTextEncoding(data) ?? 'utf-8');
      return { format, rows: readTextRows(text) };
    }
    case 'docx':
      return { format, rows: await readDocxRows(data) };
    case 'xlsx':
      return { format, rows: await readXlsxRows(data) };
    case 'pdf':
      return { format, rows: await readPdfRows(data) };
    case 'ole':
      return { format, rows: await readLegacyOfficeRows(data, fileName) };
    case 'zip':
      throw new ImportError(
        'unknown-format',
        '这是一个压缩包而不是 Word/Excel 文件：请解压后分别导入其中的文件',
      );
    default:
      throw new ImportError(
        'binary-file',
        '无法识别的二进制文件：请导入 .txt、.docx、.xlsx 或 .pdf 格式的绩效目标表或预算公开文件',
      );
  }
}

const UNSUPPORTED_MESSAGES: Record<UnsupportedKind, string> = {
  'self-evaluation':
    '这是项目支出绩效自评表，不是绩效目标表：自评结果请在绩效自评环节对照已批复的绩效目标填报',
  monitoring: '这是绩效运行监控表，不是绩效目标表：监控情况请在绩效监控环节对照已批复的绩效目标填报',
  'evaluation-report': '这是绩效评价（自评）报告，不是绩效目标表：报告正文无法作为表单导入',
};

/** Imports one file's bytes. Never throws: a bad file gives `ok: false` with a code and a Chinese reason. */
export async function importBuffer(data: Uint8Array, fileName: string): Promise<ImportOutcome> {
  let format: SourceFormat | null = null;
  try {
    const read = await readRows(data, fileName);
    format = read.format;
    const { forms, unsupported } = recognizeDocument(read.rows);
    if (forms.length === 0 && unsupported.length > 0)
      throw new ImportError('unsupported-form', UNSUPPORTED_MESSAGES[unsupported[0]!]);
    if (forms.length === 0 && read.rows.some(isIndicatorHeader))
      throw new ImportError(
        'no-form-found',
        '文件中有绩效指标表（一级指标、二级指标……），但没有项目名称、部门名称或表名，无法判断它属于哪张表：请连同表头（如“项目名称”“项目支出绩效目标表”）一起导入',
      );
    if (forms.length === 0)
      throw new ImportError(
        'no-form-found',
        '文件中没有找到可识别的表单（项目绩效目标表、部门整体绩效目标表或部门预算公开）：请确认文件内容',
      );
    return { ok: true, format, forms };
  } catch (e) {
    return { ok: false, format, error: problemOf(e) };
  }
}

/** Imports text already decoded (the seeds' text extractions). */
export function importText(text: string): Form[] {
  return recognizeForms(readTextRows(text));
}

/**
 * The reason to give for any failure: an ImportError as it is; anything else without its internals (a
 * library's message or a stack means nothing to the person and may reveal the server). A RangeError is
 * what a pathological structure ends in (call stack, string or array length), so it is said that way.
 */
export function problemOf(e: unknown): ImportProblem {
  if (e instanceof ImportError) return e.toProblem();
  if (e instanceof RangeError) return tooComplex('超出了程序能处理的规模').toProblem();
  return {
    code: 'file-unreadable',
    message: '文件内容无法解析：文件可能已损坏，或不是所支持的格式；请在原软件中重新另存后再导入',
  };
}
