// R-IND-19: a figure the goal text states is the figure of the indicator that restates it: "培训500人次" in the
// annual goal against "培训人次 ≥300人次" is a warning naming both (DOMAIN.md §1 R-IND-19). Only an indicator of
// the same unit whose name carries the goal's words is compared; a figure any indicator states is restated.
import { contradictions } from '../helpers/goal-figures.ts';
import { pointer } from '../helpers/pointer.ts';
import { isBlank } from '../helpers/text.ts';
import type { Rule, RuleReport } from '../types.ts';

export const rule: Rule = {
  meta: {
    id: 'R-IND-19',
    severity: 'warning',
    category: 'consistency',
    description: '绩效目标中写明的数量应与重述它的绩效指标的指标值一致',
    messages: {
      goalDiffers:
        '{goal}写「{words}{figure}」，而指标「{name}」的指标值为「{raw}」：同一数量在目标和指标中应一致，请核对',
    },
    subjects: ['form'],
    reference: 'DOMAIN §1 R-IND-19',
    appliesTo: ['project', 'department'],
  },
  check(form) {
    if (form.kind === 'disclosure') return [];
    const reports: RuleReport[] = [];
    form.goals.forEach((g, gi) => {
      if (isBlank(g.text)) return;
      const indicators = form.indicators
        .map((i, k) => ({ i, k }))
        .filter(({ i }) => i.term === g.term && i.target.kind === 'quantitative' && i.name)
        .map(({ i, k }) => ({
          name: i.name!,
          value: i.target.value,
          unit: i.target.unit,
          raw: i.target.raw,
          path: pointer('indicators', k, 'target'),
        }));
      for (const c of contradictions(g.text!, indicators))
        reports.push({
          messageId: 'goalDiffers',
          path: pointer('goals', gi, 'text'),
          data: {
            goal: g.label,
            words: c.figure.words,
            figure: c.figure.written,
            name: c.indicator.name,
            raw: c.indicator.raw,
          },
        });
    });
    return reports;
  },
};
