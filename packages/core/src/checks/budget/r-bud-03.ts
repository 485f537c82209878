// R-BUD-03: a department budget listing its 预算单位 is consistent with them: the units' income adds up to the
// department's by source, and every functional line belongs to one listed unit (the 部门收入总表 and 部门支出总表
// show the department and each unit, so a line of no unit would make the unit rows miss it).
import { Decimal } from '../../money/decimal.ts';
import { incomeSources } from '../../budget/budget-model.ts';
import type { RuleReport, SubjectRule } from '../types.ts';

export const rule: SubjectRule<'budget'> = {
  meta: {
    id: 'R-BUD-03',
    severity: 'error',
    category: 'arithmetic',
    subjects: ['budget'],
    reference: 'DOMAIN §5.1',
    description: '部门所属预算单位的收入之和应等于部门收入，每条支出应属于一个所列单位',
    messages: {
      duplicateUnit: '单位代码 {code} 重复：每个预算单位只能列一次',
      unitIncome: '各预算单位的「{source}」合计 {units} 万元，部门为 {department} 万元：两者应相等',
      lineUnit: '第{row}行支出（{code}）{problem}：请选择所列的预算单位',
    },
  },
  check({ budget: b }) {
    const r: RuleReport[] = [];
    const codes = new Set<string>();
    b.units.forEach((u, i) => {
      if (codes.has(u.code))
        r.push({ messageId: 'duplicateUnit', path: `/units/${i}/code`, data: { code: u.code } });
      codes.add(u.code);
    });
    if (b.units.length > 0)
      for (const [key, label] of incomeSources) {
        const units = b.units.reduce((a, u) => a.plus(u.income[key]), new Decimal(0));
        if (!units.eq(b.income[key]))
          r.push({
            messageId: 'unitIncome',
            path: `/income/${key}`,
            data: {
              source: label,
              units: units.toFixed(2),
              department: new Decimal(b.income[key]).toFixed(2),
            },
          });
      }
    b.functional.forEach((l, i) => {
      const problem =
        b.units.length === 0
          ? l.unitCode !== null
            ? `写明了单位 ${l.unitCode}，但预算没有列出所属单位`
            : null
          : l.unitCode === null
            ? '没有写明所属预算单位'
            : codes.has(l.unitCode)
              ? null
              : `的单位代码 ${l.unitCode} 不在所列单位中`;
      if (problem)
        r.push({
          messageId: 'lineUnit',
          path: `/functional/${i}/unitCode`,
          data: { row: i + 1, code: l.code, problem },
        });
    });
    return r;
  },
};
