// Dictionaries: both grade wordings map to one level; both cause lists are accepted; 其他 needs text.
import { describe, expect, it } from 'vitest';
import {
  DEVIATION_REASONS,
  deviationReasonSchema,
  gradeLevel,
  isOtherReason,
  likelihoodSchema,
} from './dictionaries.ts';

describe('dictionaries', () => {
  it('grade levels for the self-evaluation and the monitoring wording', () => {
    expect(gradeLevel('达成年度指标')).toBe('met');
    expect(gradeLevel('达成目标')).toBe('met');
    expect(gradeLevel('部分达成年度指标并具有一定效果')).toBe('partly');
    expect(gradeLevel('部分达成目标并具有一定效果')).toBe('partly');
    expect(gradeLevel('未达成年度指标且效果较差')).toBe('missed');
    expect(gradeLevel('未达成目标且效果较差')).toBe('missed');
  });
  it('every dictionary label is accepted by the schema, and nothing else', () => {
    for (const r of DEVIATION_REASONS) expect(deviationReasonSchema.safeParse(r.label).success).toBe(true);
    expect(deviationReasonSchema.options).toHaveLength(DEVIATION_REASONS.length);
    expect(deviationReasonSchema.safeParse('天气原因').success).toBe(false);
    expect(likelihoodSchema.safeParse('不确定').success).toBe(false);
  });
  it('其他原因 and 其他 need a written explanation', () => {
    expect(isOtherReason('其他原因')).toBe(true);
    expect(isOtherReason('其他')).toBe(true);
    expect(isOtherReason('经费保障')).toBe(false);
  });
});
