// The batch report's content, whatever it is written as: per unit and per document the findings counted by
// severity, the worst first (most errors, then warnings, then notes), and every finding with its place.
import type { Severity } from '@jixiao/core';
import {
  SEVERITY_LABEL,
  SEVERITY_RANK,
  severityCounts,
  type DocumentCheck,
  type DocumentFinding,
  type FindingPlace,
} from './document-check.ts';
import {
  NO_UNIT,
  UNREAD,
  unitOfDocument,
  unitSummaries,
  worseFirst,
  type UnitSummary,
} from '@jixiao/core/contracts';

export { NO_UNIT, UNREAD, type UnitSummary };

export interface ReportDocument extends DocumentCheck {
  counts: Record<Severity, number>;
}

export interface BatchReport {
  title: string;
  documents: ReportDocument[];
  units: UnitSummary[];
  totals: Record<Severity, number> & { documents: number; failed: number };
  findings: Array<DocumentFinding & { document: string; unit: string }>;
}

export const unitOf = unitOfDocument;

export function buildReport(title: string, checked: readonly DocumentCheck[]): BatchReport {
  const documents: ReportDocument[] = checked
    .map((d) => ({ ...d, counts: severityCounts(d.findings) }))
    .sort(
      (a, b) =>
        worseFirst({ ...a, failed: a.error ? 1 : 0 }, { ...b, failed: b.error ? 1 : 0 }) ||
        a.name.localeCompare(b.name, 'zh-CN'),
    );
  const units = unitSummaries(documents);
  const findings = documents.flatMap((d) =>
    [...d.findings]
      .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])
      .map((f) => ({ ...f, document: d.name, unit: unitOf(d) })),
  );
  const totals = {
    documents: documents.length,
    failed: documents.filter((d) => d.error).length,
    ...severityCounts(findings),
  };
  return { title, documents, units, totals, findings };
}

/** The 按单位 table, as the HTML page and the workbook print it. */
export const UNIT_COLUMNS = ['单位', '文件数', '未能读取', '错误', '警告', '提示'];
export const unitRow = (u: UnitSummary) => [
  u.unit,
  u.documents,
  u.failed,
  u.counts.error,
  u.counts.warning,
  u.counts.info,
];

/** The 按文件 table; the tables a document holds are joined by `separator` (a line break in a cell). */
export const DOCUMENT_COLUMNS = ['文件', '单位', '读出的表', '错误', '警告', '提示', '读取结果'];
export const documentRow = (d: ReportDocument, separator: string) => [
  d.name,
  unitOf(d),
  d.titles.join(separator),
  d.counts.error,
  d.counts.warning,
  d.counts.info,
  d.error ? `未能读取：${d.error.message}（${d.error.code}）` : '已读取并审核',
];

/** "表2 第5行 第3列" — where a finding stands, in words. */
export function placeText(place: FindingPlace | null): string {
  if (!place) return '';
  const parts = [
    place.source ?? '',
    place.line !== null ? `第${place.line}行` : '',
    place.column !== null ? `第${place.column + 1}列` : '',
  ];
  return parts.filter((p) => p !== '').join(' ');
}

export const severityLabel = (s: Severity) => SEVERITY_LABEL[s];
export const countsText = (c: Record<Severity, number>) =>
  `错误 ${c.error} 项，警告 ${c.warning} 项，提示 ${c.info} 项`;
