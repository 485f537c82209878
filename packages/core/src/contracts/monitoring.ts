// /api/monitoring: rounds, entries (fill, mark, import), the year's overview.
import { z } from 'zod';
import type {
  EvalError,
  MonitoringReport,
  MonitoringThresholds,
  NewMonitoringEntry,
} from '../evaluation/index.ts';
import { itemsOf, pageOf, pageQuery, storedJson, storedName, timestamp, yearField } from './common.ts';

const threshold = z.string().regex(/^\d{1,3}(\.\d+)?$/, '阈值须为 0 至 100 之间的数字');
export const roundBody = z
  .object({
    year: yearField,
    month: z.number().int().min(1).max(12),
    title: z.string().trim().max(100).optional(),
    formIds: z.array(z.uuid()).min(1, '请至少选择一个项目').max(2000),
    thresholds: z.object({ budgetRed: threshold, budgetYellow: threshold }).optional(),
  })
  .refine((b) => !b.thresholds || Number(b.thresholds.budgetRed) <= Number(b.thresholds.budgetYellow), {
    message: '红灯阈值不能高于黄灯阈值',
    path: ['thresholds'],
  });
export type RoundBody = z.input<typeof roundBody>;
/** The version of the table the unit saw: a step on a table changed since is refused (409). */
export const markBody = z.object({ version: z.number().int().positive() });
export const reopenBody = z.object({
  reason: z.string().trim().min(1, '请填写重新开启的原因').max(500),
  /** Submitted entries to send back to their units with the reason (optional). */
  returnEntryIds: z.array(z.uuid()).max(2000).optional(),
});
export type ReopenBody = z.input<typeof reopenBody>;

/** The lights of a warning (预警), as the entries' text columns hold them. */
export const lightNames = ['red', 'yellow', 'green', 'blue'] as const;
const light = storedName(lightNames);

/** An evaluation step of a monitoring entry or round, a self-evaluation (审核记录). */
export const evaluationTransition = z.object({
  id: z.string(),
  action: z.string(),
  fromStatus: z.string(),
  toStatus: z.string(),
  opinion: z.string().nullable(),
  createdAt: timestamp,
  actorName: z.string().nullable(),
});
export type EvaluationTransition = z.input<typeof evaluationTransition>;

/**
 * Parts of a table's stored data that could not be read with today's schema (an older version's data, rows
 * loaded by hand): the table is shown from what could be read, and this names the rest (`path` in the data,
 * `message` what is shown in its place). Absent or null when every part was read.
 */
export const storedDataNotice = z.object({
  code: z.literal('stored-data-unreadable'),
  message: z.string(),
  parts: z.array(z.object({ path: z.string(), message: z.string() })),
});
export type StoredDataNotice = z.input<typeof storedDataNotice>;

/** A monitoring round as stored (`frozen`, the warnings at closing, only in the close/reopen answers). */
export const roundRecord = z.object({
  id: z.string(),
  year: z.number(),
  month: z.number(),
  title: z.string(),
  status: z.string(),
  thresholds: storedJson<MonitoringThresholds>(),
  createdBy: z.string().nullable(),
  createdAt: timestamp,
  closedAt: timestamp.nullable(),
  closedBy: z.string().nullable(),
  duplicateOf: z.string().nullable(),
  frozen: z.unknown().optional(),
});
export type RoundRecord = z.input<typeof roundRecord>;

/** GET /api/monitoring/rounds — a round with its entries counted. */
export const roundSummary = roundRecord.omit({ frozen: true }).extend({
  entries: z.number(),
  filled: z.number(),
  submitted: z.number(),
  /** Tables not started (未填报). */
  unfilled: z.number(),
  red: z.number(),
  yellow: z.number(),
});
export type RoundSummary = z.input<typeof roundSummary>;
export const roundListResponse = itemsOf(roundSummary);

export const progressUnit = z.object({
  orgId: z.string(),
  orgName: z.string(),
  entries: z.number(),
  submitted: z.number(),
  /** Tables not started (未填报). */
  unfilled: z.number(),
});
export type ProgressUnit = z.input<typeof progressUnit>;
export const progressDepartment = z.object({
  departmentId: z.string(),
  department: z.string(),
  entries: z.number(),
  submitted: z.number(),
  unfilled: z.number(),
  units: z.array(progressUnit),
});
export type ProgressDepartment = z.input<typeof progressDepartment>;

export const entrySummary = z.object({
  id: z.string(),
  formId: z.string(),
  orgName: z.string(),
  projectName: z.string(),
  /** 项目编码 (absent for a 部门整体 form or a project without one). */
  projectCode: z.string().nullable().optional(),
  status: z.string(),
  budgetLight: light.nullable(),
  worstLight: light.nullable(),
  redCount: z.number(),
  yellowCount: z.number(),
  executionRate: z.string().nullable(),
  updatedAt: timestamp,
});
export type EntrySummary = z.input<typeof entrySummary>;

/**
 * GET /api/monitoring/rounds/:id/entries — a page of the round's entries in the reader's scope, the latest
 * changed first; `status` keeps one state (the submitted tables finance may send back when reopening).
 */
export const roundEntriesQuery = pageQuery.extend({
  /** One status, or `not-submitted`: every status but submitted (whom to chase). */
  status: z.enum(['unfilled', 'pending', 'filled', 'submitted', 'not-submitted']).optional(),
  /** Only this unit's entries (a unit's row of the progress). */
  orgId: z.uuid().optional(),
});
export type RoundEntriesQuery = z.input<typeof roundEntriesQuery>;
export const roundEntriesResponse = pageOf(entrySummary);
export type RoundEntriesPage = z.input<typeof roundEntriesResponse>;

/** GET /api/monitoring/rounds/:id — the round, progress per department and its steps (entries: by pages). */
export const roundDetail = z.object({
  round: roundRecord,
  progress: z.array(progressDepartment),
  transitions: z.array(evaluationTransition),
});
export type RoundDetail = z.input<typeof roundDetail>;

export const roundStepResponse = z.object({ round: roundRecord });
export const reopenResponse = z.object({ round: roundRecord, returned: z.number() });
export const openRoundResponse = z.object({ round: roundRecord, entries: z.number() });
/** A step on an entry or a self-evaluation: the new status and version. */
export const markResponse = z.object({ status: z.string(), version: z.number() });

/** GET /api/monitoring/candidates — approved projects a round may take. */
export const monitoringCandidate = z.object({
  id: z.string(),
  name: z.string(),
  year: z.number().nullable(),
  status: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  budgetTotal: z.string().nullable(),
  budgetCurrent: z.string().nullable(),
});
export type MonitoringCandidate = z.input<typeof monitoringCandidate>;
export const monitoringCandidateList = itemsOf(monitoringCandidate);

/** A monitoring table with its warnings (GET, PUT, import). */
export const entryView = z.object({
  entry: z.object({
    id: z.string(),
    roundId: z.string(),
    formId: z.string(),
    orgId: z.string(),
    orgName: z.string(),
    projectName: z.string(),
    /** 项目编码 (absent for a 部门整体 form or a project without one). */
    projectCode: z.string().nullable().optional(),
    status: z.string(),
    version: z.number(),
    updatedAt: timestamp,
  }),
  round: z.object({
    id: z.string(),
    year: z.number(),
    month: z.number(),
    title: z.string(),
    status: z.string(),
  }),
  data: z.custom<NewMonitoringEntry>(),
  report: z.custom<MonitoringReport>(),
  summary: z.object({
    budgetLight: z.enum(lightNames).nullable(),
    worstLight: z.enum(lightNames).nullable(),
    redCount: z.number(),
    yellowCount: z.number(),
    executionRate: z.string().nullable(),
    /** Values that could not be read (not numbers, units that do not convert, execution above budget). */
    inputErrors: z.array(z.custom<EvalError>()),
    /** Indicators not started (未填报). */
    unreportedCount: z.number(),
    incomplete: z.boolean(),
  }),
  /** Parts of the stored entry that could not be read (shown in their place: the approved form's, or blank). */
  stored: storedDataNotice.nullable().optional(),
  /** Why finance reopened the round, while it is open again (GET only). */
  reopened: z.object({ reason: z.string(), at: timestamp }).nullable().optional(),
  transitions: z.array(evaluationTransition).optional(),
});
export type EntryView = z.input<typeof entryView>;
