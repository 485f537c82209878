// A 自评表 run together whose total's label (自评总分, 合计) is glued to the last row's words, its figure after it. Made
// for this test in the `joined` shape of the variant generator; names and figures invented.
import { describe, expect, it } from 'vitest';
import { paragraph } from '../rows/row.ts';
import { readEvaluationTableInText } from './evaluation-stream-table.ts';
import { segmentText } from './evaluation-text.ts';

const rows = (text: string) =>
  readEvaluationTableInText(
    segmentText([{ ...paragraph(''), table: true, cells: text.split('|') }]),
  )?.records.map((r) => [r.name, r.cells.target, r.cells.actual]);

const HEADER = '一级指标二级指标三级指标分值年初目标值实际完成值|';
const BODY =
  '产出指标成本指标办公设备购置成本415万元15万元产出指标时效指标经费支付完成时间42021年12月完成2021年12月完成';

describe('the total’s label run into the last row', () => {
  it('ends the table: no row of its own, nothing of the last row’s cells', () => {
    const want = [
      ['办公设备购置成本', '15万元', '15万元'],
      ['经费支付完成时间', '2021年12月完成', '2021年12月完成'],
    ];
    expect(rows(`${HEADER}${BODY}自评总分98`)).toEqual(want);
    expect(rows(`${HEADER}${BODY}合计98`)).toEqual(want);
  });

  it('does not end the table at 合计 inside a name, a row’s figures after it', () => {
    expect(rows(`${HEADER}产出指标数量指标补助资金合计发放户数5120户120户`)).toEqual([
      ['补助资金合计发放户数', '120户', '120户'],
    ]);
  });
});
