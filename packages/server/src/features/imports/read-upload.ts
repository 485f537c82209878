// Reads an uploaded file for the preview and for saving: rows → forms (with the organisation's taught
// labels and the cells the user pointed at) → where each value came from. The same reading serves the
// preview and the save, so what is saved is what was shown.
import type { EvaluationDocument, Form } from '@jixiao/core';
import type { DocumentReader } from '../../documents/document-reader.ts';
import { type FieldSource, type LabelMapping, type Row, type SourceFormat } from '@jixiao/documents';
import { importError } from './imports.errors.ts';
import {
  applyPicks,
  mergeLabels,
  pickedLabels,
  resolvePicks,
  type Pick,
  type ResolvedPick,
} from '../layout-labels/picks.ts';
import { applyTaughtLabels } from '../layout-labels/taught-labels.ts';
import { pointedEvaluations } from '../layout-labels/evaluation-fields.ts';
import { completeSources, indexCells } from './field-sources.ts';

export interface ReadProblem {
  code: string;
  /** What was found and what is missing (from the reader). */
  message: string;
  /** What to do about it in the preview. */
  hint: string;
}

export interface ReadUpload {
  format: SourceFormat;
  rows: Row[];
  forms: Form[];
  sources: FieldSource[][];
  unknownLabels: string[];
  picks: ResolvedPick[];
  /** Set when no form was found: the preview still shows the document so the user can point. */
  problem: ReadProblem | null;
  /**
   * The 自评表 / 监控表 of a file that holds no target form; only when the caller takes them
   * (`takeEvaluations`): the preview hands them to the evaluation import, reading and saving refuse them.
   */
  evaluations: EvaluationDocument[];
  /** Where each value of each of `evaluations` stood in `rows`. */
  evaluationSources: FieldSource[][];
}

export interface ReadOptions {
  /** Return a file of 自评表 / 监控表 only instead of refusing it. */
  takeEvaluations?: boolean;
}

const POINT_HINT =
  '可在预览左侧的文档中找到项目名称（或部门名称）所在的单元格：点“指出位置”，再点该单元格，并选择“记住此模板的标签”，同一模板的文件以后即可自动识别。';

/** Reads and recognises in the worker pool (off the event loop); picks and labels are applied here. */
export async function readUpload(
  documents: DocumentReader,
  data: Uint8Array,
  fileName: string,
  taught: readonly LabelMapping[],
  picks: readonly Pick[] = [],
  options: ReadOptions = {},
): Promise<ReadUpload> {
  const read = await documents.recognize(data, fileName, taught, picks);
  if (!read.ok) throw importError('import-failed', { reason: read.error.code }, read.error.message);
  const { format, rows } = read;
  // The worker resolved the picks the same way; a pick naming no cell is refused here with its reason.
  const resolved = resolvePicks(rows, picks);
  const labels = mergeLabels(pickedLabels(resolved), taught);
  const outcome = read.outcome;
  if (!outcome) throw importError('bad-pick', {}, '所指的单元格不存在：请重新指出位置');
  if (!outcome.ok) {
    if (outcome.error.code !== 'no-form-found')
      throw importError('import-failed', { reason: outcome.error.code }, outcome.error.message);
    return {
      format,
      rows,
      forms: [],
      sources: [],
      unknownLabels: [],
      picks: resolved,
      problem: { code: outcome.error.code, message: outcome.error.message, hint: POINT_HINT },
      evaluations: [],
      evaluationSources: [],
    };
  }
  // A 自评表 / 监控表 is read now, but saving makes target forms: say where it belongs.
  if (outcome.forms.length === 0 && outcome.evaluations.length > 0) {
    if (options.takeEvaluations) {
      const evaluations = [...outcome.evaluations];
      const evaluationSources = evaluations.map((_, i) => [...(outcome.evaluationSources[i] ?? [])]);
      pointedEvaluations(evaluations, evaluationSources, rows, taught, resolved);
      return {
        format,
        rows,
        forms: [],
        sources: [],
        unknownLabels: outcome.unknownLabels,
        picks: resolved,
        problem: null,
        evaluations,
        evaluationSources,
      };
    }
    throw importError(
      'import-failed',
      { reason: 'unsupported-form' },
      `这是${outcome.evaluations[0]!.kind === 'monitoring' ? '绩效运行监控表' : '绩效自评表'}，不是绩效目标表：请在绩效自评或绩效监控环节导入`,
    );
  }
  const forms = [...outcome.forms];
  const sources = forms.map((_, i) => [...(outcome.sources[i] ?? [])]);
  applyTaughtLabels(forms, sources, rows, labels);
  applyPicks(forms, sources, rows, resolved);
  const cells = indexCells(rows);
  return {
    format,
    rows,
    forms,
    sources: forms.map((f, i) => completeSources(f, sources[i]!, cells)),
    unknownLabels: outcome.unknownLabels,
    picks: resolved,
    problem: null,
    evaluations: [],
    evaluationSources: [],
  };
}
