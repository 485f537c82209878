import { describe, expect, it } from 'vitest';
import { disclosureTableKind, threePublicLine, budgetLine } from './disclosure-lexicon.ts';

describe('the 三公 line labels', () => {
  it('knows every spelling seen, with numbering, 其中 and brackets of either width', () => {
    const cases: Array<[string, string]> = [
      ['1. 因公出国（境）费用', 'threePublicAbroad'],
      ['因公出国(境)经费费', 'threePublicAbroad'],
      ['2. 公务用车购置及运行维护费', 'threePublicVehicles'],
      ['公务用车费', 'threePublicVehicles'],
      ['其中：（1）公务用车购置', 'threePublicVehiclePurchase'],
      ['(2)公务用车运行费用', 'threePublicVehicleOperation'],
      ['公务接待', 'threePublicReception'],
      ['“三公”经费合计', 'threePublic'],
      ['合计', 'threePublic'],
    ];
    for (const [label, key] of cases) expect(threePublicLine(label)).toEqual({ key, exact: true });
  });
  it('reads an unseen spelling by its words, as not exact; a part wins over its group', () => {
    expect(threePublicLine('公务用车维护经费')).toEqual({ key: 'threePublicVehicleOperation', exact: false });
    expect(threePublicLine('公务用车购置及运行维护经费')).toEqual({
      key: 'threePublicVehicles',
      exact: false,
    });
    expect(threePublicLine('出国考察费')).toEqual({ key: 'threePublicAbroad', exact: false });
    expect(threePublicLine('会议费')).toBeNull();
  });
  it('takes no other item of the disclosure for an unseen spelling (嘉定区司法局 wide/260: 机关运行经费决算数)', () => {
    expect(threePublicLine('机关运行经费决算数')).toBeNull();
    expect(threePublicLine('政府采购预算')).toBeNull();
    // an unseen 三公 spelling is still read by its words
    expect(threePublicLine('公务用车运行维护开支')).toEqual({
      key: 'threePublicVehicleOperation',
      exact: false,
    });
  });

  it('knows the budget lines of a 收支总表', () => {
    expect(budgetLine('一、本年收入')).toEqual({ key: 'incomeThisYear', exact: true });
    expect(budgetLine('政府性基金预算资金')).toEqual({ key: 'incomeGovernmentFund', exact: true });
    expect(budgetLine('城乡社区支出')).toBeNull();
  });

  it('spells 国有资本经营预算 income as its two sister sources are spelt: 拨款收入 (天津 河西务镇 fresh/636)', () => {
    expect(budgetLine('国有资本经营预算拨款收入')).toEqual({ key: 'incomeStateCapital', exact: true });
    expect(budgetLine('国有资本经营预算拨款')).toEqual({ key: 'incomeStateCapital', exact: true });
    expect(budgetLine('政府性基金预算拨款收入')).toEqual({ key: 'incomeGovernmentFund', exact: true });
  });
});

describe('the standard tables by their titles', () => {
  it('finds the kind whatever the year, place and numbering', () => {
    expect(disclosureTableKind('2024年昌宁县卡斯镇“三公”经费预算财政拨款情况统计表')).toEqual({
      kind: 'three-public',
      exact: true,
    });
    expect(disclosureTableKind('表一 财政拨款收支总表')).toEqual({ kind: 'fiscal-summary', exact: true });
    expect(disclosureTableKind('部门（单位）收支总体情况表')).toEqual({ kind: 'summary', exact: true });
    expect(disclosureTableKind('一般公共预算支出表（功能分类项级）')).toEqual({
      kind: 'general-public',
      exact: true,
    });
    expect(disclosureTableKind('一般公共预算基本支出情况表')).toEqual({
      kind: 'general-public-basic',
      exact: true,
    });
    expect(disclosureTableKind('部门预算“三公”经费明细表')).toEqual({ kind: 'three-public', exact: false });
    expect(disclosureTableKind('项目绩效目标申报表')).toBeNull();
    expect(disclosureTableKind('2024年部门预算说明')).toBeNull();
  });
});
