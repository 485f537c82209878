// Made for these tests after fresh/641, 642 and 644 (上海 普陀 部门 / 单位预算 as a PDF's text): disclosure tables
// whose text layer kept no cell boundaries — a row a line with single spaces between cells, figures run into the
// next label and codes into names (as pdfplumber or pdftotext without -layout write them), or one cell a line
// (as pdf.js writes them). Made-up districts, figures and lines; none of the corpus's.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { markCodes, tokensOf } from './disclosure-amount-tokens.ts';
import { readDisclosureFigures } from './disclosure-figures.ts';

const head = ['某市某某区2025年部门预算', '预算主管部门：某某区卫生健康委员会'];

/** A 收支总表 and a 支出总表 a row a line, cells parted by one space (pdfplumber's extract_text). */
const rowsALine = [
  ...head,
  '2025年部门收支预算总表',
  '编制部门：某某区卫生健康委员会 单位：元',
  '本年收入 本年支出',
  '项目 预算数 项目 预算数',
  '一、财政拨款收入 25,300,000一、一般公共服务支出 1,200,000',
  '1、一般公共预算 21,300,000二、卫生健康支出 20,100,000',
  '2、政府性基金预算 4,000,000 三、城乡社区支出 4,000,000',
  '3、国有资本经营预算 四、住房保障支出',
  '二、事业收入',
  '收入总计 25,300,000 支出总计 25,300,000',
  '2025年部门支出预算总表',
  '编制部门：某某区卫生健康委员会 单位：元',
  '项目 支出预算',
  '功能分类科目编码',
  '功能分类科目名称 合计 基本支出 项目支出',
  '类款项',
  '201 一般公共服务支出 1,200,000 1,200,000',
  '2010301行政运行 1,200,000 1,200,000',
  '210 卫生健康支出 20,100,000 9,600,000 10,500,000',
  '21004 公共卫生 20,100,000 9,600,000 10,500,000',
  '212 城乡社区支出 4,000,000 4,000,000',
  '合计 25,300,000 10,800,000 14,500,000',
  '其他相关情况说明',
  '一、2025年“三公”经费预算情况说明',
];

/** The same tables one cell a line (pdf.js's text items, one a line), a row's amount beside the next label. */
const cellALine = [
  ...head,
  '2025年部门收支预算总表',
  '编制部门：某某区卫生健康委员会',
  '单位：元',
  '本年收入',
  '本年支出',
  '项目',
  '预算数',
  '项目',
  '预算数',
  '一、财政拨款收入',
  '25,300,000.00 一、一般公共服务支',
  '出',
  '1,200,000.00 ',
  '　　1. 一般公共预算',
  '21,300,000.00 二、卫生健康支出',
  '20,100,000.00 ',
  '　　2. 政府性基金预算',
  '4,000,000.00 三、城乡社区支出',
  '4,000,000.00 ',
  '收入总计',
  '25,300,000.00 ',
  '支出总计',
  '25,300,000.00 ',
  '',
  '2025年部门支出预算总表',
  '编制部门：某某区卫生健康委员会',
  '单位：元',
  '项目',
  '支出预算',
  '功能分类科目编码',
  '功能分类科目名称',
  '合计',
  '基本支出',
  '项目支出',
  '类',
  '款',
  '项',
  '210',
  '卫生健康支出',
  '20,100,000.00 ',
  '9,600,000.00 ',
  '10,500,000.00 ',
  '212',
  '城乡社区支出',
  '4,000,000.00 ',
  '0.00 ',
  '4,000,000.00 ',
  '合计',
  '25,300,000.00 ',
  '10,800,000.00 ',
  '14,500,000.00 ',
];

const read = async (lines: string[]) => {
  const out = await importBuffer(new TextEncoder().encode(lines.join('\n')), 'budget.txt');
  const d = out.ok ? out.forms.find((f) => f.kind === 'disclosure') : undefined;
  if (!d || d.kind !== 'disclosure') throw new Error('no disclosure read');
  return d;
};

const totals = (d: Awaited<ReturnType<typeof read>>) => [
  d.figures.income,
  d.figures.expenditure,
  d.figures.incomeGeneralPublic,
  d.figures.incomeGovernmentFund,
];

describe('a disclosure table whose cells are parted by single spaces', () => {
  it('reads the 收支总表 in 元 as 万元, figures run into the next label parted from it', async () => {
    const d = await read(rowsALine);
    expect(totals(d)).toEqual(['2530', '2530', '2130', '400']);
    const summary = d.tables.find((t) => t.title.includes('收支预算总表'));
    expect(summary?.rows[0]).toEqual(['一、财政拨款收入', '25300000', '一、一般公共服务支出', '1200000']);
    // A spending line alone on its row stands on the spending side.
    expect(summary?.rows[3]).toEqual(['3、国有资本经营预算', '', '四、住房保障支出']);
  });

  it("reads 基本支出 and 项目支出 from the 支出总表's 合计 row, codes run into names kept with them", async () => {
    const d = await read(rowsALine);
    expect([d.figures.basicExpenditure, d.figures.projectExpenditure]).toEqual(['1080', '1450']);
    const spending = d.tables.find((t) => t.title.includes('支出预算总表'));
    expect(spending?.columns).toEqual(['功能分类科目名称', '合计', '基本支出', '项目支出']);
    expect(spending?.rows[1]).toEqual(['2010301 行政运行', '1200000', '1200000']);
    // The part heading under the table is no row of it.
    expect(spending?.rows.at(-1)?.[0]).toBe('合计');
  });

  it('reads a 万元 table whose amounts are bare numbers: a number before a numbered label is no code', async () => {
    const wan = rowsALine
      .slice(0, 12)
      .map((l) =>
        l
          .replace('单位：元', '单位：万元')
          .replace(/(\d{1,3}),(\d{3}),000/g, (_, a: string, b: string) => String(Number(a + b) / 10)),
      );
    expect(wan).toContain('1、一般公共预算 2130二、卫生健康支出 2010');
    const d = await read(wan);
    expect(totals(d)).toEqual(['2530', '2530', '2130', '400']);
  });
});

describe('a disclosure table written one cell a line', () => {
  it('reads the 收支总表, each half-row paired, a label wrapped over two lines made whole', async () => {
    const d = await read(cellALine);
    expect(totals(d)).toEqual(['2530', '2530', '2130', '400']);
    const summary = d.tables.find((t) => t.title.includes('收支预算总表'));
    expect(summary?.rows[0]).toEqual([
      '一、财政拨款收入',
      '25300000.00',
      '一、一般公共服务支出',
      '1200000.00',
    ]);
  });

  it("reads the 支出总表's 合计 row under its columns", async () => {
    const d = await read(cellALine);
    expect([d.figures.basicExpenditure, d.figures.projectExpenditure]).toEqual(['1080', '1450']);
    const spending = d.tables.find((t) => t.title.includes('支出预算总表'));
    expect(spending?.rows[0]).toEqual(['210 卫生健康支出', '20100000.00', '9600000.00', '10500000.00']);
  });
});

describe('the pieces of a line', () => {
  it('tells amounts, codes, list numbers and labels apart by what they are', () => {
    const tokens = tokensOf('208 05 01 行政单位离退休 2,614,680 2,614,680', 1);
    markCodes(tokens);
    expect(tokens.map((t) => t.kind)).toEqual(['code', 'code', 'code', 'label', 'amount', 'amount']);
    const glued = tokensOf('1. 一般公共预算 47,483,458二、卫生健康支出 1,439,040', 1);
    markCodes(glued);
    expect(glued.map((t) => `${t.kind}:${t.text}`)).toEqual([
      'numbering:1.',
      'label:一般公共预算',
      'amount:47,483,458',
      'label:二、卫生健康支出',
      'amount:1,439,040',
    ]);
  });

  it('keeps a year or a figure ending a row out of the codes', () => {
    const year = tokensOf('2025年预算数 120', 1);
    markCodes(year);
    expect(year.map((t) => t.kind)).toEqual(['label', 'amount']);
    const ending = [...tokensOf('一、财政拨款收入 120', 1), ...tokensOf('208 社会保障和就业支出 30', 2)];
    markCodes(ending);
    expect(ending.map((t) => t.kind)).toEqual(['label', 'amount', 'code', 'label', 'amount']);
  });
});

describe('a 三公 table written one cell a line', () => {
  // A county's page copied from the browser: the 合计 row's label lost, rates with their %, 其中: lines.
  const threePublic = [
    '某县2023年“三公”经费决算情况说明',
    '某县2023“三公”经费决算统计表',
    '单位:万元',
    '2023年决算数',
    '2022年决算数',
    '增、减额',
    '增、减幅度',
    '120.50',
    '100.00',
    '20.50',
    '20.5%',
    '1、因公出国(境)费',
    '0',
    '0',
    '2、公务接待费',
    '30.50',
    '25.00',
    '5.50',
    '22%',
    '3、公务用车购置及运行维护费',
    '90.00',
    '75.00',
    '15.00',
    '20%',
    '其中:(1)公务用车运行维护费',
    '60.00',
    '75.00',
    '-15.00',
    '-20%',
    '(2)公务用车购置费',
    '30.00',
    '0',
  ];

  it('reads each line under the columns, rates without their %, 其中: lines kept', async () => {
    const d = await read(threePublic);
    expect([
      d.figures.threePublicReception,
      d.figures.threePublicVehicles,
      d.figures.threePublicVehicleOperation,
      d.figures.threePublicVehiclePurchase,
    ]).toEqual(['30.50', '90.00', '60.00', '30.00']);
    expect(d.tables[0]?.rows[2]).toEqual(['2、公务接待费', '30.50', '25.00', '5.50', '22']);
  });
});

describe('a table of contents under a table’s title', () => {
  it('is no table: entries numbered 1.2025年…表 are no amounts', async () => {
    const d = await read([
      ...head,
      '第四部分2025年部门预算表(附表)',
      '1.2025年部门财政拨款收支预算总表',
      '2.2025年部门一般公共预算支出预算表',
      '3.2025年部门收支预算总表',
      '4.2025年部门收入预算总表',
      '某某区卫生健康委员会',
      '2025年部门预算情况',
      '第一部分部门概况',
    ]);
    expect(d.tables).toEqual([]);
  });
});

describe("a fund's bare name in a 收支总表", () => {
  const table = (rows: string[][]) => ({
    tables: [{ title: '部门收支预算总表', unit: '万元', columns: [], rows, note: null }],
    sections: [],
    year: 2025,
  });

  it('is that income on the income side, the first column', () => {
    const { figures } = readDisclosureFigures(table([['1. 一般公共预算', '100', '一、教育支出', '100']]));
    expect(figures.incomeGeneralPublic).toBe('100');
  });

  it('is no income on the spending side', () => {
    const { figures } = readDisclosureFigures(table([['一、财政拨款收入', '100', '一般公共预算', '60']]));
    expect(figures.incomeGeneralPublic).toBeUndefined();
  });
});
