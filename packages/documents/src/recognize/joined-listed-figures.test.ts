// Indicator rows run together in one stream whose names hold a list with a figure in it (义务兵家庭优待金每年3月、
// 9月份发放, …半年报告、全年报告和11期景气报告): the figure is a word of the list, not a row's value (issue 12's
// joined variants of wide/539 and wide/535).
import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { isListedFigure } from './listed-figures.ts';
import { splitJoinedRows } from './joined-rows.ts';

const shown = (text: string) => atomsOf([text]).map((a) => `${a.kind}:${a.text}`);

describe('a figure in a list of words', () => {
  it('stays in the 自评表 name whose list holds it', () => {
    expect(shown('义务兵家庭优待金每年3月、9月份发放100%100%国家规定标准发放100%')).toEqual([
      'text:义务兵家庭优待金每年3月、9月份发放',
      'value:100%',
      'value:100%',
      'text:国家规定标准发放',
      'value:100%',
    ]);
  });

  it('stays in the name after 和 where the last item goes on in words', () => {
    expect(splitJoinedRows('以报告的进度衡量标准≥95%半年报告、全年报告和11期景气报告全部完成')).toEqual([
      '以报告的进度衡量标准',
      '≥95%',
      '半年报告、全年报告和11期景气报告全部完成',
    ]);
  });

  it('is a value where no list mark binds it', () => {
    expect(isListedFigure('每年', '3月', '3月份发放')).toBe(false);
    expect(isListedFigure('发放率', '100%', '100%、')).toBe(false);
    expect(isListedFigure('', '3月', '3月、9月')).toBe(false);
    expect(isListedFigure('补助和', '100%', '100%')).toBe(false);
    expect(isListedFigure('完成第', '1', '1、2季度')).toBe(false);
  });
});
