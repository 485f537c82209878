// R-EVAL-12: the sources of a 自评表's funds (财政拨款, 上年结转, 其他资金 …) add up to the 年度资金总额 row, in
// each column that at least two of them fill (年初预算数, 全年预算数, 全年执行数; ± 0.01 万元). One figure alone
// says nothing about the others left blank — unless the total is written as 0: blanks cannot be negative, so a
// zero total beside a source holding funds is a total row left unfilled (its 执行率 and 得分 follow it). A table that lists its funds under two classifications at once
// (按收入性质分 … 按支出性质分 …, 部门整体 tables) counts every yuan twice and is not summed.
import type { EvaluationBudgetLine } from '../../model/self-evaluation-document.ts';
import type { RuleReport, SubjectRule } from '../types.ts';
import { Decimal } from '../../money/decimal.ts';
import { differs, sumOf } from './sums.ts';

const COLUMNS = [
  { key: 'initial', label: '年初预算数' },
  { key: 'annual', label: '全年预算数' },
  { key: 'executed', label: '全年执行数' },
] as const;

const isClassificationHeading = (line: EvaluationBudgetLine) => /^按.{1,8}分/.test(line.name);

export const rule: SubjectRule<'evaluation-document'> = {
  meta: {
    id: 'R-EVAL-12',
    severity: 'error',
    category: 'arithmetic',
    description: '自评表资金情况中各资金来源之和等于年度资金总额',
    messages: {
      sourcesMismatch:
        '各资金来源的{column}合计{sum}万元（{parts}），与年度资金总额的{column}{stated}万元相差{diff}万元：请核对各资金来源或年度资金总额',
    },
    subjects: ['evaluation-document'],
    reference: 'DOMAIN §2.5 R-EVAL-12',
  },
  check({ doc }) {
    if (doc.kind !== 'self-evaluation' || doc.budget.sources.some(isClassificationHeading)) return [];
    const reports: RuleReport[] = [];
    for (const { key, label } of COLUMNS) {
      const stated = doc.budget[key];
      const given = doc.budget.sources.filter((s) => s[key] !== null);
      if (stated === null || given.length === 0) continue;
      if (given.length < 2 && !new Decimal(stated).isZero()) continue;
      const sum = sumOf(given.map((s) => s[key]));
      const diff = sum && differs(sum, stated);
      if (sum && diff)
        reports.push({
          messageId: 'sourcesMismatch',
          path: `/budget/${key}`,
          data: {
            column: label,
            sum: sum.toFixed(),
            parts: given.map((s) => `${s.name} ${s[key]}`).join(' + '),
            stated,
            diff: diff.toFixed(),
          },
        });
    }
    return reports;
  },
};
