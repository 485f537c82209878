// R-EVAL-04 (published side): the 分值 add up — under each 一级 that states its points (产出指标（50分）) and,
// with the 预算执行率's, to the 总分 row's 分值. Sub-rows without a 分值 (其中…) are not counted.
import { Decimal } from '../../money/decimal.ts';
import { pointer } from '../helpers/pointer.ts';
import type { RuleReport, SubjectRule } from '../types.ts';
import { differs, sumOf } from './sums.ts';

export const rule: SubjectRule<'evaluation-document'> = {
  meta: {
    id: 'R-EVAL-04',
    severity: 'error',
    category: 'arithmetic',
    description: '自评表各一级指标下的分值之和等于其标明的分值，全部分值之和等于总分的分值',
    messages: {
      level1Mismatch:
        '「{level1}」标明{stated}分，其下各项指标的分值合计为{sum}分（相差{diff}分）：请核对该一级指标下的分值',
      totalMismatch:
        '预算执行率和各项指标的分值合计为{sum}分，与总分的分值{stated}分相差{diff}分：请核对各项分值或总分',
    },
    subjects: ['evaluation-document'],
    reference: 'DOMAIN §2.2 R-EVAL-04',
  },
  check({ doc }) {
    if (doc.kind !== 'self-evaluation') return [];
    const reports: RuleReport[] = [];
    // A copy cut inside the table (cutOff) lacks the rows past the cut: a sum short of what is stated may be
    // theirs, in the 一级 the cut lies in and in the total; a sum above it is wrong whatever follows.
    const cutLevel1 = doc.cutOff ? (doc.indicators.at(-1)?.level1 ?? null) : null;
    const short = (sum: Decimal, stated: string) => sum.lt(new Decimal(stated));
    // A row read with its values but no 分值 (not a 其中 sub-row) may hold the points the sum lacks: a sum short
    // of what is stated is not judged then (a copy run together may leave a row's 分值 unplaced).
    const unplaced = (rows: typeof doc.indicators) =>
      rows.some(
        (i) => i.weight === null && !/^其中/.test(i.name) && (i.target.raw !== '' || i.actual.raw !== ''),
      );
    doc.level1Weights.forEach((l, k) => {
      const rows = doc.indicators.filter((i) => i.level1 === l.level1);
      const sum = sumOf(rows.map((i) => i.weight));
      const diff = sum && differs(sum, l.weight);
      if (sum && diff && !((l.level1 === cutLevel1 || unplaced(rows)) && short(sum, l.weight)))
        reports.push({
          messageId: 'level1Mismatch',
          path: pointer('level1Weights', k, 'weight'),
          data: { level1: l.level1, stated: l.weight, sum: sum.toFixed(), diff: diff.toFixed() },
        });
    });
    // A template without per-indicator 分值 (e.g. 022) says nothing about how its points add up.
    if (doc.indicators.every((i) => i.weight === null)) return reports;
    const sum = sumOf([doc.budget.weight, ...doc.indicators.map((i) => i.weight)]);
    const diff = sum && doc.totalWeight !== null && differs(sum, doc.totalWeight);
    if (sum && diff && !((doc.cutOff || unplaced(doc.indicators)) && short(sum, doc.totalWeight!)))
      reports.push({
        messageId: 'totalMismatch',
        path: '/totalWeight',
        data: { sum: sum.toFixed(), stated: doc.totalWeight, diff: diff.toFixed() },
      });
    return reports;
  },
};
