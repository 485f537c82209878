// Self-evaluations (绩效自评), next-year history and the finance dashboard over the API.
import type { SelfEvaluationInput as EvaluationInput } from '@jixiao/core/contracts';
import type { Finding, NewSelfEvaluation, SelfEvaluationScore } from '@jixiao/core';
import { http, query } from '../../../api/http.ts';
import type { TransitionRecord } from '../../evaluation-workflow/TransitionLog.tsx';

/** The review steps of a self-evaluation (server: self-evaluation-workflow.ts). */
export type EvaluationAction = 'submit' | 'review-return' | 'review-pass' | 'finance-return' | 'confirm';

export interface EvaluationSummary {
  id: string;
  formId: string;
  year: number;
  projectName: string;
  /** 项目编码 (absent for a 部门整体 form or an older server). */
  projectCode?: string | null;
  orgName: string;
  status: string;
  total: string | null;
  grade: string | null;
  executionRate: string | null;
}

export interface EvaluationView {
  evaluation: EvaluationSummary & { orgId: string; version: number; kind: 'project' | 'department' };
  data: NewSelfEvaluation;
  score: SelfEvaluationScore;
  overrides?: Array<{ name: string | null; computed: string; score: string; reason: string | null }>;
  findings?: Finding[];
  /** What the user may do now: `edit` and the review steps. */
  actions?: string[];
  transitions?: TransitionRecord[];
}

export type {
  SelfEvaluationInput as EvaluationInput,
  SelfEvaluationRowInput as EvaluationRowInput,
} from '@jixiao/core/contracts';

export interface IndicatorHistory {
  indicatorId: string;
  year: number | null;
  target: string;
  actual: string | null;
  weight: string | null;
  score: string | null;
  missed: boolean | null;
}

export interface HistoryView {
  items: IndicatorHistory[];
  findings: Finding[];
  lastYear: { year: number; total: string | null; grade: string | null; executionRate: string | null } | null;
}

export interface DepartmentRow {
  departmentId: string;
  department: string;
  evaluated: number;
  averageScore: string | null;
  grades: Record<'优' | '良' | '中' | '差', number>;
  executionRate: string | null;
  monitored: number;
  /** Monitored projects not started by their unit (未填报). */
  unfilled: number;
  red: number;
  yellow: number;
  monitoringRate: string | null;
}

export interface DashboardView {
  year: number;
  departments: DepartmentRow[];
  missedIndicators: Array<{
    name: string;
    level1: string | null;
    missed: number;
    evaluated: number;
    projects: string[];
  }>;
  warnings: Array<{
    entryId: string;
    projectName: string;
    /** 项目编码 (absent for a 部门整体 form or an older server). */
    projectCode?: string | null;
    orgName: string;
    roundTitle: string;
    worstLight: string;
    roundStatus: string;
    redCount: number;
    yellowCount: number;
  }>;
  evaluations: Array<{
    id: string;
    projectName: string;
    /** 项目编码 (absent for a 部门整体 form or an older server). */
    projectCode?: string | null;
    orgName: string;
    status: string;
    /** Only confirmed (财政审核确认) results count in the department scores. */
    confirmed: boolean;
    total: string | null;
    grade: string | null;
    executionRate: string | null;
  }>;
}

export const selfEvaluationApi = {
  list: (year: number | null) =>
    http.get<{ items: EvaluationSummary[] }>(`/self-evaluations${query({ year })}`),
  candidates: (year: number) =>
    http.get<{ items: Array<{ id: string; name: string; orgName: string }> }>(
      `/self-evaluations/candidates${query({ year })}`,
    ),
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
  exportUrl: (id: string, format: 'xlsx' | 'docx' | 'pdf') =>
    `/api/self-evaluations/${id}/export?format=${format}`,
  /** 结果应用: next year's draft of a continuing project, its indicators linked to this year's. */
  draftNextYear: (formId: string, year: number) =>
    http.post<{ meta: { id: string } }>(`/forms/${formId}/copy`, { year }),
  history: (formId: string) => http.get<HistoryView>(`/forms/${formId}/evaluation-history`),
  dashboard: (year: number) => http.get<DashboardView>(`/evaluation/dashboard${query({ year })}`),
};
