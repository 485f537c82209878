// R-PUB-07: the project forms published with a disclosure add up to its 项目支出 (DOMAIN.md §5).
import type { ProjectForm } from '../../model/project-form.ts';
import { Decimal } from '../../money/decimal.ts';
import { compareValues } from '../helpers/amounts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  meta: {
    id: 'R-PUB-07',
    severity: 'error',
    category: 'consistency',
    description: '公开的项目绩效目标表的当年预算之和应等于部门预算公开的项目支出',
    messages: {
      sumDiffers:
        '公开的 {count} 个项目绩效目标表当年预算合计 {sum} 万元，而项目支出为 {disclosed} 万元（相差 {diff}）：请补齐或核对项目表',
    },
    subjects: ['form'],
    reference: 'DOMAIN §5 R-PUB-07',
    appliesTo: ['disclosure'],
  },
  check(form, ctx) {
    if (form.kind !== 'disclosure') return [];
    const disclosed = form.figures['projectExpenditure'];
    const projects = ctx.siblings.filter((s): s is ProjectForm => s.kind === 'project');
    if (!disclosed || projects.length === 0) return [];
    const amounts = projects.map((p) => p.budget.current ?? p.budget.total);
    if (amounts.some((a) => a === null)) return [];
    const sum = amounts.reduce((a, v) => a.plus(v!), new Decimal(0));
    const c = compareValues(sum, new Decimal(disclosed), [disclosed, ...amounts]);
    if (c.outcome === 'equal') return [];
    return [
      {
        messageId: 'sumDiffers',
        path: '/figures/projectExpenditure',
        data: { count: projects.length, sum: sum.toFixed(), disclosed, diff: c.difference.abs().toFixed() },
        ...(c.outcome === 'rounding' ? { severity: 'info' as const } : {}),
      },
    ];
  },
};
