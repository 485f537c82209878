// Monitoring rounds and entries (绩效运行监控) over /api/monitoring.
import type { Light, MonitoringReport, NewMonitoringEntry } from '@jixiao/core';
import { http, query } from '../../../api/http.ts';
import type { TransitionRecord } from '../../evaluation-workflow/TransitionLog.tsx';

export interface ProgressUnit {
  orgId: string;
  orgName: string;
  entries: number;
  submitted: number;
  /** Tables not started (未填报). */
  unfilled: number;
  notSubmitted: { entryId: string; projectName: string; status: string }[];
}
export interface ProgressDepartment {
  departmentId: string;
  department: string;
  entries: number;
  submitted: number;
  unfilled: number;
  units: ProgressUnit[];
}

export interface RoundDetail {
  round: RoundSummary;
  entries: EntrySummary[];
  progress: ProgressDepartment[];
  transitions: TransitionRecord[];
}

export interface RoundSummary {
  id: string;
  year: number;
  month: number;
  title: string;
  status: string;
  entries: number;
  filled: number;
  submitted: number;
  unfilled: number;
  red: number;
  yellow: number;
}

export interface EntrySummary {
  id: string;
  formId: string;
  orgName: string;
  projectName: string;
  projectCode?: string | null; // 项目编码
  status: string;
  budgetLight: Light | null;
  worstLight: Light | null;
  redCount: number;
  yellowCount: number;
  executionRate: string | null;
}

export interface Candidate {
  id: string;
  name: string;
  orgName: string;
  budgetTotal: string | null;
  budgetCurrent: string | null;
}

export interface ReopenRequest {
  reason: string;
  returnEntryIds: string[];
}

export interface EntryView {
  /** Why finance reopened the round, while it is open again. */
  reopened?: { reason: string; at: string } | null;
  entry: {
    id: string;
    roundId: string;
    formId: string;
    orgId: string;
    orgName: string;
    projectName: string;
    projectCode?: string | null; // 项目编码
    status: string;
    version: number;
  };
  round: { id: string; year: number; month: number; title: string; status: string };
  data: NewMonitoringEntry;
  transitions?: TransitionRecord[];
  report: MonitoringReport;
  summary: {
    budgetLight: Light | null;
    worstLight: Light | null;
    redCount: number;
    yellowCount: number;
    executionRate: string | null;
    /** Indicators not started (未填报). */
    unreportedCount: number;
    incomplete: boolean;
  };
}

export interface EntryRowInput {
  indicatorId: string;
  actualToDate: string;
  expectedFullYear: string;
  grade: string | null;
  deviationReason: string | null;
  reasonText: string | null;
  likelihood: string | null;
  correctiveMeasure: string | null;
}

export interface EntryInput {
  version: number;
  budget: { annual: string; executedToDate: string; plannedShareToDate?: string | null };
  indicators: EntryRowInput[];
}

export const monitoringApi = {
  rounds: () => http.get<{ items: RoundSummary[] }>('/monitoring/rounds'),
  round: (id: string) => http.get<RoundDetail>(`/monitoring/rounds/${id}`),
  closeRound: (id: string) => http.post<{ round: RoundSummary }>(`/monitoring/rounds/${id}/close`),
  /** Reopens a closed round; `returnEntryIds` are submitted tables sent back to their units with the reason. */
  reopenRound: (id: string, body: ReopenRequest) =>
    http.post<{ round: RoundSummary; returned: number }>(`/monitoring/rounds/${id}/reopen`, body),
  /** 提交／撤回 the table at the version the unit sees (409 stale-review when it changed since). */
  markEntry: (id: string, action: 'submit' | 'withdraw', version: number) =>
    http.post<{ status: string; version: number }>(`/monitoring/entries/${id}/${action}`, { version }),
  candidates: (year: number) => http.get<{ items: Candidate[] }>(`/monitoring/candidates${query({ year })}`),
  openRound: (body: {
    year: number;
    month: number;
    title?: string;
    formIds: string[];
    thresholds?: { budgetRed: string; budgetYellow: string };
  }) => http.post<{ round: RoundSummary; entries: number }>('/monitoring/rounds', body),
  entry: (id: string) => http.get<EntryView>(`/monitoring/entries/${id}`),
  saveEntry: (id: string, body: EntryInput) => http.put<EntryView>(`/monitoring/entries/${id}`, body),
  importEntry: (id: string, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return http.upload<EntryView>(`/monitoring/entries/${id}/import`, form);
  },
  exportUrl: (id: string, format: 'xlsx' | 'docx' | 'pdf') =>
    `/api/monitoring/entries/${id}/export?format=${format}`,
};
