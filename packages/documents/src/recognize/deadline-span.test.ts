import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';

const rowsOf = (text: string) =>
  readFusedRows(atomsOf([text]), ['name', 'target', 'actual'], { maxWeight: null }).map((r) => [
    r.name,
    r.cells,
  ]);

// Rows made for these tests after wide/482 (a 监控表 whose cells ran together): a deadline written as a span.
describe('a deadline written as a time span with 内', () => {
  it('keeps 内 with the span, and the event it counts from after a timeliness name', () => {
    expect(atomsOf(['补助发放时间学期结束后1个月内春季学期已按时发放']).map((a) => a.text)).toEqual([
      '补助发放时间',
      '学期结束后1个月内',
      '春季学期已按时发放',
    ]);
    expect(rowsOf('资金拨付时限资金下达后30日内已拨付')).toEqual([
      ['资金拨付时限', { target: '资金下达后30日内', actual: '已拨付' }],
    ]);
  });

  it('leaves 内 opening a word, and words before a span no timeliness name closes, as they were', () => {
    expect(atomsOf(['培训3天内部控制制度']).map((a) => a.text)).toEqual(['培训', '3天', '内部控制制度']);
    // A name holding a span (…6小时内扑灭率): no event before it, words after 内 — the span is the name's.
    expect(atomsOf(['森林火灾6小时内扑灭率']).map((a) => a.text)).not.toContain('6小时内');
    expect(atomsOf(['资金下达后30日内']).map((a) => a.text)).toEqual(['资金下达后', '30日内']);
  });
});
