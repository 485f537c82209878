import { describe, expect, it } from 'vitest';
import type { ProjectForm } from '@jixiao/core';
import { importText } from '../import-document.ts';

/** A made-up 申报表 whose total explains its amount by purpose; `lines` follow it (one cell per line). */
const form = (total: string, lines: string[]) =>
  [
    '项目支出绩效目标申报表',
    '',
    '项目名称',
    '',
    '乡村道路养护项目',
    '',
    '主管部门',
    '',
    '某县交通运输局',
    '',
    '资金情况 (万元)',
    '',
    '年度资金总额:',
    '',
    total,
    '',
    ...lines.flatMap((l) => [l, '']),
    '总体目标',
    '',
    '完成道路养护100公里',
  ].join('\n');

const sourcesOf = (text: string) =>
  (importText(text).find((f) => f.kind === 'project') as ProjectForm).budget;

describe('the parts a total explains its amount by, and the sources listed under it', () => {
  it('keeps the listed sources, not the explanation as well (the money counted once)', () => {
    const budget = sourcesOf(
      form('300万(路面修补200万元,桥涵维护100万元)', [
        '其中:财政拨款',
        '300万(路面修补200万元,桥涵维护100万元)',
        '其他资金',
      ]),
    );
    expect(budget.total).toBe('300');
    expect(budget.sources.filter((s) => s.amount !== null)).toEqual([{ name: '财政拨款', amount: '300' }]);
  });

  it('keeps the explanation as the sources when the form lists none with an amount', () => {
    const budget = sourcesOf(form('300万(中央资金200万元,县级资金100万元)', ['其他资金']));
    expect(budget.total).toBe('300');
    expect(budget.sources.filter((s) => s.amount !== null)).toEqual([
      { name: '中央资金', amount: '200' },
      { name: '县级资金', amount: '100' },
    ]);
  });
});
