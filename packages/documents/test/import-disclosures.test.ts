// Disclosures of other provinces, whole or in parts (corpus 032–042, copied into fixtures/disclosure with their
// `# source:` line). Expectations written by reading each document; figures in 万元.
import { describe, expect, it } from 'vitest';
import { runChecks, type Disclosure, type Form } from '@jixiao/core';
import { readTextRows, recognizeDocument, recognizeForms } from '../src/index.ts';
import { fixtureRows } from './disclosure-fixtures.ts';

/** Where the figures of the document's disclosure were read (its entry among the forms' sources). */
function disclosureSourcesOf(doc: ReturnType<typeof recognizeDocument>) {
  return doc.sources[doc.forms.findIndex((f) => f.kind === 'disclosure')] ?? [];
}

const read = (n: string): { forms: Form[]; d: Disclosure } => {
  const forms = recognizeForms(fixtureRows(`${n}_disclosure.txt`));
  return { forms, d: forms[0] as Disclosure };
};
const stated = (d: Disclosure) => Object.fromEntries(Object.entries(d.figures).filter(([, v]) => v !== null));
const errors = (forms: Form[]) => runChecks(forms).filter((f) => f.severity === 'error');

describe('a disclosure is read from any part of a package', () => {
  it('036 云南: one 三公 统计表 with 上年, 本年 and 增减 columns; blank lines are 0', () => {
    const { forms, d } = read('036');
    expect(forms.map((f) => f.kind)).toEqual(['disclosure']);
    expect(d).toMatchObject({
      department: '昌宁县卡斯镇',
      year: 2024,
      partial: true,
      publishedOn: '2025-06-06',
    });
    expect(d.tables.map((t) => [t.title, t.unit])).toEqual([
      ['昌宁县卡斯镇“三公”经费预算财政拨款情况统计表', '万元'],
    ]);
    expect(d.tables[0]!.columns).toEqual([
      '项目',
      '2023年预算数',
      '2024年预算数',
      '比上年增、减情况/增、减金额',
      '比上年增、减情况/增、减幅度',
    ]);
    expect(d.figures).toMatchObject({
      threePublic: '22.15',
      threePublicPrior: '18.15',
      threePublicChange: '4',
      threePublicChangePercent: '22',
      threePublicAbroad: '0',
      threePublicReception: '7',
      threePublicReceptionPrior: '3',
      threePublicReceptionChangePercent: '133',
      threePublicVehicles: '15.15',
      threePublicVehiclePurchase: '0',
      threePublicVehicleOperation: '15.15',
      threePublicVehicleOperationPrior: '15.15',
      // the note under the table: "2023年公务接待费决算数为7万元"
      threePublicReceptionPriorActual: '7',
    });
    expect(errors(forms)).toEqual([]);
  });

  it('035 安徽: a 三公 table written one cell a line, the 用车 group over 小计 / 购置 / 运行, then its explanation', () => {
    const { forms, d } = read('035');
    expect(d).toMatchObject({ department: '皖江江南新兴产业集中区(管委会)', year: 2024, partial: true });
    expect(d.tables[0]).toMatchObject({
      title: '一般公共预算“三公”经费支出预算表',
      unit: '万元',
      columns: [
        '“三公”经费合计',
        '因公出国（境）费',
        '公务用车购置及运行费/小计',
        '公务用车购置及运行费/公务用车购置费',
        '公务用车购置及运行费/公务用车运行费',
        '公务接待费',
      ],
      rows: [['328.7', '10', '78.7', '43', '35.7', '240']],
    });
    expect(d.sections.map((s) => s.title)).toEqual(['二、2024年一般公共预算“三公”经费支出预算情况说明']);
    expect(d.figures).toMatchObject({
      threePublic: '328.7',
      threePublicAbroad: '10',
      threePublicVehicles: '78.7',
      threePublicVehiclePurchase: '43',
      threePublicVehicleOperation: '35.7',
      threePublicReception: '240',
      threePublicChange: '-17.3',
      threePublicChangePercent: '-5',
      threePublicAbroadChange: '0', // 与2023年预算持平
      threePublicVehiclesChange: '-7.3',
      threePublicVehicleOperationChangePercent: '-3.5',
      threePublicVehiclePurchaseChangePercent: '-12.24',
      threePublicReceptionChange: '-10',
    });
    expect(errors(forms)).toEqual([]);
  });

  it('033 重庆: a 财政拨款收支总表 with income and spending in the same row, thousands separators', () => {
    const { forms, d } = read('033');
    expect(d).toMatchObject({
      department: '重庆市大足区城市管理局',
      year: 2023,
      partial: true,
      publishedOn: '2023-03-09',
    });
    expect(d.tables.map((t) => t.title)).toEqual(['财政拨款收支总表', '一般公共预算财政拨款支出预算表']);
    expect(d.tables[0]!.rows[0]).toEqual([
      '一、本年收入',
      '24268.22',
      '一、本年支出',
      '24268.22',
      '24216.22',
      '52.00',
      '',
    ]);
    expect(stated(d)).toEqual({
      income: '24268.22',
      incomeThisYear: '24268.22',
      incomeGeneralPublic: '24216.22',
      incomeGovernmentFund: '52.00',
      expenditure: '24268.22',
      expenditureThisYear: '24268.22',
    });
    expect(errors(forms)).toEqual([]);
  });

  it('032 湖南: a table of contents and the explanation; income, its parts and its change from the text', () => {
    const { forms, d } = read('032');
    // the unit is named by its profile: "祁阳市浯溪街道教育管理中心是祁阳市教育局下设二级机构"
    expect(d).toMatchObject({ department: '祁阳市浯溪街道教育管理中心', year: 2024, partial: true });
    expect(d.contents).toEqual([
      '部门收支总体情况表',
      '部门收入总体情况表',
      '部门支出总体情况表',
      '财政拨款收支情况表',
      '一般公共预算支出表',
      '一般公共预算基本支出表',
      '一般公共预算“三公”经费支出表',
      '政府性基金预算支出情况表',
      '项目支出绩效目标表',
      '整体支出绩效目标表',
    ]);
    expect(d.sections.map((s) => s.title)).toEqual([
      '一、部门基本概况',
      '二、部门预算单位构成',
      '三、部门收支总体情况',
    ]);
    // "收入较上年增加2042.519万元,增加30.14%": the change is never the income (the audit of 30.14% needs these three)
    expect(stated(d)).toEqual({
      income: '7018.511',
      incomeGeneralPublic: '7018.511',
      incomeGovernmentFund: '0',
      incomeChange: '2042.519',
      incomeChangePercent: '30.14',
      expenditure: '7018.511',
    });
    // …and the audit finds the rate wrong: 2042.519 ÷ (7018.511 − 2042.519) = 41.05 %, not 30.14 % (corpus manifest).
    expect(errors(forms).map((f) => [f.rule, f.path])).toEqual([
      ['R-PUB-11', '/figures/incomeChangePercent'],
    ]);
  });

  it('034 重庆: a 镇 budget report — last year’s 执行数 under their own keys, with the parts listed after 其中', () => {
    const { d } = read('034');
    expect(d).toMatchObject({ department: '重庆市大足区珠溪镇人民政府', year: 2024 });
    expect(stated(d)).toMatchObject({
      incomeGeneralPublicPriorActual: '4220.18',
      incomeGeneralPublicPriorActualChangePercent: '-10.91', // 同比下降10.91%
      incomeGovernmentFundPriorActual: '4.5',
      incomeTransfersPriorActual: '4041.68',
      incomeTaxPriorActual: '183',
      expenditureGeneralPublicPriorActual: '4220.18',
    });
    expect(d.figures['income']).toBeNull();
  });
});

describe('a disclosure written as prose only', () => {
  it('037 广西: 市本级 三公 with changes against 上年年初预算, and a misspelt 因公出国(境)经费费', () => {
    const { forms, d } = read('037');
    expect(d).toMatchObject({ department: null, year: 2024, partial: true });
    expect(stated(d)).toEqual({
      threePublic: '3923',
      threePublicChange: '-332',
      threePublicChangePercent: '-7.81',
      threePublicReception: '638',
      threePublicReceptionChange: '-317',
      threePublicAbroad: '62',
      threePublicAbroadChange: '24',
      threePublicVehiclePurchase: '718',
      threePublicVehiclePurchaseChange: '135',
      threePublicVehicleOperation: '2505',
      threePublicVehicleOperationChange: '-174',
    });
    expect(errors(forms)).toEqual([]);
  });

  it('038 四川: "较2024年的2190万元减少221万元" gives last year and the change, never a total of 221', () => {
    const { forms, d } = read('038');
    expect(d.year).toBe(2025);
    expect(stated(d)).toEqual({
      threePublic: '1969',
      threePublicPrior: '2190',
      threePublicChange: '-221',
      threePublicChangePercent: '-10.1',
      threePublicAbroad: '40',
      threePublicAbroadChange: '0',
      threePublicReception: '242',
      threePublicReceptionChange: '-12',
      threePublicReceptionChangePercent: '-4.7',
      threePublicVehicles: '1687',
      threePublicVehiclesChange: '-209',
      threePublicVehiclesChangePercent: '-11',
    });
    expect(errors(forms)).toEqual([]);
  });

  it('039 内蒙古: this year’s budget, last year’s 决算 (section 二), and the changes between them', () => {
    const { d } = read('039');
    expect(d.year).toBe(2022);
    expect(d.sections.map((s) => s.title)).toEqual([
      '一、2022年“三公”经费预算安排情况',
      '二、2021年“三公”经费决算情况',
    ]);
    expect(stated(d)).toEqual({
      threePublic: '21.8',
      threePublicAbroad: '0',
      threePublicReception: '11.8',
      threePublicVehicleOperation: '10',
      threePublicPriorActual: '20.12',
      threePublicAbroadPriorActual: '0',
      threePublicReceptionPriorActual: '12.39',
      threePublicVehicleOperationPriorActual: '7.73',
      threePublicChange: '1.68',
      threePublicReceptionChange: '-0.58', // stated; 12.39 − 11.8 = 0.59 is for the audit
      threePublicReceptionChangePercent: '-4.68',
      threePublicVehicleOperationChange: '2.27',
      threePublicVehicleOperationChangePercent: '29.37',
    });
  });

  it('040 重庆: one paragraph, 因公出国(境)费用 and 公务用车购置及运行维护费', () => {
    const { forms, d } = read('040');
    expect(d.year).toBe(2023);
    expect(stated(d)).toEqual({
      threePublic: '2493.77',
      threePublicAbroad: '83',
      threePublicVehicles: '1534.95',
      threePublicReception: '875.82',
    });
    expect(errors(forms)).toEqual([]);
  });
});

describe('a PDF page flattened into one paragraph with page numbers inline', () => {
  it('041 黑龙江: the twelve tables its contents list, and the section it cut at the heading listed', () => {
    const { forms, d } = read('041');
    expect(d).toMatchObject({ department: '绥芬河市阜宁镇人民政府', year: 2022, partial: true });
    expect(d.contents).toHaveLength(12);
    expect(d.contents?.slice(0, 4)).toEqual(['收支总表', '收入总表', '支出总表', '财政拨款收支总表']);
    expect(d.contents).toContain('一般公共预算“三公”经费支出表');
    expect(d.sections[0]!.title).toBe('一、部门职责');
    expect(d.sections[0]!.text).toMatch(/^1、贯彻党的方针政策/);
    // the page number "3" between item 6 and item 7 is gone
    expect(d.sections[0]!.text).toContain('预防群体事件发生; 7、组织开展文体娱乐活动');
    expect(errors(forms)).toEqual([]);
  });

  it('042 新疆: a 单位预算公开 named from its county, ten tables listed', () => {
    const { forms, d } = read('042');
    expect(d).toMatchObject({ department: '若羌县铁干里克镇卫生院', year: 2023 });
    expect(d.contents).toEqual([
      '部门(单位)收支总体情况表',
      '部门(单位)收入总体情况表',
      '部门(单位)支出总体情况表',
      '财政拨款收支总体情况表',
      '一般公共预算支出情况表',
      '一般公共预算基本支出情况表',
      '一般公共预算项目支出情况表',
      '政府性基金预算支出情况表',
      '国有资本经营预算支出情况表',
      '财政拨款“三公”经费支出情况表',
    ]);
    expect(errors(forms)).toEqual([]);
  });
});

describe('where each figure was read', () => {
  it('a table cell: line, column and label; a sentence: its words, less sure', () => {
    const table = disclosureSourcesOf(recognizeDocument(fixtureRows('036_disclosure.txt')));
    expect(table.find((s) => s.path === '/figures/threePublic')).toEqual({
      path: '/figures/threePublic',
      line: 9,
      source: '昌宁县卡斯镇“三公”经费预算财政拨款情况统计表',
      column: 2,
      label: '合计',
      text: '22.15',
      confidence: 1,
    });
    // a line listed with nothing written is read as 0, a little less sure
    expect(table.find((s) => s.path === '/figures/threePublicAbroad')).toMatchObject({
      line: 10,
      text: '',
      confidence: 0.85,
    });
    const prose = disclosureSourcesOf(recognizeDocument(fixtureRows('038_disclosure.txt')));
    expect(prose.find((s) => s.path === '/figures/threePublicPrior')).toMatchObject({
      line: 2,
      label: '“三公”经费预算',
      confidence: 0.9,
    });
    expect(prose.find((s) => s.path === '/figures/threePublicPrior')!.text).toContain('2190万元');
    expect(prose.map((s) => s.path)).toEqual(
      expect.arrayContaining(['/figures/threePublic', '/figures/threePublicChangePercent']),
    );
  });
});

describe('amounts in the table’s own unit', () => {
  // Layouts seen in the corpus, amounts invented: a 三公 table in 元, and one with a row a year.
  const rowsOf = (text: string) => readTextRows(text);
  it('converts a table in 元 to 万元 exactly, keeping the cells as published', () => {
    const text = [
      '2024年某县某局一般公共预算“三公”经费支出表',
      '单位：元',
      '项目\t本年预算数',
      '合计\t123,456.00',
      '因公出国（境）费\t0.00',
      '公务用车购置及运行维护费\t100,000.00',
      '公务接待费\t23,456.00',
    ].join('\n');
    const d = recognizeForms(rowsOf(text))[0] as Disclosure;
    expect(d).toMatchObject({ department: '某县某局', year: 2024 });
    expect(d.tables[0]).toMatchObject({
      unit: '元',
      rows: [
        ['合计', '123456.00'],
        ['因公出国（境）费', '0.00'],
        ['公务用车购置及运行维护费', '100000.00'],
        ['公务接待费', '23456.00'],
      ],
    });
    expect(d.figures).toMatchObject({
      threePublic: '12.3456',
      threePublicVehicles: '10',
      threePublicReception: '2.3456',
      threePublicAbroad: '0',
    });
    expect(errors([d])).toEqual([]);
  });
  it('reads a table with a line a column and a row a year (本年 / 上年)', () => {
    const text = [
      '“三公”经费支出预算表',
      '单位：千元',
      '年度\t合计\t因公出国（境）费\t公务用车购置及运行费\t公务接待费',
      '2024年预算数\t25.5\t0\t15.5\t10.0',
      '2023年预算数\t30.0\t5.0\t15.0\t10.0',
    ].join('\n');
    const d = recognizeForms(rowsOf(text))[0] as Disclosure;
    expect(stated(d)).toEqual({
      threePublic: '2.55',
      threePublicAbroad: '0',
      threePublicVehicles: '1.55',
      threePublicReception: '1',
      threePublicPrior: '3',
      threePublicAbroadPrior: '0.5',
      threePublicVehiclesPrior: '1.5',
      threePublicReceptionPrior: '1',
    });
  });
});

describe("a city's 汇总 in 亿元 (重庆 市级 三公 预算 2024, wide/362)", () => {
  const text = [
    '经汇总,2024年市级部门(单位)“三公”经费预算6.08亿元,较2023年只减不增。其中:',
    '1、因公出国(境)费0.66亿元,较上年增加0.24亿元。',
    '2、公务接待费0.7亿元,较上年减少0.02亿元。',
    '3、公务用车购置及运行费4.72亿元,较上年减少0.22亿元。其中,公务用车运行维护费2.95亿元,较上年减少0.37亿元;公务用车购置费1.77亿元,较上年增加0.15亿元。',
    '2024年市级“三公”经费预算表',
    '单位:亿元',
    '支出\t预算数',
    '合计\t6.08',
    '因公出国(境)费\t0.66',
    '公务用车购置及运行费\t4.72',
    '其中:公务用车购置费\t1.77',
    '公务用车运行费\t2.95',
    '公务接待费\t0.7',
  ].join('\n');
  it("reads the table's 亿元 as 亿元, as the text's: no difference between them", () => {
    const d = recognizeForms(readTextRows(text))[0] as Disclosure;
    expect(d.tables[0]?.unit).toBe('亿元');
    expect(stated(d)).toMatchObject({
      threePublic: '60800',
      threePublicVehicleOperation: '29500',
      threePublicReception: '7000',
    });
    expect(errors([d])).toEqual([]);
    // the same table in 万元 against the text's 亿元 is a difference R-PUB-13 names
    const wan = recognizeForms(readTextRows(text.replace('单位:亿元', '单位:万元')))[0] as Disclosure;
    expect(
      errors([wan])
        .filter((f) => f.rule === 'R-PUB-13')
        .map((f) => f.message)[0],
    ).toContain('60800 万元');
  });
});

describe("a change after a 其中 list whose rate is the total's (梧州市民政局 2025, wide/369)", () => {
  const text = [
    '(一)机关运行经费。',
    '另外,梧州市民政局下属共有 6 个事业单位,事业运行',
    '经 费 总预 算 安 排 37337407.64 元 , 其中 : 基 本 支出 预 算',
    '488180.64 元 , 项 目 支 出 预 算 36849227 元 , 同 比 增 加',
    '27125219.46 元,增长 265.6%,增加主要原因为提高民政事业发展。',
  ].join('\n');
  it("does not give the total's change (27125219.46 ÷ 10212188.18 = 265.6 %) to the last item", () => {
    const d = recognizeForms(readTextRows(text))[0] as Disclosure;
    expect(stated(d).projectExpenditureChange).toBeUndefined();
    expect(stated(d).projectExpenditureChangePercent).toBeUndefined();
    expect(errors([d])).toEqual([]);
    // a rate that is the item's (27125219.46 ÷ 9724007.54 = 279.0 %) stays the item's
    const own = recognizeForms(readTextRows(text.replace('265.6%', '279.0%')))[0] as Disclosure;
    expect(stated(own).projectExpenditureChangePercent).toBe('279.0');
  });
});

describe('a page cut from the middle of a package (梧州 wide/233: amounts in 元, no heading before its first text)', () => {
  const text = [
    '7',
    '19816.81 元,项目支出 0元。主要用于人员经费保障。',
    '(二)按支出结构分类划分,分为基本支出预算和项目支出预算。',
    '1. 基本支出预算 2000000 元,占一般公共预算支出的80%,同比减少 5000 元,下降 0.25%。其中:',
    '工资福利支出预算 1500000 元,占基本支出预算 75%,同比增加 30000 元,增长 2.04%。',
    '2. 项目支出 500000 元,占一般公共预算支出的 20%,同比增加 70000 元 ,增长 16.28%。',
    '六、一般公共预算基本支出情况说明',
    '2024 年本年一般公共预算基本支出 2000000 元,较上年减少 0.25%。',
  ].join('\n');
  it('is a disclosure, its text before the first heading a section of its own', () => {
    const d = recognizeForms(readTextRows(text))[0] as Disclosure;
    expect(d.kind).toBe('disclosure');
    expect(d.sections.map((x) => x.title)).toEqual(['说明', '六、一般公共预算基本支出情况说明']);
    // an item the lexicon does not know (工资福利支出预算) is not 基本支出 nor 支出: its change is no figure here
    expect(stated(d)).toMatchObject({
      basicExpenditure: '200',
      basicExpenditureChange: '-0.5',
      basicExpenditureChangePercent: '-0.25',
    });
    expect(stated(d).expenditure).toBeUndefined();
    expect(errors([d])).toEqual([]);
  });
  it('finds shares of one base over its numbered points that add up to more than 100 %', () => {
    const d = recognizeForms(
      readTextRows(text.replace('占一般公共预算支出的 20%', '占一般公共预算支出的 24%')),
    )[0] as Disclosure;
    expect(
      runChecks([d])
        .filter((f) => f.rule === 'R-PUB-12')
        .map((f) => f.message),
    ).toEqual([expect.stringContaining('104%')]);
  });
});

describe('a 三公 line of a spelling not seen yet', () => {
  it('is read with a lower confidence, not dropped', () => {
    // Invented amounts, a label no corpus document uses.
    const text = [
      '2024年某镇“三公”经费支出表',
      '单位：万元',
      '项目\t本年预算数',
      '合计\t5.00',
      '公务接待费\t2.00',
      '公务用车维护经费\t3.00',
    ].join('\n');
    const read = recognizeDocument(readTextRows(text));
    const forms = read.forms;
    const disclosureSources = disclosureSourcesOf(read);
    expect((forms[0] as Disclosure).figures).toMatchObject({
      threePublic: '5.00',
      threePublicReception: '2.00',
      threePublicVehicleOperation: '3.00',
    });
    expect(disclosureSources.find((s) => s.path === '/figures/threePublicVehicleOperation')).toMatchObject({
      label: '公务用车维护经费',
      confidence: 0.6,
    });
    expect(disclosureSources.find((s) => s.path === '/figures/threePublicReception')).toMatchObject({
      confidence: 1,
    });
    // and counts in the total: 5 = 2 + 3
    expect(errors(forms)).toEqual([]);
  });
});

describe('figures in the sections of a flattened page', () => {
  it('cuts the body at the headings its contents list and reads their figures', () => {
    // The layout of 041 (one paragraph, page numbers inline); unit, headings and amounts invented.
    const page =
      '某镇人民政府 2022 年部门预算 1 目 录 第一部分 某镇人民政府概况 一、部门职责 第二部分 某镇人民政府 2022 年部门预算情 况说明 一、收支预算总体情况 二、“三 公”经费预算情况 2 ' +
      '第一部分 某镇人民政府概况 一、部门职责 负责本镇党建工作; 3 第二部分 某镇人民政府 2022 年部门预算情况说明 一、收支预算总体情况 2022 年收入预算 523.6 万元，比上年增加 12 万元。 ' +
      '4 二、“三公”经费预算情况 “三公”经费预算 8.5 万元，其中：公务接待费 3.5 万元，公务用车运行维护费 5 万元。';
    const d = recognizeForms(readTextRows(`某镇人民政府2022年部门预算.pdf\n${page}\n`))[0] as Disclosure;
    expect(d).toMatchObject({ department: '某镇人民政府', year: 2022 });
    expect(d.sections.map((s) => s.title)).toEqual([
      '一、部门职责',
      '一、收支预算总体情况',
      '二、“三公”经费预算情况',
    ]);
    expect(d.sections[0]!.text).toBe('负责本镇党建工作;');
    expect(stated(d)).toEqual({
      income: '523.6',
      incomeChange: '12',
      threePublic: '8.5',
      threePublicReception: '3.5',
      threePublicVehicleOperation: '5',
    });
  });
});
