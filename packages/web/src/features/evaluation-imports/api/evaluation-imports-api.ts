// /api/evaluation-imports (the 自评表 / 监控表 itself comes with the one upload to /api/imports, answered with
// the approved projects it may belong to and the indicator pairs): pairs for another project; confirm (into the project's self-evaluation or
// monitoring entry, or as a record of its own); the records. Types from the shared contract
// (@jixiao/core/contracts evaluation-imports.ts).
import type {
  ApprovedIndicator,
  EvaluationConfirmBody,
  EvaluationConfirmResponse,
  EvaluationMatchBody,
  EvaluationPairInput,
  EvaluationProposal,
  EvaluationProvenance,
  EvaluationReadBody,
  EvaluationReadResponse,
  EvaluationUploadResponse,
  ImportedDocumentSummary,
  ImportedRecordResponse,
  ImportedRecordSummary,
  ImportedRow,
  IndicatorMatch,
  PickInput,
  ProjectCandidate,
} from '@jixiao/core/contracts';
import { http, query } from '../../../api/http.ts';
import type { CursorPage } from '../../../api/use-cursor-list.ts';

export type {
  ApprovedIndicator,
  EvaluationProvenance,
  ImportedDocumentSummary,
  ImportedRow,
  IndicatorMatch,
  ProjectCandidate,
};
export type EvaluationKind = ImportedDocumentSummary['kind'];
export type Proposal = EvaluationProposal;
export type EvaluationUpload = EvaluationUploadResponse;
export type PairChoice = EvaluationPairInput;
export type ConfirmInput = EvaluationConfirmBody;
/** The upload read again with the cells the user pointed at (and the document's rows, to point again). */
export type EvaluationReread = EvaluationReadResponse;
export type ConfirmResult = EvaluationConfirmResponse;
export type ImportedRecord = ImportedRecordSummary;
/** The table as read (core EvaluationDocument: a 自评表 or a 监控表, by `kind`). */
export type ImportedDocument = ImportedRecordResponse['document'];

export const evaluationImportsApi = {
  /** Reads the upload again with the cells the user pointed at (指出位置). */
  read: (fileId: string, index: number, picks: PickInput[]) => {
    const body: EvaluationReadBody = { index, picks };
    return http.post<EvaluationReread>(`/evaluation-imports/${fileId}/read`, body);
  },
  match: (fileId: string, index: number, formId: string, picks: PickInput[] = []) => {
    const body: EvaluationMatchBody = { index, formId, picks };
    return http.post<IndicatorMatch>(`/evaluation-imports/${fileId}/match`, body);
  },
  confirm: (fileId: string, input: ConfirmInput) =>
    http.post<ConfirmResult>(`/evaluation-imports/${fileId}/confirm`, input),
  /** A page of the records (latest imported first); `cursor` is the previous page's nextCursor. */
  records: (year?: number, cursor?: string) =>
    http.get<CursorPage<ImportedRecord>>(`/evaluation-imports/records${query({ year, cursor })}`),
  record: (id: string) => http.get<ImportedRecordResponse>(`/evaluation-imports/records/${id}`),
};
