// mayNameWeight, the cheap test withoutLevelPoints asks of every cell of every table row before the lexicon: it
// may let through a text that names no weight column, never turn away one that does.
import { describe, expect, it } from 'vitest';
import { indicatorColumnOf, indicatorColumnSpellings, mayNameWeight } from './evaluation-lexicon.ts';
import { COLUMN_LABELS } from './lexicon-columns.ts';
import { withoutLevelPoints } from './level-points-columns.ts';
import type { Row } from '../rows/row.ts';

const weightSpellings = [
  ...indicatorColumnSpellings()
    .filter(([, column]) => column === 'weight')
    .map(([spelling]) => spelling),
  ...COLUMN_LABELS.weight,
];

describe('mayNameWeight', () => {
  it('lets through every spelling of a weight heading, as printed with notes, spaces and brackets', () => {
    const printed = weightSpellings.flatMap((s) => [
      s,
      `${s}（分）`,
      `★${s}：`,
      ` ${[...s].join(' ')} `,
      `${s}(%)`,
    ]);
    const weights = printed.filter((t) => indicatorColumnOf(t) === 'weight');
    // Every spelling is read as a weight heading whichever way it is printed…
    expect(weights.length).toBeGreaterThanOrEqual(weightSpellings.length);
    // …and none of them is turned away by the cheap test.
    expect(weights.filter((t) => !mayNameWeight(t))).toEqual([]);
  });

  it('turns away the cells of an indicator row, which name no column', () => {
    for (const text of ['产出指标', '数量指标', '建成基站14', '≥56个', '计划标准', '群众满意度6', ''])
      expect([text, mayNameWeight(text)]).toEqual([text, false]);
  });
});

describe('withoutLevelPoints with the cheap test', () => {
  const table = (...cells: string[]): Row => ({ cells, table: true });

  it('still takes out the points after a level (a header whose weight heading is spaced and noted)', () => {
    const rows = withoutLevelPoints([
      table('一级指标', '分 值（分）', '三级指标', '年度指标值', '权重'),
      table('产出指标', '50', '改厕户数', '≥200户', '20'),
    ]);
    expect(rows.map((r) => r.cells)).toEqual([
      ['一级指标', '三级指标', '年度指标值', '权重'],
      ['产出指标', '改厕户数', '≥200户', '20'],
    ]);
  });

  it('leaves a table without a weight heading as it is', () => {
    const input = [
      table('一级指标', '二级指标', '三级指标', '指标值'),
      table('产出指标', '数量指标', '建成基站14', '≥56个'),
    ];
    expect(withoutLevelPoints(input)).toEqual(input);
  });
});
