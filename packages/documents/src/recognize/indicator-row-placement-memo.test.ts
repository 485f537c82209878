import { describe, expect, it } from 'vitest';
import type { ColumnRole } from './lexicon-columns.ts';
import type { Row } from '../rows/row.ts';
import { cellTraitsAndScores } from './indicator-cell-profile.ts';
import { readIndicatorTable } from './indicator-table.ts';

// alignRow remembers the shift it chose for a row by the columns and its cells' traits (placementOf): that is
// sound only while every score the shifts are weighed by follows from the traits, and while the columns are
// part of what is remembered.
describe('the placements alignRow remembers', () => {
  const cells = [
    '产出指标',
    '效益指标',
    '数量指标',
    '质量指标',
    '社会效益指标',
    '可持续性发展影响指标',
    '培训人次3',
    '巡查次数14',
    '年度目标1',
    '≥123人次',
    '≥56个',
    '95',
    '80',
    '%',
    '计划标准',
    '行业标准',
    '≥',
    '≤',
    '定性',
    '正向',
    '有所提升',
    '明显提升',
    '完成12项工作任务',
    '12月31日前',
    '群众满意度',
    '服务对象满意度',
    '对单位履职效果进行评价的很长的一句话并无数字',
    '',
    '—',
  ];
  const layouts: ColumnRole[][] = [
    ['goal', 'level1', 'level2', 'name', 'value', 'op', 'unit', 'weight', 'basis', 'category', 'other'],
    ['level1', 'name', 'value'],
    ['category', 'name', 'op', 'value', 'unit'],
  ];

  it('are keyed by traits that decide every score a cell can add', () => {
    for (const layout of layouts)
      for (const role of layout) {
        const byTraits = new Map<number, { text: string; scores: number[] }>();
        for (const text of cells) {
          const { traits, scores } = cellTraitsAndScores(text, role, layout);
          const seen = byTraits.get(traits);
          if (seen) expect(scores, `${text} beside ${seen.text} under ${role}`).toEqual(seen.scores);
          else byTraits.set(traits, { text, scores });
        }
      }
  });

  const table = (header: string[], data: string[][]): Row[] =>
    [header, ...data].map((cells, line) => ({ cells, table: true, line: line + 1 }));
  const ctx = { term: null, goal: null, scope: 'project' as const, isStop: () => false };
  const read = (rows: Row[]) =>
    readIndicatorTable(rows, 0, ctx).indicators.map((i) => [i.level2, i.name, i.target.raw]);

  it('place the same row by the columns of its own table', () => {
    // One row, its name ending in a figure (it fits nowhere as it stands): shifted right under a table with a
    // goal column it lacks, read where it stands under one without.
    const row = ['数量指标', '培训人次3', '≥56人次', '计划标准'];
    const wide = table(['目标', '二级指标', '三级指标', '指标值', '指标值确定依据'], [['', ...row]]);
    const shifted = table(['目标', '二级指标', '三级指标', '指标值', '指标值确定依据'], [[...row]]);
    const narrow = table(['二级指标', '三级指标', '指标值', '指标值确定依据'], [[...row]]);
    for (let k = 0; k < 2; k++) {
      expect(read(wide)).toEqual([['数量指标', '培训人次3', '≥56人次']]);
      expect(read(shifted)).toEqual([['数量指标', '培训人次3', '≥56人次']]);
      expect(read(narrow)).toEqual([['数量指标', '培训人次3', '≥56人次']]);
    }
  });
});
