import { describe, expect, it } from 'vitest';
import { splitRunTogether } from './tokenize.ts';

// Made for these tests in the `joined` shape (a 自评表 copied without cell breaks): a row's target marked by its sign,
// its actual a bare figure with the same unit right after it, then the next row's name.
const tokens = (text: string) =>
  splitRunTogether(text)
    .filter((t) => t.kind === 'text' || t.kind === 'value')
    .map((t) => [t.kind, t.text]);

describe('a bare figure with its unit right after a marked figure, before a name', () => {
  it('is a value of its own (≥800公里 | 812公里 | 桥梁检测座数…)', () => {
    expect(tokens('数量指标乡村道路养护里程≥800公里812公里桥梁检测座数6座6座')).toEqual([
      ['text', '乡村道路养护里程'],
      ['value', '≥800公里'],
      ['value', '812公里'],
      ['text', '桥梁检测座数6座6座'],
    ]);
  });

  it('is not cut where its unit’s character opens the name (≥80人 | 12 | 人均…)', () => {
    expect(tokens('数量指标培训人数≥80人12人均培训时长≥8小时')).toEqual([
      ['text', '培训人数'],
      ['value', '≥80人'],
      ['text', '12人均培训时长'],
      ['value', '≥8小时'],
    ]);
  });
});
