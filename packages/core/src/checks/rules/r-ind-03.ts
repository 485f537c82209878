// R-IND-03: every goal of a project-framework table has at least one filled 数量指标 (DOMAIN §1.4). A term
// whose table is left wholly blank (template 二级 slots only, not one row named) beside a filled one is a goal
// the unit did not set — a one-year project's 长期 columns, say — not a goal without quantity.
import { entriesUnderLevel2, lacksQuantity, slotsWhere } from '../helpers/completeness.ts';
import { goalGroups, groupPath } from '../helpers/indicators.ts';
import { formFramework } from '../helpers/levels.ts';
import type { Rule, RuleReport } from '../types.ts';

export const rule: Rule = {
  meta: {
    id: 'R-IND-03',
    severity: 'error',
    category: 'completeness',
    description: '每个绩效目标至少有一个已填写的数量指标',
    messages: {
      noQuantity:
        '「{group}」没有填写数量指标：请在「产出指标—数量指标」下至少填写一个三级指标及其指标值，写明要完成的工作量（如「培训人数 ≥100人次」）',
    },
    subjects: ['form'],
    reference: 'DOMAIN §1.4 R-IND-03',
    appliesTo: ['project', 'department'],
  },
  check(form) {
    if (form.kind === 'disclosure') return [];
    const fw = formFramework(form);
    if (fw.scope !== 'project') return [];
    // The document stops inside the form (a cut copy): its 数量指标 may lie past the cut.
    if (form.cutOff) return [];
    const reports: RuleReport[] = [];
    const groups = goalGroups(form);
    const anySet = groups.some((g) => g.entries.length > 0);
    for (const group of groups) {
      if (anySet && group.entries.length === 0) continue;
      if (!lacksQuantity(group, fw)) continue;
      const slot = slotsWhere(group, fw, (l) => l.level2 === '数量指标')[0];
      const row = entriesUnderLevel2(group, fw, '数量指标')[0];
      reports.push({
        messageId: 'noQuantity',
        path: slot?.path ?? (row ? `${row.path}/name` : groupPath(group)),
        data: { group: group.label },
      });
    }
    return reports;
  },
};
