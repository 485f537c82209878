// The 工作台 summary: forms counted by status, and which forms wait for the signed-in role.
import { STATUS_ORDER, type FormStatus } from '../../../ui/status.ts';

export type { FormListItem } from '@jixiao/core/contracts';

export function countByStatus(items: readonly { status: string }[]): Record<FormStatus, number> {
  const out = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<FormStatus, number>;
  for (const i of items) if (i.status in out) out[i.status as FormStatus]++;
  return out;
}

/** The statuses in which a form waits for someone of this role to act. */
export const WAITING_STATUSES: Record<string, readonly FormStatus[]> = {
  filler: ['draft', 'returned'],
  reviewer: ['submitted'],
  finance: ['passed', 'approved'],
  admin: [],
};

export function waitingFor<T extends { status: string }>(role: string, items: readonly T[]): T[] {
  const statuses = WAITING_STATUSES[role] ?? [];
  const order = (s: string) => statuses.indexOf(s as FormStatus);
  return items.filter((i) => order(i.status) >= 0).sort((a, b) => order(a.status) - order(b.status));
}

/** Where a role opens a form from the 工作台. */
export function formLink(role: string, item: { id: string; status: string; kind: string }): string {
  if (
    role === 'filler' &&
    (item.status === 'draft' || item.status === 'returned') &&
    (item.kind === 'project' || item.kind === 'department')
  )
    return `/forms/${item.id}/edit`;
  if (role === 'reviewer' && item.status === 'submitted') return `/review/${item.id}`;
  if (role === 'finance' && (item.status === 'passed' || item.status === 'approved'))
    return `/approval/${item.id}`;
  return `/forms/${item.id}`;
}
