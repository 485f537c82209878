// A name that sets an amount with a unit of several characters (建设普通省道二级公路32.1公里) run into the row's bare
// figures (2020 = 指标值 20 | 完成值 20), as a 四川 central transfer's 自评表 prints it run together (wide/426): the
// amount is the name's, not a target 3 and an actual 2.1公里 cut out of it.
import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';

const cols: IndicatorColumn[] = ['name', 'target', 'actual', 'reason'];
const rows = (cells: string[]) => readFusedRows(atomsOf(cells), cols, { maxWeight: null });

describe('a name ending in the amount it sets', () => {
  it('keeps 12.5公里 in the name when bare figures follow it', () => {
    // Made for this test in wide/426's shape; names and figures invented.
    expect(rows(['新建某级公路12.5公里2020', '建设符合验收要求2020'])).toEqual([
      { name: '新建某级公路12.5公里', cells: { target: '20', actual: '20' } },
      { name: '建设符合验收要求', cells: { target: '20', actual: '20' } },
    ]);
  });

  it('still reads a figure with its unit as the target where the actual prints the unit too', () => {
    expect(rows(['新建某级公路里程12.5公里12.5公里', '建设符合验收要求2020'])).toEqual([
      { name: '新建某级公路里程', cells: { target: '12.5公里', actual: '12.5公里' } },
      { name: '建设符合验收要求', cells: { target: '20', actual: '20' } },
    ]);
  });
});
