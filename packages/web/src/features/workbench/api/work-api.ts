// 待我处理 and 催报 over /api/work and /api/reminders.
import { http, query } from '../../../api/http.ts';

import type { ReminderRequest, ReminderResult, WaitingItem } from '@jixiao/core/contracts';

export type { ReminderRequest, ReminderResult, WaitingItem, WaitingKind } from '@jixiao/core/contracts';

export const workApi = {
  waiting: (year: number | null) => http.get<{ items: WaitingItem[] }>(`/work/waiting${query({ year })}`),
  remind: (body: ReminderRequest) => http.post<ReminderResult>('/reminders', body),
  markRead: (id: string) => http.post<{ ok: true }>(`/reminders/${id}/read`),
};
