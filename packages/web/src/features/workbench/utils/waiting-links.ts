// Where each kind of waiting work opens, and how its kind and state are named.
import { statusLabel as evaluationStatus } from '../../evaluation-workflow/labels.ts';
import { statusLabel as formStatus } from '../../../ui/status.ts';
import type { WaitingItem, WaitingKind } from '../api/work-api.ts';
import { formLink } from './status-summary.ts';

export const WAITING_KIND_LABELS: Record<WaitingKind, string> = {
  form: '绩效目标表',
  monitoring: '绩效监控表',
  'self-evaluation': '绩效自评表',
  round: '监控轮次',
  reminder: '催报通知',
};

export function waitingLink(role: string, item: WaitingItem): string {
  switch (item.kind) {
    case 'form':
      return formLink(role, { id: item.id, status: item.status, kind: item.formKind ?? 'project' });
    case 'monitoring':
      return `/monitoring/entries/${item.id}`;
    case 'self-evaluation':
      return `/self-evaluations/${item.id}`;
    case 'round':
      return `/monitoring?round=${item.id}`;
    case 'reminder':
      return '/';
  }
}

export function waitingStatus(item: WaitingItem): string {
  if (item.kind === 'form') return formStatus(item.status);
  if (item.kind === 'round') return '填报中';
  if (item.kind === 'reminder') return '未读';
  return evaluationStatus(item.status);
}

/** "2 张绩效目标表、1 张绩效监控表" — what waits, by kind, for the card's title. */
export function waitingSummary(items: readonly WaitingItem[]): string {
  const counts = new Map<WaitingKind, number>();
  for (const i of items) if (i.kind !== 'reminder') counts.set(i.kind, (counts.get(i.kind) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${WAITING_KIND_LABELS[k]} ${n}`).join('，');
}
