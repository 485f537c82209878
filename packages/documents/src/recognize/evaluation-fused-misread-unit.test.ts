// A 部门整体 自评表 run together (名称 | 计量单位 | 指标性质 | 年初指标值 | …) whose 计量单位 cell the OCR misread into
// Latin letters and a Han character (tot扁 for 篇, wide/475): the cell is the unit column's, not the name's end.
import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';

const cols: IndicatorColumn[] = ['name', 'unit', 'target', 'actual', 'weight', 'score'];
const rows = (cells: string[]) => readFusedRows(atomsOf(cells), cols, { maxWeight: null });

describe('a misread unit cell glued to the name', () => {
  it('cuts the misread unit off the name', () => {
    // Names and figures invented in wide/475's shape.
    expect(rows(['开展培训场次场12场15场55', '编印简报数量tot扁300篇320篇1010'])[1]).toMatchObject({
      name: '编印简报数量',
    });
  });

  it('leaves Latin letters that end a name without a Han character after them', () => {
    expect(rows(['开展培训场次场12场15场55', '空气质量指数AQI≤50455'])[1]).toMatchObject({
      name: '空气质量指数AQI',
    });
  });
});
