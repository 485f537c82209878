// Request and response shapes of /api/evaluation-imports, in one place (to move into the shared contract):
// upload a 自评表 / 监控表 → proposed projects and indicator pairs → confirm (attach, or keep as a record).
import { z } from 'zod';

export const idParams = z.object({ id: z.uuid() });
export const recordsQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

/** Pairs for another project than the proposed one. */
export const matchBody = z.object({
  /** Which 自评表 / 监控表 of the file (a file may hold several). */
  index: z.number().int().min(0).max(100).default(0),
  formId: z.uuid(),
});
export type MatchBody = z.output<typeof matchBody>;

export const pairInput = z.object({
  /** The imported row (its index among the table's indicators). */
  row: z.number().int().min(0).max(1000),
  /** The approved indicator it fills, or null: 不导入. */
  indicatorId: z.string().min(1).max(100).nullable(),
});

export const confirmBody = z.object({
  index: z.number().int().min(0).max(100).default(0),
  /** The self-evaluation's year when neither the project nor the table states one (as in manual entry). */
  year: z.number().int().min(2000).max(2100).optional(),
  /** Attach to this approved project; null keeps the table as a record of its own. */
  attach: z
    .object({
      formId: z.uuid(),
      pairs: z.array(pairInput).max(1000),
      /** Where the table's 得分 differs from the computed one, keep it as a hand-set score with its source. */
      usePublishedScores: z.boolean().default(true),
    })
    .nullable(),
});
export type ConfirmBody = z.output<typeof confirmBody>;

const nullableText = z.string().nullable();

export const importedDocumentSummary = z.object({
  index: z.number().int(),
  kind: z.enum(['self-evaluation', 'monitoring']),
  title: nullableText,
  name: nullableText,
  unit: nullableText,
  department: nullableText,
  year: z.number().int().nullable(),
  /** 1—m月 for a 监控表. */
  period: nullableText,
  budget: z.object({ annual: nullableText, executed: nullableText }),
  indicatorCount: z.number().int(),
});

export const projectCandidate = z.object({
  formId: z.uuid(),
  name: z.string(),
  unit: nullableText,
  orgName: z.string(),
  year: z.number().int().nullable(),
  budget: nullableText,
  /** 0..1: name 0.7, unit 0.15, budget 0.15 of what both sides say. */
  score: z.number(),
  parts: z.object({
    name: z.number().nullable(),
    unit: z.number().nullable(),
    budget: z.number().nullable(),
  }),
  /** Where the values would go: the project's self-evaluation of the year, or its entry in the open round. */
  target: z.object({
    id: z.uuid().nullable(),
    label: z.string(),
    /** False when the target cannot be written now (submitted, no open round …): `reason` says why. */
    writable: z.boolean(),
    reason: nullableText,
  }),
});
export type ProjectCandidate = z.infer<typeof projectCandidate>;

export const approvedIndicator = z.object({
  indicatorId: z.string(),
  level1: nullableText,
  level2: nullableText,
  name: nullableText,
  target: z.string(),
});

export const importedRow = z.object({
  row: z.number().int(),
  level1: nullableText,
  level2: nullableText,
  name: z.string(),
  target: z.string(),
  /** 实际完成值 (自评表) or 1—m月执行情况 (监控表), as printed. */
  actual: z.string(),
  weight: nullableText,
  score: nullableText,
  deviationReason: nullableText,
  indicatorId: z.string().nullable(),
  similarity: z.number().nullable(),
  candidates: z.array(z.object({ indicatorId: z.string(), similarity: z.number() })),
});

export const indicatorMatch = z.object({
  formId: z.uuid(),
  approved: z.array(approvedIndicator),
  rows: z.array(importedRow),
  unmatchedApproved: z.array(z.string()),
});
export type IndicatorMatch = z.infer<typeof indicatorMatch>;

export const proposal = z.object({
  index: z.number().int(),
  document: importedDocumentSummary,
  candidates: z.array(projectCandidate),
  /** The best candidate's pairs, when there is a candidate. */
  match: indicatorMatch.nullable(),
});
export type Proposal = z.infer<typeof proposal>;

export const uploadResponse = z.object({
  fileId: z.uuid(),
  fileName: z.string(),
  documents: z.array(importedDocumentSummary),
  proposal,
});

export const confirmResponse = z.object({
  kind: z.enum(['self-evaluation', 'monitoring', 'record']),
  id: z.uuid(),
  /** The page that shows what was written (web route). */
  link: z.string(),
  /** What was taken as it is and what was left out, in Chinese. */
  notes: z.array(z.string()),
});
export type ConfirmResponse = z.infer<typeof confirmResponse>;

export const recordSummary = z.object({
  id: z.uuid(),
  kind: z.enum(['self-evaluation', 'monitoring']),
  name: z.string(),
  year: z.number().int().nullable(),
  orgId: z.uuid(),
  orgName: z.string(),
  fileId: z.uuid().nullable(),
  fileName: nullableText,
  createdAt: z.date(),
});
