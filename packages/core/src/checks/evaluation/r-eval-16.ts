// R-EVAL-16: a row's 实际完成值 is measured in the unit of its 年度指标值: a rate target (100%) with an actual
// counted in things (1000件, 5个) — or a count with a rate — compares two different quantities, so neither the
// completion nor the score can be read from it (DOMAIN.md §2 R-EVAL-16). A unit left off either side says nothing.
import type { SubjectRule } from '../types.ts';

const RATE = new Set(['%', '％', '‰']);

export const rule: SubjectRule<'evaluation-document'> = {
  meta: {
    id: 'R-EVAL-16',
    severity: 'warning',
    category: 'consistency',
    description: '自评表的实际完成值应与年度指标值使用同一计量单位（比率对比率、数量对数量）',
    messages: {
      unitDiffers:
        '「{name}」年度指标值为{target}（{targetKind}），实际完成值却为{actual}（{actualKind}）：二者不是同一计量，无法判断完成情况，请按指标值的单位填写实际完成值',
    },
    subjects: ['evaluation-document'],
    reference: 'DOMAIN §2 R-EVAL-16',
  },
  check({ doc }) {
    if (doc.kind !== 'self-evaluation') return [];
    return doc.indicators.flatMap((i, k) => {
      const [t, a] = [i.target, i.actual];
      if (t.kind !== 'quantitative' || a.kind !== 'quantitative' || !t.unit || !a.unit) return [];
      const [tRate, aRate] = [RATE.has(t.unit), RATE.has(a.unit)];
      if (tRate === aRate) return [];
      return [
        {
          messageId: 'unitDiffers',
          path: `/indicators/${k}/actual`,
          data: {
            name: i.name,
            target: t.raw,
            actual: a.raw,
            targetKind: tRate ? '比率' : '数量',
            actualKind: aRate ? '比率' : '数量',
          },
        },
      ];
    });
  },
};
