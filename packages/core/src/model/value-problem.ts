// The problems of a 指标值 the grammar only partly understands: stable codes, and the one table of what each
// means in Chinese (the editor's preview shows it; R-IND-06 reports the same codes with the row's name).
import { z } from 'zod';

export const valueProblemSchema = z.enum([
  'range',
  'conflicting-comparators',
  'several-values',
  'trailing-text',
  'missing-number',
]);
export type ValueProblem = z.infer<typeof valueProblemSchema>;

export const VALUE_PROBLEM_TEXT: Record<ValueProblem, string> = {
  range: '写成了区间，按下限理解；请写成一个目标值',
  'conflicting-comparators': '前后比较符矛盾（如“≥…以下”）',
  'several-values': '含有多个数值，请只写一个目标值',
  'trailing-text': '数值后有无法识别的文字',
  'missing-number': '写了比较符但没有数值',
};
