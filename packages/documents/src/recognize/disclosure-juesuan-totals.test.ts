// Made for these tests after fresh/647 (a 上海 district 部门决算 as a PDF's text, a row a line with single spaces
// between cells): the 支出 side's bare 总计, a 支出决算表 whose header's wrapped pieces come before its amount columns,
// and a 三公 决算 whose text states the vehicles' total and only the part spent.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const cover = ['某区某某街道办事处', '2025 年度部门决算'];
const summary = [
  '收入支出决算总表',
  '单位：万元',
  '收入 支出',
  '项目 决算数 项目 决算数',
  '一、一般公共预算财政拨款收入 900.00 一、一般公共服务支出 300.00',
  '二、政府性基金预算财政拨款收入 100.00 二、城乡社区支出 700.00',
  '本年收入合计 1,000.00 本年支出合计 1,000.00',
  '年初结转和结余 年末结转和结余',
  '总计 1,000.00 总计 1,000.00',
  '注：本表反映部门本年度的总收支和年末结转结余情况。',
];
const spending = (header: string[]) => [
  '支出决算表',
  '单位：万元',
  ...header,
  '合计 1,000.00 600.00 400.00',
  '201 一般公共服务支出 300.00 0.00 300.00',
  '212 城乡社区支出 700.00 600.00 100.00',
  '注：本表反映部门本年度各项支出情况。',
];
const wrapped = [
  '项目',
  '对附属单位补',
  '本年支出合计 基本支出 项目支出 上缴上级支出 经营支出',
  '功能分类',
  '助支出',
  '科目名称',
  '科目编码',
];
const plain = [
  '项目',
  '本年支出合计 基本支出 项目支出 上缴上级支出 经营支出',
  '功能分类',
  '科目名称',
  '科目编码',
];
const spent = [
  '第三部分 某区某某街道办事处 2025 年度部门决算情况说明',
  '五、一般公共预算财政拨款支出决算情况说明',
  '一般公共预算财政拨款支出年初预算为 950.00 万元，支出决算为 900.00 万元，完成年初预算的 95%。',
];
const explanation = (vehicles: string) => [
  '第三部分 某区某某街道办事处 2025 年度部门决算情况说明',
  '七、财政拨款“三公”经费支出决算情况说明',
  '（二）“三公”经费财政拨款支出决算具体情况说明。',
  '1、因公出国（境）费支出 0.00 万元。',
  '2、公务用车购置及运行维护费支出 19.70 万元。其中：',
  ...vehicles.split('\n'),
  '3、公务接待费支出 0.30 万元。',
];

const read = async (lines: string[]) => {
  const out = await importBuffer(new TextEncoder().encode(lines.join('\n')), 'final.txt');
  const d = out.ok ? out.forms.find((f) => f.kind === 'disclosure') : undefined;
  if (!d || d.kind !== 'disclosure') throw new Error('no disclosure read');
  return d;
};

describe("a 部门决算's totals", () => {
  it("reads the 支出 side's bare 总计 as the year's expenditure, before a 说明's 支出决算 of one fund", async () => {
    const d = await read([...cover, ...summary, ...spent]);
    expect([d.figures.income, d.figures.expenditure]).toEqual(['1000.00', '1000.00']);
  });

  it('takes no bare 总计 for spending where the row does not open with the 收入 side’s own 总计', async () => {
    const lone = summary.map((l) => (l.startsWith('总计') ? '结余分配 总计 1,000.00' : l));
    const d = await read([...cover, ...lone]);
    expect(d.figures.expenditure).not.toBe('1000.00');
  });

  it("reads the 合计 row's amounts under the headers naming them when wrapped header pieces come first", async () => {
    const d = await read([...cover, ...summary, ...spending(wrapped)]);
    expect([d.figures.basicExpenditure, d.figures.projectExpenditure]).toEqual(['600.00', '400.00']);
  });

  it('reads them as they stand where the header has no piece before its amount columns', async () => {
    const d = await read([...cover, ...summary, ...spending(plain)]);
    expect([d.figures.basicExpenditure, d.figures.projectExpenditure]).toEqual(['600.00', '400.00']);
  });

  it("gives the vehicles' other part as the difference where the text states the total and one part", async () => {
    const d = await read([
      ...cover,
      ...summary,
      ...explanation('公务用车运行维护支出 19.70 万元。主要用于公务车的汽油费。'),
    ]);
    expect([d.figures.threePublicVehicleOperation, d.figures.threePublicVehiclePurchase]).toEqual([
      '19.70',
      '0',
    ]);
  });

  it('leaves both parts as stated where the text states each', async () => {
    const both = '公务用车购置支出 5.00 万元。\n公务用车运行维护支出 14.70 万元。';
    const d = await read([...cover, ...summary, ...explanation(both)]);
    expect([d.figures.threePublicVehiclePurchase, d.figures.threePublicVehicleOperation]).toEqual([
      '5.00',
      '14.70',
    ]);
  });
});
