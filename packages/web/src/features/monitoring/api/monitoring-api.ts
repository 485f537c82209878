// Monitoring rounds and entries (绩效运行监控) over /api/monitoring.
import type {
  EntryView,
  EvaluationFormat,
  MonitoringCandidate,
  MonitoringInput,
  RoundRecord,
  ReopenBody,
  RoundBody,
  RoundDetail,
  RoundEntriesPage,
  RoundEntriesQuery,
  RoundSummary,
} from '@jixiao/core/contracts';
import { http, query } from '../../../api/http.ts';

export type {
  EntrySummary,
  EntryView,
  MonitoringCandidate as Candidate,
  ProgressDepartment,
  ProgressUnit,
  RoundDetail,
  RoundSummary,
} from '@jixiao/core/contracts';
export type {
  MonitoringInput as EntryInput,
  MonitoringInputRow as EntryRowInput,
  ReopenBody as ReopenRequest,
} from '@jixiao/core/contracts';

export const monitoringApi = {
  rounds: () => http.get<{ items: RoundSummary[] }>('/monitoring/rounds'),
  round: (id: string) => http.get<RoundDetail>(`/monitoring/rounds/${id}`),
  /** A page of the round's entries (latest changed first), from the previous page's cursor. */
  roundEntries: (id: string, cursor?: string, status?: RoundEntriesQuery['status'], orgId?: string) =>
    http.get<RoundEntriesPage>(`/monitoring/rounds/${id}/entries${query({ cursor, status, orgId })}`),
  closeRound: (id: string) => http.post<{ round: RoundRecord }>(`/monitoring/rounds/${id}/close`),
  /** Reopens a closed round; `returnEntryIds` are submitted tables sent back to their units with the reason. */
  reopenRound: (id: string, body: ReopenBody) =>
    http.post<{ round: RoundRecord; returned: number }>(`/monitoring/rounds/${id}/reopen`, body),
  /** 提交／撤回 the table at the version the unit sees (409 stale-review when it changed since). */
  markEntry: (id: string, action: 'submit' | 'withdraw', version: number) =>
    http.post<{ status: string; version: number }>(`/monitoring/entries/${id}/${action}`, { version }),
  candidates: (year: number) =>
    http.get<{ items: MonitoringCandidate[] }>(`/monitoring/candidates${query({ year })}`),
  openRound: (body: RoundBody) =>
    http.post<{ round: RoundRecord; entries: number }>('/monitoring/rounds', body),
  entry: (id: string) => http.get<EntryView>(`/monitoring/entries/${id}`),
  saveEntry: (id: string, body: MonitoringInput) => http.put<EntryView>(`/monitoring/entries/${id}`, body),
  importEntry: (id: string, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return http.upload<EntryView>(`/monitoring/entries/${id}/import`, form);
  },
  exportUrl: (id: string, format: EvaluationFormat) =>
    `/api/monitoring/entries/${id}/export?format=${format}`,
};
