// A 自评表 whose target and actual are a figure with words after it, written alike (100%覆盖 | 100%覆盖), run
// together after the name or after the points (WIFI布点全覆盖100%覆盖100%覆盖, …1010 0%覆盖…): the two are whole
// cells, not a figure cut into points and values with 覆盖 opening a row. Made for this test in the shape of
// issue 12's joined variants of wide/257; names invented.
import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';

const cols: IndicatorColumn[] = ['name', 'reason', 'score', 'target', 'actual'];
const rows = (text: string) => readFusedRows(atomsOf([text]), cols, { maxWeight: null });

describe('a figure with words written twice', () => {
  it('reads 100%覆盖 twice after the name as target and actual', () => {
    expect(rows('某馆网络布点全覆盖100%覆盖100%覆盖某存储设备数量1025TB25TB')).toEqual([
      { name: '某馆网络布点全覆盖', cells: { target: '100%覆盖', actual: '100%覆盖' } },
      { name: '某存储设备数量', cells: { score: '10', target: '25TB', actual: '25TB' } },
    ]);
  });

  it('parts the points before them', () => {
    expect(rows('某馆网络布点全覆盖10100%覆盖100%覆盖')).toEqual([
      { name: '某馆网络布点全覆盖', cells: { score: '10', target: '100%覆盖', actual: '100%覆盖' } },
    ]);
  });

  it('leaves a figure and its bound to the figures’ reading (95%以上 twice)', () => {
    const atoms = atomsOf(['某项达标率95%以上95%以上']);
    expect(atoms.map((a) => a.kind)).toEqual(['text', 'value', 'value']);
  });
});
