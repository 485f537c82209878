// A 自评表 row run together whose one figure is a sign-led target (=100, ≥50): its last 0 is no actual of nothing
// cut off it — a 0 a form prints in a cell of its own. Made up for this test in the shape of issue 12's joined
// variants; names invented.
import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';

const rows = (text: string, cols: IndicatorColumn[]) =>
  readFusedRows(atomsOf([text]), cols, { maxWeight: null });

describe('a figure’s last 0 is not cut off as a value of nothing', () => {
  it('keeps =100 whole under 目标值 | 完成值, in either order', () => {
    expect(rows('某设备购置款支付率=100', ['name', 'target', 'actual'])).toEqual([
      { name: '某设备购置款支付率', cells: { target: '=100' } },
    ]);
    expect(rows('某设备购置款支付率=100', ['name', 'actual', 'target'])[0]!.cells).not.toEqual({
      actual: '=10',
      target: '0',
    });
  });

  it('reads a 0 opening the run as an actual of nothing', () => {
    expect(rows('某监测站建设数011个', ['name', 'actual', 'target'])).toEqual([
      { name: '某监测站建设数', cells: { actual: '0', target: '11个' } },
    ]);
  });

  it('still cuts a target and an actual that are both something', () => {
    expect(rows('某设备购置款支付率=100100', ['name', 'target', 'actual'])).toEqual([
      { name: '某设备购置款支付率', cells: { target: '=100', actual: '100' } },
    ]);
  });
});
