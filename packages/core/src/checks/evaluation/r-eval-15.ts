// R-EVAL-15: a figure the 自评表's goal text states (年初设定目标) is the figure of the indicator that restates
// it: "采购马铃薯原原种425万粒" against 数量指标 "免费发放原原种 550万粒" is a warning naming both (DOMAIN.md §2
// R-EVAL-15; the target forms' R-IND-19 reads the same way). Only an indicator of the same unit whose name carries
// the goal's words for the figure is compared, against its 年度指标值.
import { contradictions } from '../helpers/goal-figures.ts';
import type { SubjectRule } from '../types.ts';

export const rule: SubjectRule<'evaluation-document'> = {
  meta: {
    id: 'R-EVAL-15',
    severity: 'warning',
    category: 'consistency',
    description: '自评表年度总体目标中写明的数量应与重述它的绩效指标的年度指标值一致',
    messages: {
      goalDiffers:
        '年度总体目标写「{words}{figure}」，而指标「{name}」的年度指标值为「{raw}」：同一数量在目标和指标中应一致，请核对',
    },
    subjects: ['evaluation-document'],
    reference: 'DOMAIN §2 R-EVAL-15',
  },
  check({ doc }) {
    if (doc.kind !== 'self-evaluation') return [];
    const indicators = doc.indicators
      .map((i, k) => ({
        name: i.name,
        value: i.target.kind === 'quantitative' ? i.target.value : null,
        unit: i.target.unit,
        raw: i.target.raw,
        path: `/indicators/${k}/target`,
      }))
      .filter((i) => i.value !== null);
    return doc.goals.flatMap((g, gi) =>
      g.expected
        ? contradictions(g.expected, indicators).map((c) => ({
            messageId: 'goalDiffers',
            path: `/goals/${gi}/expected`,
            data: {
              words: c.figure.words,
              figure: c.figure.written,
              name: c.indicator.name,
              raw: c.indicator.raw,
            },
          }))
        : [],
    );
  },
};
