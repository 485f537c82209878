// Import: bytes of any supported file → canonical forms, or a clear reason why not.
import { withPercentRates } from './recognize/budget-rate-percent.ts';
import type { EvaluationDocument, Form } from '@jixiao/core';
import {
  fileTooLarge,
  ImportError,
  streamTooLong,
  MAX_IMPORT_BYTES,
  tooComplex,
  type ImportProblem,
} from './import-errors.ts';
import { sniffFormat, type SourceFormat } from './sniff-format.ts';
import { readTextRows } from './text/read-text.ts';
import { decodeText, detectTextEncoding } from './text/decode-text.ts';
import {
  readDocxRows,
  readLegacyOfficeRows,
  readOfdRows,
  readOpenDocumentRows,
  readPdfRows,
  readXlsxRows,
} from './office/readers.ts';
import { readHtmlRows } from './html/read-html.ts';
import { readImageRows } from './office/ocr/read-scanned.ts';
import { looksLikeMhtml, readMhtmlRows } from './html/read-mhtml.ts';
import { recognizeDocument, recognizeForms } from './recognize/recognize-forms.ts';
import { evaluationTitleInText } from './recognize/evaluation-head-labels.ts';
import { readWholeSelfEvaluation, readWholeSelfEvaluations } from './recognize/self-evaluation-whole.ts';
import { joinPageMarkedLines } from './recognize/page-marked-lines.ts';
import { joinSplitHeaders } from './recognize/split-header.ts';
import { withWholeJoinedHeaders } from './recognize/joined-header.ts';
import { isStreamPastCap, MAX_STREAM_ROWS } from './recognize/cell-stream.ts';
import {
  HEADLESS_COLUMNS,
  isHeaderedMonitoring,
  isHeaderedSelfEvaluation,
  isHeadlessSelfEvaluation,
} from './recognize/headless-evaluation.ts';
import { recognizeMonitoringDocument } from './recognize/monitoring-document.ts';
import { isScoringTable } from './recognize/scoring-table.ts';
import { mentionedTargetTitle } from './recognize/mentioned-title.ts';
import { attachedFormName } from './recognize/attached-form.ts';
import type { EvaluationKind, UnsupportedKind } from './recognize/titles.ts';
import type { Row } from './rows/row.ts';
import type { FieldSource, RecognizeOptions } from './recognize/provenance.ts';
import { evaluationSources } from './recognize/evaluation-sources.ts';
import { normalizeRows } from './rows/normalize-rows.ts';

export type ImportOutcome =
  | {
      ok: true;
      format: SourceFormat;
      forms: Form[];
      /** 自评表 and 监控表 read as documents of their own. */
      evaluations: EvaluationDocument[];
      /** Where each value of each form came from (one array per form; empty when not known). */
      sources: FieldSource[][];
      /** Where each value of each 自评表 / 监控表 came from (one array per document of `evaluations`). */
      evaluationSources: FieldSource[][];
      /** Labels of the document that no lexicon entry or taught mapping knows. */
      unknownLabels: string[];
    }
  | { ok: false; format: SourceFormat | null; error: ImportProblem };

/** Reads the rows of a file of any supported format, their text normalised (normalize-rows.ts). */
export async function readRows(
  data: Uint8Array,
  fileName: string,
): Promise<{ format: SourceFormat; rows: Row[] }> {
  const read = await readRawRows(data, fileName);
  return { format: read.format, rows: normalizeRows(read.rows) };
}

/** A reading that found forms or 自评表 / 监控表, each 自评表 / 监控表 with where its values stood in `rows`. */
function read(
  format: SourceFormat,
  rows: readonly Row[],
  forms: Form[],
  evaluations: EvaluationDocument[],
  sources: FieldSource[][],
  unknownLabels: string[],
): ImportOutcome {
  // Where each value stood is found as printed (0.958, 86.19%); the model holds the rate in percent.
  const evaluationSourcesOf = evaluationSources(evaluations, rows);
  return {
    ok: true,
    format,
    forms,
    evaluations: evaluations.map(withPercentRates),
    sources,
    evaluationSources: evaluationSourcesOf,
    unknownLabels,
  };
}

/** The rows as the format's reader gives them. */
async function readRawRows(
  data: Uint8Array,
  fileName: string,
): Promise<{ format: SourceFormat; rows: Row[] }> {
  if (data.length === 0)
    throw new ImportError('empty-file', '文件为空（0 字节）：请确认导出或上传的是完整文件');
  if (data.length > MAX_IMPORT_BYTES) throw fileTooLarge(data.length);
  const format = sniffFormat(data);
  switch (format) {
    case 'text': {
      const text = decodeText(data, detectTextEncoding(data) ?? 'utf-8');
      return { format, rows: readTextRows(text) };
    }
    case 'html':
      return { format, rows: looksLikeMhtml(data) ? readMhtmlRows(data) : readHtmlRows(data) };
    case 'docx':
      return { format, rows: await readDocxRows(data) };
    case 'xlsx':
      return { format, rows: await readXlsxRows(data) };
    case 'pdf':
      return { format, rows: await readPdfRows(data) };
    case 'ofd':
      return { format, rows: await readOfdRows(data) };
    case 'image':
      return { format, rows: await readImageRows(data) };
    case 'ole':
      return { format, rows: await readLegacyOfficeRows(data, fileName) };
    case 'odf':
      return { format, rows: await readOpenDocumentRows(data) };
    case 'zip':
      throw new ImportError(
        'unknown-format',
        '这是一个压缩包而不是 Word/Excel 文件：请解压后分别导入其中的文件',
      );
    default:
      throw new ImportError(
        'binary-file',
        '无法识别的二进制文件：请导入 .txt、.html、.docx、.xlsx、.pdf、.ofd 或扫描图片（.png、.jpg、.tif）格式的绩效目标表或预算公开文件',
      );
  }
}

const UNSUPPORTED_MESSAGES: Record<UnsupportedKind, string> = {
  'evaluation-report':
    '这是绩效评价（自评）报告，是文字报告而不是表格：报告正文无法作为表单导入，请导入报告所附的绩效自评表',
  'monitoring-report':
    '这是绩效运行监控报告，是文字报告而不是表格：报告正文无法作为表单导入，请导入报告所附的绩效运行监控表',
};

const SCORING_TABLE_MESSAGE =
  '这是绩效评价的评分表（考核内容或指标、分值、评分标准、得分）：它按评分标准逐项打分，没有指标值和实际完成值，不是绩效目标表或绩效自评表，无法作为表单导入；请导入项目或部门的绩效自评表（含年度指标值、实际完成值）';

const UNREAD_MESSAGES: Record<EvaluationKind, string> = {
  'self-evaluation':
    '这是绩效自评表，但没有找到可读的预算执行或绩效指标表格（表头“三级指标 / 年度指标值 / 实际完成值 / 得分”）：单元格可能连在一起，请导入原始的 Word/Excel 文件',
  monitoring:
    '这是绩效运行监控表，但没有找到可读的预算执行或绩效指标表格（表头“指标名称 / 指标值 / 执行情况”）：单元格可能连在一起，请导入原始的 Word/Excel 文件',
};

/** Imports one file's bytes. Never throws: a bad file gives `ok: false` with a code and a Chinese reason. */
export async function importBuffer(
  data: Uint8Array,
  fileName: string,
  options: RecognizeOptions = {},
): Promise<ImportOutcome> {
  let format: SourceFormat | null = null;
  try {
    const read = await readRows(data, fileName);
    format = read.format;
    return importRows(read.format, read.rows, options);
  } catch (e) {
    return failedImport(format, e);
  }
}

/**
 * Recognises the forms in rows already read (the import preview keeps the rows to show the document).
 * `options.labels` are the labels taught for this organisation's templates (they win over the lexicon).
 * Never throws.
 */
export function importRows(
  format: SourceFormat,
  given: Row[],
  options: RecognizeOptions = {},
): ImportOutcome {
  try {
    // A form run together on one line: its header broken over two rows or banded, written whole (joined-header.ts).
    const rows = withWholeJoinedHeaders(given);
    // A preview's numbered pages are one text (page-marked-lines.ts): a name or a figure the page break cut is
    // read whole wherever the forms are found, not only where the whole text is read as one 自评表.
    const { forms, evaluations, unsupported, unread, sources, unknownLabels, found } = recognizeDocument(
      joinPageMarkedLines(rows),
      options,
    );
    // A preview's numbered pages are one text (page-marked-lines.ts): a title the page break cut is read whole.
    const runTogether = joinPageMarkedLines(rows)
      .slice(0, 10)
      .map((r) => evaluationTitleInText(r.cells.join('')))
      .find((k) => k !== null);
    // A 自评表 whose cells ran together is not a target form because its head reads like one: without a
    // single indicator, the "form" is the 自评表's head misread — say what it is instead.
    const onlyHeads = forms.every((f) => f.kind !== 'disclosure' && f.indicators.length === 0);
    // No title row parted it from the text around it: the whole text is read as the one 自评表 it names.
    // (Forms under no title of their own are its rows misread as well.)
    const unnamed = forms.every((f) => f.kind !== 'disclosure' && !f.title);
    // A text layer that ran several tables together holds one 自评表 per repeated title.
    const whole =
      evaluations.length === 0 && runTogether === 'self-evaluation' && (onlyHeads || unnamed)
        ? readWholeSelfEvaluations(rows)
        : [];
    if (whole.length > 0) return read(format, given, [], whole, [], unknownLabels);
    if (evaluations.length === 0 && runTogether && onlyHeads)
      throw new ImportError('no-form-found', UNREAD_MESSAGES[runTogether]);
    // A target form read under no title whose indicator header sets what was done against the targets and scores
    // it (… | 指标值 | 完成值 | 权重 | 得分): a 自评表 stored without its title (its head named a project the
    // way a target form's does), read as the 自评表 its columns say it is.
    const untitledTargets =
      evaluations.length === 0 &&
      !runTogether &&
      unread.length === 0 &&
      unsupported.length === 0 &&
      forms.length > 0 &&
      forms.every((f) => f.kind === 'project' && !f.title);
    const retitled = untitledTargets && isHeaderedSelfEvaluation(rows) ? readWholeSelfEvaluation(rows) : null;
    if (retitled && retitled.indicators.length > 0)
      return read(format, given, [], [retitled], [], unknownLabels);
    // … and one whose header reports progress to date (1-6月执行情况) beside the targets: a 监控表 without its title.
    const monitored =
      untitledTargets && isHeaderedMonitoring(rows) ? recognizeMonitoringDocument(rows, null) : null;
    if (monitored && monitored.indicators.length > 0)
      return read(format, given, [], [monitored], [], unknownLabels);
    if (forms.length > 0 || evaluations.length > 0)
      return read(format, given, forms, evaluations, sources, unknownLabels);
    // Nothing titled, but the text closes as a 自评表 does: the table's tail, read under its usual columns.
    // … or its indicator header, a 自评表's by its columns (targets, actuals and scores), is all that names it —
    // read with a header printed in two rows joined (一级/指标, 指标/性质, 度量/单位), as the columns were judged.
    const untitled = !runTogether && unread.length === 0 && unsupported.length === 0;
    const headless =
      untitled && isHeadlessSelfEvaluation(rows)
        ? readWholeSelfEvaluation(rows, HEADLESS_COLUMNS)
        : untitled && isHeaderedSelfEvaluation(rows)
          ? readWholeSelfEvaluation(joinSplitHeaders(rows))
          : null;
    if (headless && headless.indicators.length > 0)
      return read(format, given, [], [headless], [], unknownLabels);
    // Nothing read from a stream too long to rebuild (cell-stream.ts): say the length was the reason.
    if (unsupported.length === 0 && isStreamPastCap(rows)) throw streamTooLong(rows.length, MAX_STREAM_ROWS);
    if (unread.length > 0) throw new ImportError('no-form-found', UNREAD_MESSAGES[unread[0]!]);
    if (unsupported.length > 0)
      throw new ImportError('unsupported-form', UNSUPPORTED_MESSAGES[unsupported[0]!]);
    if (isScoringTable(rows)) throw new ImportError('no-form-found', SCORING_TABLE_MESSAGE);
    if (found) throw new ImportError('no-form-found', missingNameMessage(found));
    const attached = attachedFormName(rows);
    if (attached) throw new ImportError('no-form-found', attachedFormMessage(attached));
    const mentioned = mentionedTargetTitle(rows);
    if (mentioned) throw new ImportError('no-form-found', runOnTitleMessage(mentioned));
    throw new ImportError(
      'no-form-found',
      '文件中没有找到可识别的表单（项目绩效目标表、部门整体绩效目标表、绩效自评表、绩效监控表或部门预算公开）：请确认文件内容',
    );
  } catch (e) {
    return failedImport(format, e);
  }
}

/**
 * What was found and what is missing, when a document holds an indicator table but names no form, or a
 * target form's title with neither a name nor an indicator table under it.
 */
function missingNameMessage(found: { indicators: number | null; title: string | null }): string {
  if (found.indicators === null)
    return `找到了表名“${found.title ?? ''}”，但表名下没有找到项目名称（或部门名称）和绩效指标表（表头“一级指标 / 二级指标 / 三级指标 / 指标值”）：文件可能只有表头，或表格是图片；请导入含完整表格的 Word/Excel 文件`;
  const table =
    found.indicators > 0
      ? `找到了绩效指标表（${found.indicators} 个指标）`
      : '找到了绩效指标表的表头（一级指标、二级指标……）';
  return `${table}，但没有找到项目名称、部门名称或表名，无法判断它属于哪张表：请在导入预览中指出项目名称所在的单元格，或连同表头（如“项目名称”“项目支出绩效目标表”）一起导入`;
}

/** A target form's title found only inside running text (mentioned-title.ts): say which form and why it was not read. */
function runOnTitleMessage(title: string): string {
  return `文中提到了“${title}”，但表名与前后文字连在一起，没有找到单独成行的表名和表格（项目名称、一级指标 / 二级指标 / 三级指标 / 指标值）：文本可能是从网页或文库预览中复制的；请导入原 Word/Excel 文件，或把表格逐行复制后再导入`;
}

/** A form a notice names as its attachment or publication (attached-form.ts), the copy holding only the notice. */
function attachedFormMessage(name: string): string {
  return `文中提到了“${name}”，但它是通知的附件（或公示的表格），复制的内容里只有通知正文，没有这张表：请导入附件本身（原 Word/Excel/PDF 文件），或把附件中的表格复制后再导入`;
}

/** A failure as the reason to give (never a library's message: see problemOf). */
function failedImport(format: SourceFormat | null, e: unknown): ImportOutcome {
  return { ok: false, format, error: problemOf(e) };
}

/** Imports text already decoded (the seeds' text extractions). */
export function importText(text: string, options?: RecognizeOptions): Form[] {
  return recognizeForms(normalizeRows(readTextRows(text)), options);
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
