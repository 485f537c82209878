import { describe, expect, it } from 'vitest';
import { isHistoryBasis, readBasis } from './basis.ts';

describe('readBasis', () => {
  it.each([
    '计划标准',
    ' 行业标准 ',
    '历史标准（近三年平均）',
    '预算支出标准',
    '其他标准',
    '财政部认可的其他标准',
  ])('%s is a standard', (t) => expect(readBasis(t).kind).toBe('standard'));
  it('国家标准 is an alias of 行业标准', () =>
    expect(readBasis('国家标准')).toEqual({ kind: 'alias', standard: '行业标准', written: '国家标准' }));
  // A free-text 依据 column (a 2019 city template): the standard named by its meaning is an alias (a warning to
  // write the name), not a wrong basis; a source that is no standard stays wrong.
  it.each([
    ['上年实际', '历史标准'],
    ['近三年平均水平', '历史标准'],
    ['历史数据', '历史标准'],
    ['预算批复', '预算支出标准'],
    ['年度工作计划', '计划标准'],
  ] as const)('%s is an alias of %s', (t, standard) =>
    expect(readBasis(t)).toEqual({ kind: 'alias', standard, written: t }),
  );
  it.each(['问卷调查', '工作要求', '上级文件'])('%s is no standard', (t) =>
    expect(readBasis(t).kind).toBe('other'),
  );
  it.each([
    [null, 'missing'],
    ['……', 'missing'],
    ['定性', 'valueType'],
    ['定量', 'valueType'],
    ['良好', 'value'],
    ['满意率≥95%', 'value'],
    ['≥95%', 'value'],
    ['100%', 'value'],
    ['反映项目按期完成情况', 'description'],
    ['领导要求', 'other'],
  ] as const)('%s reads as %s', (t, kind) => expect(readBasis(t).kind).toBe(kind));
  it('tells 历史标准', () => {
    expect(isHistoryBasis('历史标准')).toBe(true);
    expect(isHistoryBasis('计划标准')).toBe(false);
  });
});
