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
