// An imported 自评表 → the save input of the project's self-evaluation, for the pairs the user confirmed:
// actuals, published 分值, deviation reasons, the budget's figures and the goals' outcome. The save then goes
// through the same service as typed input (checks, versions, workflow). Published 得分 that differ from the
// computed ones are kept as hand-set scores naming their source, when they lie in the allowed band; what
// could not be taken is said in `notes`, never dropped quietly.
import {
  amountString,
  newSelfEvaluationSchema,
  selfEvaluationGradeSchema,
  Decimal,
  type NewSelfEvaluation,
  type SelfEvaluationDocument,
  type SelfEvaluationDocumentIndicator,
  type SelfEvaluationGrade,
} from '@jixiao/core';
import { scoreOf } from '../self-evaluation/self-evaluation-scoring.ts';
import {
  applySelfEvaluationInput,
  inputOf,
  type SelfEvaluationSaveInput,
} from '../self-evaluation/self-evaluation-input.ts';

export interface PairChoice {
  row: number;
  indicatorId: string | null;
}

export interface FillOptions {
  usePublishedScores: boolean;
  /** The file name, named as the source of hand-set scores. */
  source: string;
}

const POINTS = /^\d{1,3}(\.\d{1,2})?$/;

function decimal(s: string | null): Decimal | null {
  if (s === null || !/^\d+(\.\d+)?$/.test(s)) return null;
  return new Decimal(s);
}

/** A qualitative row's grade: as printed when it is a dictionary word, else from the published score. */
function gradeOf(row: SelfEvaluationDocumentIndicator): SelfEvaluationGrade | null {
  const said = selfEvaluationGradeSchema.safeParse(row.actual.raw.trim());
  if (said.success) return said.data;
  const score = decimal(row.score);
  const weight = decimal(row.weight);
  if (!score || !weight || weight.isZero()) return null;
  if (score.gte(weight)) return '达成年度指标';
  return score.isZero() ? '未达成年度指标且效果较差' : '部分达成年度指标并具有一定效果';
}

const amount = (s: string | null) => (s !== null && amountString.safeParse(s).success ? s : null);

function scored(stored: NewSelfEvaluation, input: SelfEvaluationSaveInput) {
  return scoreOf(newSelfEvaluationSchema.parse(applySelfEvaluationInput(stored, input)));
}

export function selfEvaluationInputFromDocument(
  stored: NewSelfEvaluation,
  version: number,
  doc: SelfEvaluationDocument,
  pairs: readonly PairChoice[],
  options: FillOptions,
): { input: SelfEvaluationSaveInput; notes: string[] } {
  const notes: string[] = [];
  const base = inputOf(stored, version);
  const rowOf = new Map<string, SelfEvaluationDocumentIndicator>();
  for (const p of pairs) if (p.indicatorId) rowOf.set(p.indicatorId, doc.indicators[p.row]!);
  const skipped = pairs.filter((p) => p.indicatorId === null).length;
  if (skipped > 0) notes.push(`表中 ${skipped} 行未导入（选择了“不导入”或没有对应的批复指标）`);

  const indicators = base.indicators.map((ind, i) => {
    const row = rowOf.get(ind.indicatorId);
    if (!row) return ind;
    const qualitative = stored.indicators[i]!.target.kind === 'qualitative';
    const grade = qualitative ? gradeOf(row) : ind.grade;
    if (qualitative && grade === null)
      notes.push(
        `定性指标「${stored.indicators[i]!.name}」的完成情况「${row.actual.raw}」不能判定等级：请在自评表中选择`,
      );
    return {
      ...ind,
      weight: row.weight !== null && POINTS.test(row.weight) ? row.weight : ind.weight,
      actual: qualitative ? '' : row.actual.raw,
      grade,
      deviationAnalysis: row.deviationReason ?? ind.deviationAnalysis,
    };
  });
  const unfilled = stored.indicators.filter((s) => !rowOf.has(s.indicatorId)).map((s) => `「${s.name}」`);
  if (unfilled.length > 0) notes.push(`批复指标${unfilled.join('、')}没有导入值，保留原有内容`);

  let input: SelfEvaluationSaveInput = {
    ...base,
    budget: {
      initial: amount(doc.budget.initial) ?? base.budget.initial,
      annual: amount(doc.budget.annual) ?? base.budget.annual,
      executed: amount(doc.budget.executed) ?? base.budget.executed,
    },
    goals: base.goals.map((g, i) => ({ ...g, achieved: doc.goals[i]?.achieved ?? g.achieved })),
    indicators,
  };

  // Published 分值 that do not fit the project's weight scheme are left out (scored by the scheme instead).
  let score = scored(stored, input);
  const weightErrors = score.errors.some(
    (e) => e.code === 'invalid-weight' || /\/weight$/.test(e.path ?? ''),
  );
  if (weightErrors && indicators.some((ind, i) => ind.weight !== base.indicators[i]!.weight)) {
    input = {
      ...input,
      indicators: input.indicators.map((ind, i) => ({ ...ind, weight: base.indicators[i]!.weight })),
    };
    score = scored(stored, input);
    notes.push('表中的分值与本项目的权重方案不符，未采用：按权重方案计分');
  }
  if (!options.usePublishedScores) return { input, notes };

  // Published 得分 that differ from the computed ones: kept as hand-set scores with their source.
  const reason = `按导入的《${options.source}》中公布的得分`;
  const overridden = new Set<number>();
  const withOverrides = input.indicators.map((ind, i) => {
    const row = rowOf.get(ind.indicatorId);
    const published = decimal(row?.score ?? null);
    const r = score.indicators[i]?.result;
    if (!published || !r?.ok || published.minus(r.value.computed).abs().lte('0.005')) return ind;
    overridden.add(i);
    return { ...ind, override: { score: row!.score!, reason } };
  });
  if (overridden.size === 0) return { input, notes };
  let next = { ...input, indicators: withOverrides };
  const refused = scored(stored, next).errors.filter((e) =>
    /^\/indicators\/\d+\/override/.test(e.path ?? ''),
  );
  const refusedRows = new Set(refused.map((e) => Number(/^\/indicators\/(\d+)/.exec(e.path!)![1])));
  if (refusedRows.size > 0) {
    next = {
      ...next,
      indicators: next.indicators.map((ind, i) => (refusedRows.has(i) ? input.indicators[i]! : ind)),
    };
    for (const i of refusedRows)
      notes.push(
        `「${stored.indicators[i]!.name}」表中得分 ${rowOf.get(next.indicators[i]!.indicatorId)!.score} 超出允许范围，未采用：按计算得分`,
      );
  }
  const kept = [...overridden].filter((i) => !refusedRows.has(i));
  if (kept.length > 0)
    notes.push(
      `${kept.map((i) => `「${stored.indicators[i]!.name}」`).join('、')}采用表中公布的得分（与计算得分不同，作为人工调整记录）`,
    );
  return { input: next, notes };
}
