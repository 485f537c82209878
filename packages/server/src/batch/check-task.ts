// One document of a batch, read and checked: the same reading as an upload (any format the reader takes,
// canonical JSON too) and the same top-level checks as `jixiao check` — each form with the other forms of
// its file as siblings, each 自评表 / 监控表 on its own. Never throws: a file that cannot be read is a
// document with its reason. Runs in a worker thread of the batch pool (check-worker.mjs) or in-process.
import {
  checkEvaluationDocument,
  checkForm,
  checkProseReport,
  type EvaluationDocument,
  type Finding,
  type Form,
} from '@jixiao/core';
import {
  importRows,
  problemOf,
  readDisclosure,
  readRows,
  type FieldSource,
  type ImportOutcome,
  type Row,
} from '@jixiao/documents';
import { canonicalJson } from '../cli/read-input.ts';
import { describeEvaluation, describeForm } from '../cli/report.ts';
import { SEVERITY_RANK, failedDocument, type DocumentCheck, type DocumentFinding } from './document-check.ts';
import { indexRows, locateFinding } from './locate-finding.ts';

export interface CheckTask {
  data: Uint8Array;
  name: string;
  /** Return the read text with the findings (the web shows findings at their place). */
  keepText: boolean;
  /** The format to report when `data` is a conversion (a legacy .doc/.xls read as .docx/.xlsx): 'ole'. */
  formatAs?: string;
}

function unitOfForm(form: Form): string | null {
  if (form.kind === 'project') return form.unit ?? form.executor ?? form.supervisor ?? null;
  return form.department ?? null;
}

function unitOfEvaluation(doc: EvaluationDocument): string | null {
  return doc.unit ?? doc.department ?? null;
}

export async function checkDocument({ data, name, keepText, formatAs }: CheckTask): Promise<DocumentCheck> {
  let rows: Row[] = [];
  let outcome: ImportOutcome | null = canonicalJson(
    Buffer.from(data.buffer, data.byteOffset, data.byteLength),
  );
  if (!outcome) {
    try {
      const read = await readRows(data, name);
      rows = read.rows;
      outcome = importRows(read.format, rows);
    } catch (e) {
      const p = problemOf(e);
      return failedDocument(name, null, p.code, p.message);
    }
  }
  if (!outcome.ok) {
    const failed = failedDocument(
      name,
      formatAs ?? outcome.format,
      outcome.error.code,
      outcome.error.message,
    );
    // A prose report (自评报告, 监控报告) is not a form, but the numbers its text states are still audited.
    if (outcome.error.code === 'unsupported-form' && rows.length > 0) {
      const text = { ...readDisclosure(rows, null).disclosure, formType: '文字报告', partial: true };
      const cells = indexRows(rows);
      failed.findings = checkProseReport(text).map((f) => ({
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        path: f.path,
        form: f.form,
        place: locateFinding(f.path, text, [], cells),
      }));
    }
    return failed;
  }
  const { forms, evaluations, sources } = outcome;
  const cells = indexRows(rows);
  const findings: DocumentFinding[] = [];
  const add = (list: readonly Finding[], doc: unknown, own: readonly FieldSource[]) => {
    for (const f of list)
      findings.push({
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        path: f.path,
        form: f.form,
        place: locateFinding(f.path, doc, own, cells),
      });
  };
  forms.forEach((form, i) => add(checkForm(form, forms), form, sources[i] ?? []));
  for (const doc of evaluations) add(checkEvaluationDocument(doc), doc, []);
  findings.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  const units = [...forms.map(unitOfForm), ...evaluations.map(unitOfEvaluation)];
  return {
    name,
    format: formatAs ?? outcome.format,
    unit: units.find((u) => u !== null && u.trim() !== '') ?? null,
    titles: [...forms.map(describeForm), ...evaluations.map(describeEvaluation)],
    findings,
    error: null,
    ...(keepText
      ? { rows: rows.map((r) => ({ cells: r.cells, line: r.line ?? null, source: r.source ?? null })) }
      : {}),
  };
}

export default checkDocument;
