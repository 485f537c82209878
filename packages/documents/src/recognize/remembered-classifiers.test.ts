// indicatorColumnOf and isLevelName remember their answer per text: the answer asked again, and asked after the
// memory was emptied for room, is the one a first asking gives.
import { describe, expect, it } from 'vitest';
import { indicatorColumnOf } from './evaluation-lexicon.ts';
import { isLevelName } from './level-names.ts';

const TEXTS = [
  '三级指标',
  '指标值',
  '偏差原因分析及改进措施',
  '1-6月执行情况',
  '产出指标',
  '数量指标（必填）',
  '培训人次',
  '',
  '得分',
];

/** More distinct texts than either memory keeps, so that both are emptied on the way. */
const filler = Array.from({ length: 60_000 }, (_, k) => `指标${k}`);

describe('remembered text classifiers', () => {
  it('answer a text the same the first time, again, and after the memory was emptied', () => {
    const first = TEXTS.map((t) => [indicatorColumnOf(t), isLevelName(t)]);
    expect(TEXTS.map((t) => [indicatorColumnOf(t), isLevelName(t)])).toEqual(first);
    for (const t of filler) {
      indicatorColumnOf(t);
      isLevelName(t);
    }
    expect(TEXTS.map((t) => [indicatorColumnOf(t), isLevelName(t)])).toEqual(first);
  });

  it('still tell the columns and levels apart', () => {
    expect(indicatorColumnOf('三级指标')).toBe('name');
    expect(indicatorColumnOf('培训人次')).toBeNull();
    expect(isLevelName('产出指标')).toBe('level1');
    expect(isLevelName('数量指标（必填）')).toBe('level2');
    expect(isLevelName('培训人次')).toBeNull();
  });
});
