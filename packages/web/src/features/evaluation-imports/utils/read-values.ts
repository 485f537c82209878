// Where the values of an uploaded 自评表 / 监控表 stood and which to confirm: looked up by JSON pointer in the
// upload's provenance, for the match card's 待确认 tags and the document pane's highlight.
import type { FieldSource, UnsureField } from '../../imports/api/imports-api.ts';
import { describeSource } from '../../imports/utils/preview-fields.ts';
import type { EvaluationKind, EvaluationProvenance } from '../api/evaluation-imports-api.ts';

export const sourceAt = (p: EvaluationProvenance | undefined, path: string): FieldSource | undefined =>
  p?.sources.find((s) => s.path === path);

export const unsureAt = (p: EvaluationProvenance | undefined, path: string): UnsureField | undefined =>
  p?.unsure.find((u) => u.path === path);

/** The pointer of an imported row's field: the 监控表's progress to date is its `actualToDate`. */
export function rowPath(
  kind: EvaluationKind,
  row: number,
  field: 'name' | 'target' | 'actual' | 'weight' | 'score',
) {
  const key = field === 'actual' && kind === 'monitoring' ? 'actualToDate' : field;
  return `/indicators/${row}/${key}`;
}

/** What the 待确认 tag says when hovered: why the value is doubtful and where it was read. */
export function unsureTip(unsure: UnsureField, source: FieldSource | undefined): string {
  if (unsure.reason === 'missing') return '表中没有读到该项：请对照原文填写或核对';
  if (!source) return '表中读到了该值，但在原文中没有找到它的位置：请对照原文核对';
  return `来源：${describeSource(source)}，识别把握不大（单元格连写或拆分得来）：请对照原文核对`;
}

const FIELD_NAMES: Record<string, string> = {
  name: '指标名称',
  target: '指标值',
  actual: '实际完成值',
  actualToDate: '执行情况',
  weight: '分值',
  score: '得分',
  deviationReason: '偏差原因',
};
const HEAD_NAMES: Record<string, string> = {
  '/name': '项目名称',
  '/unit': '实施单位',
  '/department': '主管部门',
  '/year': '年度',
  '/budget/annual': '全年预算数',
  '/budget/executed': '全年执行数',
};

/** A pointer said in words for the list of values to confirm: 第 3 个指标的实际完成值. */
export function pathInWords(path: string): string {
  const head = HEAD_NAMES[path];
  if (head) return head;
  const m = /^\/indicators\/(\d+)\/(\w+)$/.exec(path);
  if (!m) return path;
  return `第 ${Number(m[1]) + 1} 个指标的${FIELD_NAMES[m[2]!] ?? m[2]}`;
}
