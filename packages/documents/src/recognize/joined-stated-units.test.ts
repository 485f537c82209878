// A 自评表 run together in one stream whose names state their units in brackets (保种数量(头)300年提供种猪数量(头)…):
// the figure after such a name is bare, so a unit word after it opens the next name; and the bracketed unit the
// names end in alike is how names end, not a column every row prints (issue 12's joined variants of wide/500).
import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { sharedTail } from './evaluation-stream-table.ts';

const shown = (text: string) => atomsOf([text]).map((a) => `${a.kind}:${a.text}`);

describe('a figure after a name stating its unit in brackets', () => {
  it('leaves a unit the brackets did not state to the next name', () => {
    expect(shown('保种数量(头)300年提供种猪数量(头)2000')).toEqual([
      'text:保种数量(头)',
      'value:300',
      'text:年提供种猪数量(头)',
      'value:2000',
    ]);
  });

  it('keeps the unit the brackets state, and a unit closing the text', () => {
    expect(shown('受益人数(人)132人培训次数')).toEqual(['text:受益人数(人)', 'value:132人', 'text:培训次数']);
    expect(shown('建成年份(年份)2023年')).toEqual(['text:建成年份(年份)', 'value:2023年']);
  });

  it('keeps a unit after a figure where no bracket states one', () => {
    expect(shown('保种数量300头提供种猪数量')).toEqual(['text:保种数量', 'value:300头', 'text:提供种猪数量']);
  });
});

describe('the words names run together end in alike', () => {
  it('are no shared column when they state a unit in brackets', () => {
    const atoms = atomsOf([
      '标准化圈舍面积(平方米)5000办公用房面积(平方米)500饲料加工用房面积(平方米)300保种数量(头)300',
    ]);
    expect(sharedTail(atoms)).toBe('');
  });
});
