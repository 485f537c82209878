import { describe, expect, it } from 'vitest';
import { computeRowSpans, levelSpans, termTable } from './row-spans.ts';

const row = (goal: string | null, level1: string | null, level2: string | null) => ({ goal, level1, level2 });

describe('computeRowSpans', () => {
  it('merges repeated 目标/一级/二级 cells like the 批复表 of seed 004', () => {
    const rows = [
      row('年度目标1', '成本指标', '经济成本指标'),
      row('年度目标1', '产出指标', '数量指标'),
      row('年度目标1', '产出指标', '数量指标'),
      row('年度目标1', '产出指标', '质量指标'),
      row('年度目标1', '效益指标', '社会效益指标'),
      row('年度目标1', '效益指标', '社会效益指标'),
      row('年度目标1', '满意度指标', '满意度指标'),
    ];
    expect(computeRowSpans(rows)).toEqual([
      { goal: 7, level1: 1, level2: 1 },
      { goal: 0, level1: 3, level2: 2 },
      { goal: 0, level1: 0, level2: 0 },
      { goal: 0, level1: 0, level2: 1 },
      { goal: 0, level1: 2, level2: 2 },
      { goal: 0, level1: 0, level2: 0 },
      { goal: 0, level1: 1, level2: 1 },
    ]);
  });

  it('never merges a level across a change of the level above it', () => {
    const rows = [row('目标1', '产出指标', '数量指标'), row('目标2', '产出指标', '数量指标')];
    expect(computeRowSpans(rows)).toEqual([
      { goal: 1, level1: 1, level2: 1 },
      { goal: 1, level1: 1, level2: 1 },
    ]);
  });

  it('does not merge rows that are not consecutive, and handles empty input', () => {
    const rows = [row('g', 'a', 'x'), row('g', 'b', 'y'), row('g', 'a', 'x')];
    expect(computeRowSpans(rows).map((s) => s.level1)).toEqual([1, 1, 1]);
    expect(computeRowSpans([])).toEqual([]);
  });
});

describe('termTable', () => {
  const row = (term: string, level2: string) => ({ term, goal: 'g', level1: '产出指标', level2 });
  it('keeps the form index of each row of the term, with its spans', () => {
    const t = termTable(
      [row('long', '数量指标'), row('annual', '数量指标'), row('annual', '数量指标')],
      'annual',
    );
    expect(t.map((r) => r.index)).toEqual([1, 2]);
    expect(t.map((r) => r.span)).toEqual([
      { goal: 2, level1: 2, level2: 2 },
      { goal: 0, level1: 0, level2: 0 },
    ]);
  });
});

describe('levelSpans (监控表, 自评表: no goal column)', () => {
  const row = (goal: string, level1: string, level2: string) => ({ goal, level1, level2 });
  it('merges 一级 and 二级 across goals, never draws a goal cell', () => {
    expect(
      levelSpans([
        row('g1', '产出指标', '数量指标'),
        row('g2', '产出指标', '数量指标'),
        row('g2', '效益指标', '社会效益'),
      ]),
    ).toEqual([
      { goal: 0, level1: 2, level2: 2 },
      { goal: 0, level1: 0, level2: 0 },
      { goal: 0, level1: 1, level2: 1 },
    ]);
  });
  it('does not merge a 二级 of the same name under another 一级', () => {
    expect(
      levelSpans([row('g', '产出指标', '其他'), row('g', '效益指标', '其他')]).map((s) => s.level2),
    ).toEqual([1, 1]);
  });
});
