// How a typed 指标值 was understood, for the preview beside the cell: comparator, number, unit, or the
// qualitative phrase, plus a Chinese note when the text was only partly understood.
import { parseIndicatorValue, VALUE_PROBLEM_TEXT, type IndicatorValue } from '@jixiao/core';

export type PreviewTone = 'empty' | 'quantitative' | 'qualitative' | 'problem';

export interface ValuePreview {
  tone: PreviewTone;
  /** Short parts shown as tags: ["≥", "95", "%"] or ["定性", "确保完成"]. */
  parts: { label: string; text: string }[];
  /** Notes: assumptions and problems, in Chinese. */
  notes: string[];
}

export function describeValue(v: IndicatorValue): ValuePreview {
  const notes: string[] = [];
  if (v.problem) notes.push(VALUE_PROBLEM_TEXT[v.problem]);
  if (v.kind === 'empty') return { tone: 'empty', parts: [], notes: v.raw ? ['占位符，视为未填写'] : [] };
  if (v.kind === 'qualitative') {
    const parts = [
      { label: '类型', text: '定性' },
      { label: '表述', text: v.text ?? v.raw },
    ];
    if (v.deadline) parts.push({ label: '期限', text: v.deadline });
    return { tone: v.problem ? 'problem' : 'qualitative', parts, notes };
  }
  const parts: { label: string; text: string }[] = [];
  if (v.label) parts.push({ label: '指标', text: v.label });
  parts.push({ label: '比较', text: v.op ?? '=' });
  parts.push({ label: '数值', text: v.value ?? '' });
  parts.push({ label: '单位', text: v.unit ?? '无单位' });
  if (v.opImplied) notes.push('未写比较符，按“=”理解');
  if (!v.unit) notes.push('没有计量单位');
  if (v.text) notes.push(`附注：${v.text}`);
  return { tone: v.problem ? 'problem' : 'quantitative', parts, notes };
}

/** Parse and describe in one step (what the editor cell calls as you type). */
export function previewRaw(raw: string): ValuePreview {
  return describeValue(parseIndicatorValue(raw));
}
