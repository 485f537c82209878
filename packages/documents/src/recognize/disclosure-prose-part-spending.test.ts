// Made for these tests after fresh/647 (a 部门决算's 说明): a bare 支出 after a sentence that named one fund, or a 科目
// by its 类 / 款 / 项, is that fund's or that 科目's spending — never the unit's total expenditure.
import { describe, expect, it } from 'vitest';
import { readProse } from './disclosure-prose.ts';

const read = (text: string, year = 2025) =>
  Object.fromEntries(
    readProse([{ text, heading: '说明', starts: [{ at: 0, line: 1 }] }], year).statements.map((s) => [
      s.key,
      s.value,
    ]),
  );

describe('a bare 支出 in a 决算 说明', () => {
  it("after one fund's spending is that fund's 决算", () => {
    const got = read(
      '一般公共预算财政拨款支出年初预算为950.00万元，支出决算为900.00万元，完成年初预算的95%。',
    );
    expect(got.expenditure).toBeUndefined();
  });

  it("after one fund's income is that fund's spending", () => {
    const got = read('政府性基金预算财政拨款收入105.00万元，支出105.00万元。');
    expect([got.expenditure, got.expenditureGovernmentFund]).toEqual([undefined, '105.00']);
  });

  it('after a 科目 named by its 类 / 款 / 项 is that 科目’s, till the next point', () => {
    const items = [
      '其中：1、一般公共服务支出（类）统计信息事务（款）专项普查活动（项）39.99万元。主要用于：普查。',
      '年初预算为76.33万元，支出决算为39.99万元。',
      '2、教育支出（类）其他教育支出（款）其他教育支出（项）26.02万元。年初预算为30.00万元，支出决算为26.02万元。',
    ].join('');
    expect(read(items).expenditure).toBeUndefined();
  });

  it("is the unit's expenditure where the sentence names no part", () => {
    expect(read('本年支出合计1000.00万元。').expenditureThisYear).toBe('1000.00');
    expect(read('2025年度本单位支出决算为1000.00万元。').expenditure).toBe('1000.00');
    expect(read('三、支出决算情况说明。支出决算为1000.00万元。').expenditure).toBe('1000.00');
  });
});
