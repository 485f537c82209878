// A 自评表 row whose name a line wrap parted at a space (音响、灯光、道具、服装 / 质量等), the name's last words run
// together with the target and the actual that repeat each other (质量等合格合格2020): one row, not a name-only row
// and a row named by the wrapped words.
import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';

const columns: IndicatorColumn[] = ['name', 'target', 'actual', 'weight', 'score', 'reason'];

describe('a wrapped name run into its repeated target and actual', () => {
  it('reads one row with the whole name', () => {
    expect(
      readFusedRows(atomsOf(['设备采购、安装、调试', '验收等合格合格1515']), columns, { maxWeight: null }),
    ).toEqual([
      {
        name: '设备采购、安装、调试验收等',
        cells: { target: '合格', actual: '合格', weight: '15', score: '15' },
      },
    ]);
  });

  it('still ends a name in the words its target repeats where each cell was copied apart', () => {
    const rows = readFusedRows(atomsOf(['保证资金专款专用', '专款专用', '专款专用', '10', '10']), columns, {
      maxWeight: null,
    });
    expect(rows.map((r) => [r.name, r.cells.target, r.cells.actual])).toEqual([
      ['保证资金专款专用', '专款专用', '专款专用'],
    ]);
  });
});
