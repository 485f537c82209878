// R-EVAL-11 (published side): 预算执行率 is scored once — on the 年度资金总额 row, or on one indicator of that
// meaning, never on several budget rows (基本支出, 项目支出 …) nor both ways. A source row that repeats the
// total row's 分值, 执行率 and 得分 cell for cell is a merged cell printed on every row, not a second award;
// a row whose 分值 is not the criterion's points is another figure read into that column and is left out.
import { decimalOf } from '../../evaluation/format.ts';
import type { EvaluationBudgetLine, SelfEvaluationDocument } from '../../model/self-evaluation-document.ts';
import { pointer } from '../helpers/pointer.ts';
import type { RuleReport, SubjectRule } from '../types.ts';

const same = (a: string | null, b: string | null) => {
  const x = decimalOf(a);
  const y = decimalOf(b);
  return x === null || y === null ? x === y : x.eq(y);
};

/** An indicator that restates the budget criterion: 预算执行率, 资金执行率, 预算资金执行率 … */
const isExecutionIndicator = (name: string) => /(预算|资金|支出)[^，,]{0,4}执行率/.test(name);

function awardingSources(doc: SelfEvaluationDocument): Array<{ line: EvaluationBudgetLine; index: number }> {
  const criterion = doc.budget.weight ?? '10';
  const total = doc.budget;
  return doc.budget.sources
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => line.score !== null && same(line.weight, criterion))
    .filter(({ line }) => !(total.score !== null && same(line.score, total.score) && sameRate(line, total)));
}

/** 执行数 ÷ 预算数 of a row, to the tenth of a percent; null when either is not printed. */
function ownRate(line: Pick<EvaluationBudgetLine, 'initial' | 'annual' | 'executed'>): string | null {
  const base = decimalOf(line.annual) ?? decimalOf(line.initial);
  const executed = decimalOf(line.executed);
  return base === null || executed === null || base.isZero() ? null : executed.div(base).mul(100).toFixed(1);
}

/**
 * The row's 执行率 is the total's: the printed rates agree, or, where neither row prints one, the rates their own
 * amounts give (基本支出 914.97 of 985.19 = 92.9 % is not a copy of the total's 1268.72 of 1172.55 = 108.2 %).
 */
function sameRate(line: EvaluationBudgetLine, total: SelfEvaluationDocument['budget']): boolean {
  if (line.rate !== null || total.rate !== null) return same(line.rate, total.rate);
  const [a, b] = [ownRate(line), ownRate(total)];
  return a === null || b === null || a === b;
}

export const rule: SubjectRule<'evaluation-document'> = {
  meta: {
    id: 'R-EVAL-11',
    severity: 'error',
    category: 'consistency',
    description: '预算执行率只计分一次：不在多个资金行重复计分，也不与同义指标重复计分',
    messages: {
      severalRows:
        '预算执行率（{weight}分）在{rows}上各计了分（{scores}）：预算执行率只能按年度资金总额计分一次，请删去其余各行的得分',
      bothWays:
        '预算执行率已在资金情况中计{score}分，指标「{name}」又以{indicatorWeight}分计了预算执行率：同一标准只能计分一次，须删去其中一处',
    },
    subjects: ['evaluation-document'],
    reference: 'DOMAIN §2.5 R-EVAL-11',
  },
  check({ doc }) {
    if (doc.kind !== 'self-evaluation') return [];
    const reports: RuleReport[] = [];
    const totalAwards = doc.budget.weight !== null && doc.budget.score !== null;
    const sources = awardingSources(doc);
    const rows = [
      ...(totalAwards ? [{ name: '年度资金总额', score: doc.budget.score! }] : []),
      ...sources.map((s) => ({ name: s.line.name, score: s.line.score! })),
    ];
    if (rows.length > 1)
      reports.push({
        messageId: 'severalRows',
        path: pointer('budget', 'sources', sources[totalAwards ? 0 : 1]!.index, 'score'),
        data: {
          weight: doc.budget.weight ?? sources[0]!.line.weight,
          rows: rows.map((r) => `「${r.name}」`).join('、'),
          scores: rows.map((r) => `${r.name} ${r.score}分`).join('，'),
        },
      });
    if (totalAwards)
      doc.indicators.forEach((ind, i) => {
        const w = decimalOf(ind.weight);
        if (w !== null && w.gt(0) && isExecutionIndicator(ind.name))
          reports.push({
            messageId: 'bothWays',
            path: pointer('indicators', i, 'weight'),
            data: { score: doc.budget.score, name: ind.name, indicatorWeight: ind.weight },
          });
      });
    return reports;
  },
};
