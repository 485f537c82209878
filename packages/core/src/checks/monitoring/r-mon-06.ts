// R-MON-06: a monitoring round's rows reuse the approved annual indicators' ids, one row each, with the
// approved target (DOMAIN §3).
import { approvedRowsMessages, approvedRowsReports } from '../helpers/approved-rows.ts';
import type { SubjectRule } from '../types.ts';

export const rule: SubjectRule<'approved-rows'> = {
  meta: {
    id: 'R-MON-06',
    severity: 'error',
    category: 'consistency',
    subjects: ['approved-rows'],
    reference: 'DOMAIN §3 R-MON-06',
    description: '监控表的指标沿用批复的年度绩效指标，一一对应，指标值与批复值一致',
    messages: approvedRowsMessages('监控'),
  },
  check(subject) {
    return subject.of === 'monitoring' ? approvedRowsReports(subject) : [];
  },
};
