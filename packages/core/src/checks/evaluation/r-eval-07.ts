// R-EVAL-07: a self-evaluation's rows map one-to-one to the approved annual indicators (same id); a changed
// target needs an approved 绩效目标调整 (DOMAIN §2, FASP2 PERF_T_ADJUSTINDEX).
import { approvedRowsMessages, approvedRowsReports } from '../helpers/approved-rows.ts';
import type { SubjectRule } from '../types.ts';

export const rule: SubjectRule<'approved-rows'> = {
  meta: {
    id: 'R-EVAL-07',
    severity: 'error',
    category: 'consistency',
    subjects: ['approved-rows'],
    reference: 'DOMAIN §2 R-EVAL-07',
    description: '自评表的指标与批复的年度绩效指标一一对应，指标值与批复值一致',
    messages: approvedRowsMessages('自评'),
  },
  check(subject) {
    return subject.of === 'self-evaluation' ? approvedRowsReports(subject) : [];
  },
};
