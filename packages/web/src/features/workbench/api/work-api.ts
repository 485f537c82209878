// 待我处理 and 催报 over /api/work and /api/reminders.
import { http, query } from '../../../api/http.ts';

export type WaitingKind = 'form' | 'monitoring' | 'self-evaluation' | 'round' | 'reminder';

export interface WaitingItem {
  kind: WaitingKind;
  id: string;
  title: string;
  orgName: string;
  status: string;
  detail: string | null;
  at: string;
  formKind?: string;
}

export interface ReminderRequest {
  year: number;
  kind: 'monitoring' | 'self-evaluation';
  roundId?: string;
  orgIds?: string[];
  message?: string;
}

export interface ReminderResult {
  reminded: { orgId: string; orgName: string; outstanding: number }[];
  emailed: number;
  emailFailed: number;
}

export const workApi = {
  waiting: (year: number | null) => http.get<{ items: WaitingItem[] }>(`/work/waiting${query({ year })}`),
  remind: (body: ReminderRequest) => http.post<ReminderResult>('/reminders', body),
  markRead: (id: string) => http.post<{ ok: true }>(`/reminders/${id}/read`),
};
