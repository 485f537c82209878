import { describe, expect, it } from 'vitest';
import type { StreamCell } from './evaluation-cells.ts';
import { labelledRate } from './evaluation-labelled-rate.ts';

const stream = (...texts: string[]): StreamCell[] =>
  texts.map((text, row) => ({ text, row, line: null, table: false }));

// Made for this test in the shape of a text layer that put a 自评表's budget cells on one line.
describe('执行率 with its percent where no budget block was read', () => {
  it('is the percent right after the label standing as a word of its own', () => {
    expect(labelledRate(stream('合计 执行数 (万元) (万元) 8.2 8.2 执行率 100% 1. 完成设备更新'))).toBe(
      '100%',
    );
  });

  it("is not an indicator's 预算执行率, nor a label without its percent, nor one of two", () => {
    expect(labelledRate(stream('预算执行率 100% 10 10'))).toBeNull();
    expect(labelledRate(stream('执行率 8.2 100%'))).toBeNull();
    expect(labelledRate(stream('执行率 100%', '执行率 90%'))).toBeNull();
  });
});
