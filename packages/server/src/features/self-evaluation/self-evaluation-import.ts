// A filled 自评表 file (.xlsx/.docx) → the save input of a self-evaluation: rows matched to the approved
// indicators by name; actuals, weights, grades (定性), deviations, funds and conclusions taken from the file;
// the total written in the file is compared with the recomputed one (R-EVAL-09) by the caller.
import { selfEvaluationGradeSchema, type NewSelfEvaluation } from '@jixiao/core';
import { recognizeSelfEvaluation, type RecognisedSelfEvaluation } from '@jixiao/documents';
import { evaluationError } from '../evaluation-common/evaluation.errors.ts';
import { matchRows } from '../evaluation-common/match-rows.ts';
import { recogniseUpload } from '../evaluation-common/read-upload.ts';
import type { DocumentReader } from '../../documents/document-reader.ts';
import { inputOf, type SelfEvaluationSaveInput } from './self-evaluation-input.ts';

export async function readSelfEvaluationFile(
  documents: DocumentReader,
  data: Uint8Array,
  fileName: string,
): Promise<RecognisedSelfEvaluation> {
  return recogniseUpload(
    documents,
    data,
    fileName,
    recognizeSelfEvaluation,
    '文件中没有找到项目支出绩效自评表（须有“三级指标”“年度指标值”“实际完成值”“分值”“得分”等列）',
  );
}

export function selfEvaluationInputFromTable(
  stored: NewSelfEvaluation,
  version: number,
  table: RecognisedSelfEvaluation,
): SelfEvaluationSaveInput {
  const base = inputOf(stored, version);
  const { matched, unmatched } = matchRows(stored.indicators, table.indicators);
  if (unmatched.length > 0)
    throw evaluationError(
      'import-unrecognised',
      {
        problems: unmatched.map((r) => ({
          line: r.line,
          name: r.name,
          message: `「${r.name}」不是该项目批复的年度指标`,
        })),
      },
      `文件中有 ${unmatched.length} 行不是该项目批复的年度指标：${unmatched.map((r) => `「${r.name}」`).join('、')}`,
    );
  const byId = new Map(matched.map((m) => [m.approved.indicatorId, m.row]));
  return {
    ...base,
    budget: {
      initial: table.budget.initial ?? base.budget.initial,
      annual: table.budget.annual ?? base.budget.annual,
      executed: table.budget.executed ?? base.budget.executed,
    },
    indicators: base.indicators.map((ind, i) => {
      const row = byId.get(ind.indicatorId);
      if (!row) return ind;
      const qualitative = stored.indicators[i]!.target.kind === 'qualitative';
      const grade = qualitative ? selfEvaluationGradeSchema.safeParse(row.actual) : null;
      return {
        ...ind,
        weight: row.weight ?? ind.weight,
        actual: qualitative ? '' : row.actual,
        grade: grade?.success ? grade.data : ind.grade,
        deviationAnalysis: row.deviation ?? ind.deviationAnalysis,
      };
    }),
    conclusions: {
      problems: table.problems ?? base.conclusions.problems,
      improvements: table.improvements ?? base.conclusions.improvements,
    },
  };
}
