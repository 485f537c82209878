import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { paragraph } from '../rows/row.ts';
import { rowsFromLevelPoints } from './level-points-table.ts';

// Made for these tests: a 自评表 scoring each level, its points printed right after it (一级指标 | 分值 | 二级指标 |
// 分值 | 三级指标 | 分值 | 得分), copied one cell per line — the merged level cells once for the rows under them.
const CELLS = [
  '一级指标',
  '分值',
  '二级指标',
  '分值',
  '三级指标',
  '分值',
  '得分',
  '项目决策',
  '20',
  '项目目标',
  '8',
  '目标明确性',
  '4',
  '4',
  '目标合理性',
  '4',
  '3',
  '决策过程',
  '12',
  '决策程序',
  '12',
  '11',
  '项目绩效',
  '80',
  '项目产出',
  '40',
  '产出数量',
  '20',
  '18.5',
  '产出质量',
  '20',
  '20',
  '项目效益',
  '40',
  '社会',
];
const TEXT = ['修缮项目绩效自评表', '项目名称', '办公楼修缮', ...CELLS].join('\n');

describe('a scoring table with each level’s points after it, one cell per line', () => {
  it('is rebuilt one row per indicator, the levels filled down and their points left out', () => {
    const rows = rowsFromLevelPoints(CELLS.map((c) => paragraph(c)));
    expect(rows?.map((r) => r.cells)).toEqual([
      ['一级指标', '二级指标', '三级指标', '分值', '得分'],
      ['项目决策', '项目目标', '目标明确性', '4', '4'],
      ['项目决策', '项目目标', '目标合理性', '4', '3'],
      ['项目决策', '决策过程', '决策程序', '12', '11'],
      ['项目绩效', '项目产出', '产出数量', '20', '18.5'],
      ['项目绩效', '项目产出', '产出质量', '20', '20'],
      // Where the copy stops: a level taken, a name without figures left as it came.
      ['社会'],
    ]);
    // A table whose header prints no points after its levels is not this one.
    expect(
      rowsFromLevelPoints(['一级指标', '二级指标', '三级指标', '分值', '得分'].map((c) => paragraph(c))),
    ).toBeNull();
  });

  it('imports each indicator with its 分值 and 得分, none for a level', async () => {
    const out = await importBuffer(new TextEncoder().encode(TEXT), 'levels.txt');
    expect(out.ok).toBe(true);
    const first = out.ok ? out.evaluations[0] : undefined;
    const doc = first?.kind === 'self-evaluation' ? first : undefined;
    expect(doc?.indicators.map((i) => [i.name, i.weight, i.score])).toEqual([
      ['目标明确性', '4', '4'],
      ['目标合理性', '4', '3'],
      ['决策程序', '12', '11'],
      ['产出数量', '20', '18.5'],
      ['产出质量', '20', '20'],
    ]);
  });
});
