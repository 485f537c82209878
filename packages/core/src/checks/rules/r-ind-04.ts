// R-IND-04: every goal covers the main 一级: 效益 and 满意度 (and 成本 under 101号); department forms
// every 一级 of the department tree (DOMAIN §1.4, §4.1). 满意度 is found wherever the form's tree puts it: its
// own 一级, or a 二级 under 效益指标 in the 2015 layout (where such a row is no 效益 row).
import { isSatisfactionLevel, type Framework } from '../../frameworks/index.ts';
import { entriesUnderLevel1, slotsWhere } from '../helpers/completeness.ts';
import { goalGroups, groupPath, hasName, hasValue, type GoalGroup } from '../helpers/indicators.ts';
import { formFramework, isSatisfactionRow, levelsOf } from '../helpers/levels.ts';
import type { Rule, RuleReport } from '../types.ts';

const PROJECT_REQUIRED: ReadonlyArray<{ level1: string; messageId: string; only101?: boolean }> = [
  { level1: '成本指标', messageId: 'noCost', only101: true },
  { level1: '效益指标', messageId: 'noBenefit' },
  { level1: '满意度指标', messageId: 'noSatisfaction' },
];

/** The filled rows of a group that are 满意度 (satisfaction) or not, under a 一级 of the tree. */
function filledRows(group: GoalGroup, fw: Framework, level1: string, satisfaction: boolean) {
  return group.entries.filter((e) => {
    const ind = e.indicator;
    if (!hasName(ind) && !hasValue(ind)) return false;
    if (isSatisfactionRow(ind, fw) !== satisfaction) return false;
    return satisfaction || levelsOf(ind, fw).level1 === level1;
  });
}

export const rule: Rule = {
  meta: {
    id: 'R-IND-04',
    severity: 'warning',
    category: 'completeness',
    description: '每个绩效目标都有效益指标和满意度指标（101号体系还须有成本指标）；部门整体表覆盖各一级指标',
    messages: {
      noBenefit:
        '「{group}」没有效益指标：请在「效益指标」下至少填写一个三级指标，说明项目带来的社会、经济或生态效果',
      noSatisfaction:
        '「{group}」没有满意度指标：请填写服务对象满意度指标（如「服务对象满意度 ≥90%」）；确无明确服务对象的，请在审核意见中说明理由',
      noCost:
        '「{group}」没有成本指标：按财预〔2021〕101号体系，请在一级指标「成本指标」下填写经济成本指标（如「项目成本 ≤预算金额」）',
      missingDepartmentLevel1:
        '「{group}」没有一级指标「{level1}」下的指标：请按部门整体绩效指标体系补充该方面的三级指标',
    },
    subjects: ['form'],
    reference: 'DOMAIN §1.4 R-IND-04, §4.1',
    appliesTo: ['project', 'department'],
  },
  check(form) {
    if (form.kind === 'disclosure') return [];
    // The document stops inside the form (a cut copy): the 一级 it lacks may lie past the cut.
    if (form.cutOff) return [];
    const fw = formFramework(form);
    const reports: RuleReport[] = [];
    for (const group of goalGroups(form)) {
      const missing = (level1: string) => entriesUnderLevel1(group, fw, level1).length === 0;
      const at = (level1: string) =>
        slotsWhere(group, fw, (l) => l.level1 === level1)[0]?.path ?? groupPath(group);
      if (fw.scope === 'project') {
        for (const r of PROJECT_REQUIRED) {
          if (r.only101 && fw.id !== 'project-101') continue;
          const satisfaction = r.messageId === 'noSatisfaction';
          if (filledRows(group, fw, r.level1, satisfaction).length > 0) continue;
          const slot = satisfaction
            ? slotsWhere(group, fw, (l) => isSatisfactionLevel(fw, l.level1, l.level2))[0]?.path
            : undefined;
          reports.push({
            messageId: r.messageId,
            path: slot ?? at(r.level1),
            data: { group: group.label },
          });
        }
      } else {
        for (const l1 of fw.level1) {
          if (missing(l1.name))
            reports.push({
              messageId: 'missingDepartmentLevel1',
              path: at(l1.name),
              data: { group: group.label, level1: l1.name },
            });
        }
      }
    }
    return reports;
  },
};
