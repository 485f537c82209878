// A filled 监控表 file (.xlsx/.docx) → the save input of an entry: rows matched to the approved indicators by
// name; dictionary words checked; the save then applies the same checks as typed input.
import {
  deviationReasonSchema,
  likelihoodSchema,
  monitoringGradeSchema,
  type NewMonitoringEntry,
} from '@jixiao/core';
import { recognizeMonitoring } from '@jixiao/documents';
import { evaluationError } from '../evaluation-common/evaluation.errors.ts';
import { matchRows } from '../evaluation-common/match-rows.ts';
import { recogniseUpload } from '../evaluation-common/read-upload.ts';
import type { DocumentReader } from '../../documents/document-reader.ts';
import type { MonitoringSaveInput } from './monitoring-input.ts';

interface ImportProblemDetail {
  line: number | null;
  name: string;
  message: string;
}

function dictionary<T extends string>(
  schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false } },
  value: string | null,
  what: string,
  problems: string[],
): T | null {
  if (value === null) return null;
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  problems.push(`${what}「${value}」不在字典中`);
  return null;
}

export async function monitoringInputFromFile(
  documents: DocumentReader,
  entry: NewMonitoringEntry,
  version: number,
  data: Uint8Array,
  fileName: string,
): Promise<MonitoringSaveInput> {
  const table = await recogniseUpload(
    documents,
    data,
    fileName,
    recognizeMonitoring,
    '文件中没有找到项目绩效运行监控表（须有“三级指标”“年度指标值”“1—N月执行情况”“全年预计完成情况”等列）',
  );
  const { matched, unmatched } = matchRows(entry.indicators, table.indicators);
  const problems: ImportProblemDetail[] = unmatched.map((r) => ({
    line: r.line,
    name: r.name,
    message: `「${r.name}」不是该项目批复的年度指标`,
  }));
  const indicators = matched.map(({ approved, row }) => {
    const issues: string[] = [];
    const qualitative = approved.target.kind === 'qualitative';
    const grade = qualitative
      ? dictionary(monitoringGradeSchema, row.actualToDate || null, '执行情况', issues)
      : null;
    const result = {
      indicatorId: approved.indicatorId,
      actualToDate: qualitative ? '' : row.actualToDate,
      expectedFullYear: row.expectedFullYear,
      grade,
      deviationReason: dictionary(deviationReasonSchema, row.deviationReason, '偏差原因', issues),
      reasonText: row.reasonText,
      likelihood: dictionary(likelihoodSchema, row.likelihood, '完成目标可能性', issues),
      correctiveMeasure: row.correctiveMeasure,
    };
    for (const message of issues) problems.push({ line: row.line, name: row.name, message });
    return result;
  });
  if (problems.length > 0)
    throw evaluationError(
      'import-unrecognised',
      { problems },
      `文件中有 ${problems.length} 处无法导入：${problems[0]!.message}`,
    );
  return {
    version,
    budget: {
      annual: table.budget.annual ?? entry.budget.annual,
      executedToDate: table.budget.executedToDate ?? entry.budget.executedToDate,
      plannedShareToDate: entry.budget.plannedShareToDate ?? null,
    },
    indicators,
  };
}
