import { describe, expect, it } from 'vitest';
import type { WaitingItem } from '../api/work-api.ts';
import { waitingLink, waitingStatus, waitingSummary } from './waiting-links.ts';

const item = (kind: WaitingItem['kind'], status: string, extra: Partial<WaitingItem> = {}): WaitingItem => ({
  kind,
  id: 'x1',
  title: '项目',
  orgName: '单位',
  status,
  detail: null,
  at: '2026-01-01T00:00:00Z',
  ...extra,
});

describe('waiting work', () => {
  it('opens each kind where its next step is taken', () => {
    expect(waitingLink('filler', item('form', 'returned', { formKind: 'project' }))).toBe('/forms/x1/edit');
    expect(waitingLink('reviewer', item('form', 'submitted'))).toBe('/review/x1');
    expect(waitingLink('filler', item('monitoring', 'unfilled'))).toBe('/monitoring/entries/x1');
    expect(waitingLink('reviewer', item('self-evaluation', 'submitted'))).toBe('/self-evaluations/x1');
    expect(waitingLink('finance', item('round', 'open'))).toBe('/monitoring?round=x1');
  });
  it('names states in Chinese and counts by kind, leaving reminders out of the count', () => {
    expect(waitingStatus(item('monitoring', 'unfilled'))).toBe('未填报');
    expect(waitingStatus(item('form', 'returned'))).toBe('已退回');
    expect(
      waitingSummary([
        item('form', 'draft'),
        item('monitoring', 'pending'),
        item('monitoring', 'unfilled'),
        item('reminder', 'monitoring'),
      ]),
    ).toBe('绩效目标表 1，绩效监控表 2');
  });
});
