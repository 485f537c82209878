// Demo data of monitoring (issue 6): a 1–7月 round of the current year opened for the demo's approved
// project forms, so that a user of `npm start` can fill a monitoring table and then self-evaluate.
import type { Executor } from '../db/client.ts';
import type { AuditContext } from '../features/audit/audit.repo.ts';
import { listCandidates } from '../features/monitoring/monitoring.repo.ts';
import { openRound } from '../features/monitoring/monitoring.service.ts';

/** Opens the demo round; returns a note for the console, or null when no project is approved. */
export async function seedMonitoringRound(
  tx: Executor,
  ctx: AuditContext,
  regionCode: string,
  year: number,
): Promise<string | null> {
  const candidates = await listCandidates(tx, year);
  if (candidates.length === 0) return null;
  const { round, entries } = await openRound(tx, ctx, regionCode, {
    year,
    month: 7,
    title: `${year}年1—7月绩效运行监控（演示）`,
    formIds: candidates.map((c) => c.id),
  });
  return `已开启监控轮次「${round.title}」，${entries} 个已批复项目参与`;
}
