// /api/evaluation-imports: upload a 自评表 / 监控表 of any template → proposed projects and indicator pairs;
// pairs for another project; confirm (attach, or keep as a record of its own); list and open the records.
// The upload itself is multipart (field `file`): it has no body schema, only its answer.
import { z } from 'zod';
import type { EvaluationDocument } from '../model/index.ts';
import { optionalYearQuery, pageOf, pageQuery, timestamp, yearField } from './common.ts';
import { fieldSource, unsureField } from './field-sources.ts';
import { picksSchema, previewDocument, resolvedPick } from './picks.ts';

/** GET /api/evaluation-imports/records: a keyset page (latest imported first), of a year or all. */
export const evaluationImportRecordsQuery = optionalYearQuery.extend(pageQuery.shape);

/** Which 自评表 / 监控表 of the file (a file may hold several). */
const documentIndex = z.number().int().min(0).max(100).default(0);

/** Pairs for another project than the proposed one. */
export const evaluationMatchBody = z.object({
  index: documentIndex,
  formId: z.uuid(),
  /** The cells the user pointed at (as in the re-reading): the table is read with them. */
  picks: picksSchema.optional(),
});
export type EvaluationMatchBody = z.input<typeof evaluationMatchBody>;

export const evaluationPairInput = z.object({
  /** The imported row (its index among the table's indicators). */
  row: z.number().int().min(0).max(1000),
  /** The approved indicator it fills, or null: 不导入. */
  indicatorId: z.string().min(1).max(100).nullable(),
});
export type EvaluationPairInput = z.input<typeof evaluationPairInput>;

export const evaluationConfirmBody = z.object({
  index: documentIndex,
  /** The cells the user pointed at: what is written is what the re-reading showed. */
  picks: picksSchema.optional(),
  /** The self-evaluation's year when neither the project nor the table states one (as in manual entry). */
  year: yearField.optional(),
  /** Attach to this approved project; null keeps the table as a record of its own. */
  attach: z
    .object({
      formId: z.uuid(),
      pairs: z.array(evaluationPairInput).max(1000),
      /** Where the table's 得分 differs from the computed one, keep it as a hand-set score with its source. */
      usePublishedScores: z.boolean().default(true),
    })
    .nullable(),
});
export type EvaluationConfirmBody = z.input<typeof evaluationConfirmBody>;

const nullableText = z.string().nullable();
const evaluationKind = z.enum(['self-evaluation', 'monitoring']);

export const importedDocumentSummary = z.object({
  index: z.number().int(),
  kind: evaluationKind,
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
export type ImportedDocumentSummary = z.input<typeof importedDocumentSummary>;

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
export type ProjectCandidate = z.input<typeof projectCandidate>;

export const approvedIndicator = z.object({
  indicatorId: z.string(),
  level1: nullableText,
  level2: nullableText,
  name: nullableText,
  target: z.string(),
});
export type ApprovedIndicator = z.input<typeof approvedIndicator>;

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
export type ImportedRow = z.input<typeof importedRow>;

export const indicatorMatch = z.object({
  formId: z.uuid(),
  approved: z.array(approvedIndicator),
  rows: z.array(importedRow),
  unmatchedApproved: z.array(z.string()),
});
export type IndicatorMatch = z.input<typeof indicatorMatch>;

export const evaluationProposal = z.object({
  index: z.number().int(),
  document: importedDocumentSummary,
  /** The table's indicator rows as read, paired with nothing: what a record of its own keeps. */
  rows: z.array(importedRow),
  candidates: z.array(projectCandidate),
  /** The best candidate's pairs, when there is a candidate. */
  match: indicatorMatch.nullable(),
});
export type EvaluationProposal = z.input<typeof evaluationProposal>;

/** Where each value of a document stood in the file and which values to confirm (as a form's preview has them). */
export const evaluationProvenance = z.object({
  sources: z.array(fieldSource),
  unsure: z.array(unsureField),
});
export type EvaluationProvenance = z.input<typeof evaluationProvenance>;

export const evaluationUploadResponse = z.object({
  fileId: z.uuid(),
  fileName: z.string(),
  documents: z.array(importedDocumentSummary),
  /** One per document of `documents`, in order. */
  provenance: z.array(evaluationProvenance),
  proposal: evaluationProposal,
});
export type EvaluationUploadResponse = z.input<typeof evaluationUploadResponse>;

/** POST /api/evaluation-imports/:id/read — the upload read again with the cells the user pointed at. */
export const evaluationReadBody = z.object({ index: documentIndex, picks: picksSchema });
export type EvaluationReadBody = z.input<typeof evaluationReadBody>;

export const evaluationReadResponse = evaluationUploadResponse.extend({
  /** The document's rows, to point again. */
  document: previewDocument,
  /** Each pick with the cell's label and text as read. */
  picks: z.array(resolvedPick),
});
export type EvaluationReadResponse = z.input<typeof evaluationReadResponse>;

export const evaluationConfirmResponse = z.object({
  kind: z.enum(['self-evaluation', 'monitoring', 'record']),
  id: z.uuid(),
  /** The page that shows what was written (web route). */
  link: z.string(),
  /** What was taken as it is and what was left out, in Chinese. */
  notes: z.array(z.string()),
});
export type EvaluationConfirmResponse = z.input<typeof evaluationConfirmResponse>;

export const importedRecordSummary = z.object({
  id: z.uuid(),
  kind: evaluationKind,
  name: z.string(),
  year: z.number().int().nullable(),
  orgId: z.uuid(),
  orgName: z.string(),
  fileId: z.uuid().nullable(),
  fileName: nullableText,
  createdAt: timestamp,
});
export type ImportedRecordSummary = z.input<typeof importedRecordSummary>;
export const importedRecordsResponse = pageOf(importedRecordSummary);

/** A record with the table as it was read (stored as read: passed through, not validated again). */
export const importedRecordResponse = z.object({
  record: importedRecordSummary,
  document: z.custom<EvaluationDocument>(),
});
export type ImportedRecordResponse = z.input<typeof importedRecordResponse>;
