import { describe, expect, it } from 'vitest';
import type { ColumnRole } from './lexicon-columns.ts';
import { cellScoreBounds } from './indicator-cell-profile.ts';

// alignRow passes over a shift whose most is below the row's score where it stands, reckoned from the cheap
// traits without parsing a cell as a 指标值: the bounds must hold whatever the cell's 指标值 look turns out to be.
describe('the bounds alignRow passes shifts over by', () => {
  const cells = [
    '产出指标',
    '数量指标',
    '社会效益指标',
    '可持续性发展影响指标',
    '培训人次3',
    '年度目标1',
    '≥123人次',
    '95',
    '%',
    '计划标准',
    '行业标准',
    '≥',
    '定性',
    '正向',
    '有所提升',
    '完成12项工作任务',
    '12月31日前',
    '年增粮食3500公斤',
    '群众满意度',
    '对单位履职效果进行评价的很长的一句话并无数字',
  ];
  const roles: ColumnRole[] = [
    'goal',
    'level1',
    'level2',
    'name',
    'value',
    'op',
    'unit',
    'weight',
    'basis',
    'category',
    'other',
  ];
  const layouts: ColumnRole[][] = [
    roles,
    ['level1', 'name', 'value'],
    ['category', 'name', 'op', 'value', 'unit'],
  ];

  it('hold every score a cell can have under every column, its look known or not', () => {
    for (const layout of layouts)
      for (const role of layout)
        for (const text of cells) {
          const b = cellScoreBounds(text, role, layout);
          const where = `${text} under ${role}`;
          expect(b.least, where).toBeLessThanOrEqual(Math.min(...b.scores));
          expect(b.most, where).toBeGreaterThanOrEqual(Math.max(...b.scores));
          expect(b.knownLeast, where).toBeLessThanOrEqual(b.exact);
          expect(b.knownMost, where).toBeGreaterThanOrEqual(b.exact);
        }
  });
});
