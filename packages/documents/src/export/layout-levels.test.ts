// The merged 一级/二级 cells of the 监控表 and 自评表 exports: drawn once over the rows that share them, as on
// the official forms, and never merged across a different 一级.
import { describe, expect, it } from 'vitest';
import { checkMonitoring, parseIndicatorValue, type NewMonitoringEntry } from '@jixiao/core';
import { levelCells } from './layout-indicators.ts';
import { layoutMonitoring } from './layout-monitoring.ts';
import type { LayoutCell } from './layout.ts';

const row = (level1: string, level2: string, name: string): NewMonitoringEntry['indicators'][number] => ({
  indicatorId: name,
  goal: null,
  level1,
  level2,
  name,
  target: parseIndicatorValue('≥10个'),
  actualToDate: parseIndicatorValue(''),
  grade: null,
  expectedFullYear: parseIndicatorValue(''),
  deviationReason: null,
  reasonText: null,
  likelihood: null,
  correctiveMeasure: null,
});

const spans = (cells: LayoutCell[][]) => cells.map((r) => r.map((c) => [c.col, c.text, c.rowSpan]));

describe('levelCells', () => {
  it('merges 一级 over its rows and 二级 inside its 一级', () => {
    expect(
      spans(
        levelCells([
          { level1: '产出指标', level2: '数量指标' },
          { level1: '产出指标', level2: '数量指标' },
          { level1: '产出指标', level2: '质量指标' },
          { level1: '效益指标', level2: '质量指标' },
        ]),
      ),
    ).toEqual([
      [
        [0, '产出指标', 3],
        [1, '数量指标', 2],
      ],
      [],
      [[1, '质量指标', 1]],
      [
        [0, '效益指标', 1],
        [1, '质量指标', 1],
      ],
    ]);
  });
  it('draws every row when nothing repeats', () => {
    expect(
      levelCells([
        { level1: 'a', level2: 'x' },
        { level1: 'b', level2: 'x' },
      ]).map((r) => r.length),
    ).toEqual([2, 2]);
  });
});

describe('监控表 export', () => {
  const entry: NewMonitoringEntry = {
    projectId: null,
    projectName: '政务服务工作',
    year: 2024,
    month: 7,
    budget: { annual: '100', executedToDate: '0', plannedShareToDate: null },
    indicators: [
      row('产出指标', '数量指标', '甲'),
      row('产出指标', '数量指标', '乙'),
      row('效益指标', '社会效益', '丙'),
    ],
  };
  const table = layoutMonitoring(
    entry,
    checkMonitoring(entry, undefined, { budgetReported: false }),
    '单位',
  ).sections[0]!.blocks.find((b) => b.type === 'table');
  const rows = table && table.type === 'table' ? table.rows : [];
  const dataRow = (name: string) => rows.find((r) => r.some((c) => c.text === name))!;

  it('merges 一级 and 二级 as the official form does', () => {
    expect(
      dataRow('甲')
        .filter((c) => c.col < 2)
        .map((c) => [c.text, c.rowSpan]),
    ).toEqual([
      ['产出指标', 2],
      ['数量指标', 2],
    ]);
    expect(dataRow('乙').some((c) => c.col < 2 && c.text)).toBe(false);
    expect(
      dataRow('丙')
        .filter((c) => c.col < 2)
        .map((c) => c.text),
    ).toEqual(['效益指标', '社会效益']);
  });
  it('writes 未填报 for lights of what the unit has not filled, not 红灯', () => {
    expect(dataRow('甲').find((c) => c.col === 6)?.text).toBe('未填报');
    expect(rows.flat().some((c) => c.text === '红灯')).toBe(false);
  });
});
