import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';

// Made for these tests in the `joined` shape (a 监控表 copied without cell breaks): a payment's schedule as the worded
// target (按月发放, 按季度拨付), glued to its name or to the next row's name.
const read = (text: string, columns: string[]) =>
  readFusedRows(atomsOf([text]), columns as Parameters<typeof readFusedRows>[1], { maxWeight: null }).map(
    (r) => [r.name, r.cells.target, r.cells.actual],
  );

describe('a payment’s schedule as a worded target (按季度拨付)', () => {
  it('is cut from the name it closes, before the actual', () => {
    expect(
      read('养老补贴拨付时限按季度拨付已拨付2个季度人均服务补助标准200元200元', ['name', 'target', 'actual']),
    ).toEqual([
      ['养老补贴拨付时限', '按季度拨付', '已拨付2个季度'],
      ['人均服务补助标准', '200元', '200元'],
    ]);
  });

  it('is cut from the next name it opens after 定性', () => {
    expect(
      read('养老补贴发放时限已发放3个月定性按月发放人均服务补助标准200元200元', [
        'name',
        'actual',
        'op',
        'target',
      ]),
    ).toEqual([
      ['养老补贴发放时限', '按月发放', '已发放3个月'],
      ['人均服务补助标准', '200元', '200元'],
    ]);
  });

  it('leaves a name holding a schedule’s words apart (按时足额拨付率) whole', () => {
    expect(read('养老补贴按时足额拨付率100%100%', ['name', 'target', 'actual'])).toEqual([
      ['养老补贴按时足额拨付率', '100%', '100%'],
    ]);
  });
});
