// Self-evaluations (绩效自评), next-year history and the finance dashboard over the API.
import type {
  EvaluationAction,
  EvaluationCandidate,
  EvaluationDashboard,
  EvaluationDashboardPage,
  EvaluationFormat,
  EvaluationSummary,
  EvaluationView,
  HistoryView,
  SelfEvaluationInput as EvaluationInput,
  StoredForm,
} from '@jixiao/core/contracts';
import { http, query } from '../../../api/http.ts';
import type { CursorPage } from '../../../api/use-cursor-list.ts';

export type {
  EvaluationAction,
  EvaluationDashboard as DashboardView,
  EvaluationDepartmentRow as DepartmentRow,
  EvaluationSummary,
  EvaluationView,
  HistoryView,
  IndicatorHistory,
  SelfEvaluationInput as EvaluationInput,
  SelfEvaluationRowInput as EvaluationRowInput,
} from '@jixiao/core/contracts';

export const selfEvaluationApi = {
  /** One page of the year's self-evaluations; `cursor` is the previous page's nextCursor. */
  list: (year: number | null, cursor?: string) =>
    http.get<CursorPage<EvaluationSummary>>(`/self-evaluations${query({ year, cursor })}`),
  /** The units to chase (催报) over the whole year, not only the pages read. */
  behind: (year: number) => http.get<{ units: string[] }>(`/self-evaluations/behind${query({ year })}`),
  candidates: (year: number) =>
    http.get<{ items: EvaluationCandidate[] }>(`/self-evaluations/candidates${query({ year })}`),
  create: (formId: string, year: number) => http.post<EvaluationView>('/self-evaluations', { formId, year }),
  get: (id: string) => http.get<EvaluationView>(`/self-evaluations/${id}`),
  /** `version` is the one the actor saw: a table changed since is refused with 409 stale-review. */
  transition: (id: string, action: EvaluationAction, version: number, opinion: string | null) =>
    http.post<{ status: string; version: number }>(
      `/self-evaluations/${id}/${action}`,
      opinion ? { version, opinion } : { version },
    ),
  save: (id: string, body: EvaluationInput) => http.put<EvaluationView>(`/self-evaluations/${id}`, body),
  importFile: (id: string, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return http.upload<EvaluationView>(`/self-evaluations/${id}/import`, form);
  },
  exportUrl: (id: string, format: EvaluationFormat) => `/api/self-evaluations/${id}/export?format=${format}`,
  /** 结果应用: next year's draft of a continuing project, its indicators linked to this year's. */
  draftNextYear: (formId: string, year: number) => http.post<StoredForm>(`/forms/${formId}/copy`, { year }),
  history: (formId: string) => http.get<HistoryView>(`/forms/${formId}/evaluation-history`),
  /** The year's dashboard, with the first page of its self-evaluation list. */
  dashboard: (year: number) => http.get<EvaluationDashboard>(`/evaluation/dashboard${query({ year })}`),
  /** The next page of the dashboard's self-evaluation list alone (加载更多), after `cursor`. */
  dashboardEvaluations: (year: number, cursor: string) =>
    http.get<EvaluationDashboardPage>(`/evaluation/dashboard/evaluations${query({ year, cursor })}`),
};
