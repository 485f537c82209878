// R-EVAL-07 / R-MON-06: the rows of a self-evaluation or a monitoring round map one-to-one to the approved
// annual indicators by id — no row repeated, none added, none missing — and keep the approved target.
import type { Indicator } from '../../model/indicator.ts';
import type { IndicatorValue } from '../../model/indicator-value.ts';
import { readPair } from '../../evaluation/quantities.ts';
import type { ApprovedRowsSubject } from '../subjects.ts';
import type { RuleReport } from '../types.ts';

/** The approved annual (年度) indicators that carry an id: what monitoring and self-evaluation measure. */
export function approvedAnnualIndicators(approved: readonly Indicator[]): Indicator[] {
  return approved.filter((i) => i.term === 'annual' && i.id !== undefined && i.id !== '');
}

function sameTarget(a: IndicatorValue, b: IndicatorValue): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'empty') return true;
  if (a.kind === 'qualitative')
    return (a.text ?? a.raw).replace(/\s+/g, '') === (b.text ?? b.raw).replace(/\s+/g, '');
  if (a.op !== b.op) return false;
  const p = readPair(a, b, '目标值');
  return p.ok && p.value.actual.eq(p.value.target);
}

/** Reports `duplicate`, `notApproved`, `targetChanged` (a warning) and `missing`, in that walk order. */
export function approvedRowsReports(subject: ApprovedRowsSubject): RuleReport[] {
  const reports: RuleReport[] = [];
  const approvedById = new Map(approvedAnnualIndicators(subject.approved).map((i) => [i.id!, i]));
  const seen = new Set<string>();
  subject.rows.forEach((row, i) => {
    const a = approvedById.get(row.indicatorId);
    const name = row.name ?? row.indicatorId;
    if (seen.has(row.indicatorId)) {
      reports.push({ messageId: 'duplicate', path: `/indicators/${i}`, data: { name } });
      return;
    }
    seen.add(row.indicatorId);
    if (!a) {
      reports.push({ messageId: 'notApproved', path: `/indicators/${i}`, data: { name } });
      return;
    }
    if (!sameTarget(row.target, a.target))
      reports.push({
        messageId: 'targetChanged',
        path: `/indicators/${i}/target`,
        severity: 'warning',
        data: { name, target: row.target.raw, approved: a.target.raw },
      });
  });
  for (const [id, a] of approvedById)
    if (!seen.has(id))
      reports.push({ messageId: 'missing', path: '/indicators', data: { name: a.name ?? id } });
  return reports;
}

/** The messages both rules share; `missing` names what the row is for (自评 / 监控). */
export function approvedRowsMessages(what: '自评' | '监控'): Record<string, string> {
  return {
    duplicate: '「{name}」重复出现：每个批复指标只能有一行',
    notApproved: '「{name}」不是批复的年度绩效指标：自评与监控只能使用批复的指标，不得新增',
    targetChanged:
      '「{name}」的年度指标值「{target}」与批复值「{approved}」不一致：须有经批准的绩效目标调整记录，否则按批复值评价',
    missing: `批复指标「{name}」缺少对应行：请补充该指标的${what}情况`,
  };
}
