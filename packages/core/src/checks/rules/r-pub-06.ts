// R-PUB-06: a department publishes its budget within 20 days after finance approves it (财预〔2016〕143号,
// DOMAIN.md §5.1). Read from the disclosure's 批复 and 公开 dates; nothing is said when either is unknown.
import type { Rule } from '../types.ts';

/** Days since 1970-01-01 of a YYYY-MM-DD date (civil calendar arithmetic; core reads no clock or Date). */
export function dayNumber(d: string | null | undefined): number | null {
  const m = d ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(d) : null;
  if (!m) return null;
  const [y0, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const y = month <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

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
    subjects: ['form'],
    reference: 'DOMAIN §5.1 R-PUB-06',
    appliesTo: ['disclosure'],
  },
  check(form) {
    if (form.kind !== 'disclosure') return [];
    const approved = dayNumber(form.approvedOn);
    const published = dayNumber(form.publishedOn);
    if (approved === null || published === null) return [];
    const days = published - approved;
    const data = { approvedOn: form.approvedOn!, publishedOn: form.publishedOn!, days };
    if (days < 0) return [{ messageId: 'beforeApproval', path: '/publishedOn', data }];
    return days > 20 ? [{ messageId: 'late', path: '/publishedOn', data }] : [];
  },
};
