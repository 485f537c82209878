// What a batch check says about one document: its unit, the forms read in it, its findings each with the
// place it stands in the source, or why the file could not be read. Plain data, so that it crosses from a
// worker thread and is written to a report or the database as it is.
import type { Severity } from '@jixiao/core';

/** Where a finding's figure stands in the source document. */
export interface FindingPlace {
  /** 1-based line (text), row (sheet, table) or page (pdf) of the source; null when unknown. */
  line: number | null;
  /** The sheet, table or page (工作表名, 表N, 第N页), when the source has several. */
  source: string | null;
  /** 0-based cell of the row, when the value was a table cell. */
  column: number | null;
  /** The label the value stands beside, as written. */
  label: string | null;
  /** The text as read at that place. */
  text: string | null;
}

export interface DocumentFinding {
  rule: string;
  severity: Severity;
  /** Chinese, naming the figures. */
  message: string;
  /** JSON pointer into the form as read. */
  path: string;
  /** The form's name (project or department). */
  form: string;
  place: FindingPlace | null;
}

/** The read text of a document, row by row, for showing a finding at its place. */
export interface ReadRow {
  cells: string[];
  line: number | null;
  source: string | null;
}

export interface DocumentCheck {
  /** The file's name as given (a path, or archive.zip/inner/path). */
  name: string;
  format: string | null;
  /** The unit (单位 / 部门) the document is about, when it says. */
  unit: string | null;
  /** One line per form read ("项目绩效目标表（…）：…"). */
  titles: string[];
  /** Most severe first. */
  findings: DocumentFinding[];
  /** Why the file was not read (code for programs, Chinese message for people); null when it was. */
  error: { code: string; message: string } | null;
  /** The read text, when asked for (the web's report shows findings in it). */
  rows?: ReadRow[];
}

export { SEVERITY_RANK, SEVERITY_LABELS as SEVERITY_LABEL } from '@jixiao/core';

export function severityCounts(findings: readonly { severity: Severity }[]): Record<Severity, number> {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

/** The failed document of a batch: a row of its own in the report, the others go on. */
export function failedDocument(
  name: string,
  format: string | null,
  code: string,
  message: string,
): DocumentCheck {
  return { name, format, unit: null, titles: [], findings: [], error: { code, message } };
}
