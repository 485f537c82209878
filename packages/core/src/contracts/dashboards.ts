// /api/dashboards and /api/evaluation-dashboard: the year's summaries.
import { z } from 'zod';
import { pageOf, pageQuery, yearQuery } from './common.ts';

export const dashboardQuery = z.object({
  year: z.coerce
    .number({ message: '年度须为数字' })
    .int('年度须为整数')
    .min(2000, '年度须在 2000 至 2100 之间')
    .max(2100, '年度须在 2000 至 2100 之间')
    .optional(),
});

/** One form behind the dashboard's figures. */
export const dashboardForm = z.object({
  id: z.string(),
  name: z.string(),
  orgName: z.string(),
  /** The department (the viewer's direct child organisation, or the viewer's own) the form counts under. */
  group: z.string(),
  kind: z.string(),
  status: z.string(),
  category: z.string().nullable(),
  budgetTotal: z.string().nullable(),
  /** The approved budget (latest 批复), when approved. */
  approvedTotal: z.string().nullable(),
  indicators: z.number(),
  quantified: z.number(),
  /** Rule ids of the form's findings, one entry per finding. */
  rules: z.array(z.string()),
});
export type DashboardForm = z.input<typeof dashboardForm>;

/** A frequent defect: one rule's message, how often, with one example. */
export const dashboardDefect = z.object({
  rule: z.string(),
  messageId: z.string(),
  severity: z.string(),
  description: z.string(),
  example: z.string(),
  count: z.number(),
});
export type DashboardDefect = z.input<typeof dashboardDefect>;

/** GET /api/dashboards — the year's figures and the forms behind them. */
export const dashboardResponse = z.object({
  year: z.number().nullable(),
  truncated: z.boolean(),
  statuses: z.array(z.string()).readonly(),
  byStatus: z.array(
    z.object({ group: z.string(), counts: z.record(z.string(), z.number()), total: z.number() }),
  ),
  budgetByGroup: z.array(
    z.object({ group: z.string(), declared: z.string(), approved: z.string(), forms: z.number() }),
  ),
  budgetByCategory: z.array(z.object({ category: z.string(), declared: z.string(), forms: z.number() })),
  quality: z.object({
    indicators: z.number(),
    quantified: z.number(),
    /** 0..1, or null with no indicators. */
    share: z.number().nullable(),
    findingsByRule: z.array(
      z.object({
        rule: z.string(),
        description: z.string(),
        severity: z.string(),
        count: z.number(),
        forms: z.number(),
      }),
    ),
    defects: z.array(dashboardDefect),
  }),
  forms: z.array(dashboardForm),
});
export type Dashboard = z.input<typeof dashboardResponse>;

/** A department's row of the evaluation dashboard (self-evaluation scores and monitoring). */
export const evaluationDepartmentRow = z.object({
  departmentId: z.string(),
  department: z.string(),
  evaluated: z.number(),
  averageScore: z.string().nullable(),
  grades: z.object({ 优: z.number(), 良: z.number(), 中: z.number(), 差: z.number() }),
  budget: z.string(),
  executed: z.string(),
  executionRate: z.string().nullable(),
  monitored: z.number(),
  /** Monitored projects whose unit has not started the entry (未填报). */
  unfilled: z.number(),
  red: z.number(),
  yellow: z.number(),
  /** Σ executed to date ÷ Σ annual budget over the latest entry of each monitored project. */
  monitoringRate: z.string().nullable(),
});
export type EvaluationDepartmentRow = z.input<typeof evaluationDepartmentRow>;

/** An indicator (by 三级 name) scored below its weight, and how often. */
export const missedIndicator = z.object({
  name: z.string(),
  level1: z.string().nullable(),
  missed: z.number(),
  evaluated: z.number(),
  /** The first projects that missed it (unit then project name order), at most MISSED_PROJECTS_SHOWN. */
  projects: z.array(z.string()),
  /** How many projects missed it in all (a province's top indicator is missed by thousands). */
  projectCount: z.number(),
});
/** How many project names each most missed indicator brings: the rest are counted (等N个项目). */
export const MISSED_PROJECTS_SHOWN = 20;
export type MissedIndicator = z.input<typeof missedIndicator>;
/** How many warnings the dashboard lists, worst first: the rest are counted (a province's are thousands). */
export const WARNINGS_SHOWN = 50;

/** A self-evaluation of the dashboard's 本年度自评 list. */
export const evaluationDashboardRow = z.object({
  id: z.string(),
  projectName: z.string(),
  orgName: z.string(),
  status: z.string(),
  /** Only confirmed (财政审核确认) results count in the department scores. */
  confirmed: z.boolean(),
  total: z.string().nullable(),
  grade: z.string().nullable(),
  executionRate: z.string().nullable(),
});

/** GET /api/evaluation/dashboard — a year's scores, execution and warnings by department. */
export const evaluationDashboardResponse = z.object({
  year: z.number(),
  departments: z.array(evaluationDepartmentRow),
  missedIndicators: z.array(missedIndicator),
  warnings: z.array(
    z.object({
      entryId: z.string(),
      status: z.string(),
      orgId: z.string(),
      formId: z.string(),
      orgName: z.string(),
      projectName: z.string(),
      roundTitle: z.string(),
      roundStatus: z.string(),
      worstLight: z.string().nullable(),
      budgetLight: z.string().nullable(),
      redCount: z.number(),
      yellowCount: z.number(),
      executionRate: z.string().nullable(),
    }),
  ),
  /** How many entries of the year show 黄 or 红 in all; `warnings` lists the first WARNINGS_SHOWN, 红 first. */
  warningsTotal: z.number(),
  /** Self-evaluations of the year in scope by status (counted in the database, whatever their number). */
  statusCounts: z.record(z.string(), z.number()),
  /**
   * The first page of the year's self-evaluations (latest changed first): the next ones come from
   * GET /api/evaluation/dashboard/evaluations with `nextCursor`, without summing the year again.
   */
  evaluations: pageOf(evaluationDashboardRow),
});
/** GET /api/evaluation/dashboard's query: the year, and the size of its self-evaluation list's first page. */
export const evaluationDashboardQuery = yearQuery.extend({ limit: pageQuery.shape.limit });
/** GET /api/evaluation/dashboard/evaluations: a page of the year's self-evaluations after `cursor`. */
export const evaluationDashboardPageQuery = yearQuery.extend(pageQuery.shape);
export const evaluationDashboardPage = pageOf(evaluationDashboardRow);
export type EvaluationDashboardPage = z.input<typeof evaluationDashboardPage>;
export type EvaluationDashboard = z.input<typeof evaluationDashboardResponse>;
