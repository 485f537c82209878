// R-PUB-06: a department publishes its budget within 20 days after finance approves it (财预〔2016〕143号,
// DOMAIN.md §5.1). Read from the disclosure's 批复 and 公开 dates; nothing is said when either is unknown.
import type { Rule } from '../types.ts';

const DAY = 86_400_000;
const parse = (d: string | null | undefined) => (d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) : null);

export const rule: Rule = {
  meta: {
    id: 'R-PUB-06',
    severity: 'warning',
    category: 'completeness',
    description: '部门预算应在财政部门批复后20日内公开',
    messages: {
      late: '预算于 {approvedOn} 批复，{publishedOn} 公开，相隔 {days} 日：应在批复后 20 日内公开',
      beforeApproval: '公开日期 {publishedOn} 早于批复日期 {approvedOn}：请核对日期',
    },
    appliesTo: ['disclosure'],
  },
  check(form) {
    if (form.kind !== 'disclosure') return [];
    const approved = parse(form.approvedOn);
    const published = parse(form.publishedOn);
    if (approved === null || published === null) return [];
    const days = Math.round((published - approved) / DAY);
    const data = { approvedOn: form.approvedOn!, publishedOn: form.publishedOn!, days };
    if (days < 0) return [{ messageId: 'beforeApproval', path: '/publishedOn', data }];
    return days > 20 ? [{ messageId: 'late', path: '/publishedOn', data }] : [];
  },
};
