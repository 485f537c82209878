// Made for these tests after fresh/643 (a 上海 district 部门预算 as a PDF's text with its cells parted by tabs):
// 编制部门：X over each table, whole amounts in 元 with their thousands parted, a header cell on a line of its own.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { joinCodeLevels } from './disclosure-table.ts';

const T = ' \t';
const summary = [
  '某区2025年区级部门预算',
  '预算主管部门：某某区某某街道办事处',
  '2025年部门财务收支预算总表',
  `编制部门：某某区某某街道办事处${T}单位：元`,
  `本年收入${T}本年支出`,
  `项目${T}预算数${T}项目${T}预算数`,
  `一、财政拨款收入${T}12,345,600${T}一、一般公共服务支出${T}2,345,600`,
  `1. 一般公共预算资金${T}12,345,600${T}二、城乡社区支出${T}10,000,000`,
  `收入总计${T}12,345,600${T}支出总计${T}12,345,600`,
];
const spending = [
  '2025年部门支出预算总表',
  `编制部门：某某区某某街道办事处${T}单位：元`,
  `项目${T}支出预算`,
  '功能分类科目编码',
  `功能分类科目名称${T}合计${T}基本支出${T}项目支出`,
  `201${T}一般公共服务支出${T}2,345,600${T}0${T}2,345,600`,
  `212${T}城乡社区支出${T}10,000,000${T}8,000,000${T}2,000,000`,
  `合计${T}12,345,600${T}8,000,000${T}4,345,600`,
];

const read = async (lines: string[]) => {
  const out = await importBuffer(new TextEncoder().encode(lines.join('\n')), 'budget.txt');
  const d = out.ok ? out.forms.find((f) => f.kind === 'disclosure') : undefined;
  if (!d || d.kind !== 'disclosure') throw new Error('no disclosure read');
  return d;
};

describe('a 部门预算 table in 元 written with tabs', () => {
  it('reads its totals from rows of whole amounts under an 编制部门 line', async () => {
    const d = await read(summary);
    expect([d.figures.income, d.figures.incomeGeneralPublic]).toEqual(['1234.56', '1234.56']);
  });

  it('keeps a header cell written on its own line inside the table', async () => {
    const d = await read([...summary, ...spending]);
    const table = d.tables.find((t) => t.title.includes('支出预算总表'));
    expect(table?.rows.at(-1)).toEqual(['合计', '12345600', '8000000', '4345600']);
  });

  it('goes on past a page mark an extraction wrote between its pages', async () => {
    const cut = [...summary.slice(0, 7), '', '-- PAGE_BREAK --', '', ...summary.slice(7)];
    expect((await read(cut)).figures.income).toBe('1234.56');
    const numbered = [...summary.slice(0, 7), '-- 2 of 29 --', ...summary.slice(7)];
    expect((await read(numbered)).figures.income).toBe('1234.56');
  });

  it("reads 基本支出 and 项目支出 from the 支出总表's 合计 row, under the columns so named", async () => {
    const d = await read([...summary, ...spending]);
    expect([d.figures.basicExpenditure, d.figures.projectExpenditure]).toEqual(['800', '434.56']);
  });

  it("keeps the 科目编码's 类 | 款 | 项 row out of the amount columns' names", async () => {
    const levels = [...spending.slice(0, 5), `类${T}款${T}项`, ...spending.slice(5)];
    const d = await read([...summary, ...levels]);
    const table = d.tables.find((t) => t.title.includes('支出预算总表'));
    expect(table?.columns.slice(1).map((c) => c.split('/').at(-1))).toEqual(['合计', '基本支出', '项目支出']);
    expect([d.figures.basicExpenditure, d.figures.projectExpenditure]).toEqual(['800', '434.56']);
  });

  it("reads a 科目编码 printed level by level (201 | 05 | 07) as one code, the row's amounts under their columns", async () => {
    const levels = [
      ...spending.slice(0, 5),
      `类${T}款${T}项`,
      `201${T}一般公共服务支出${T}2,345,600${T}0${T}2,345,600`,
      `201${T}05${T}统计信息事务${T}438,300${T}0${T}438,300`,
      `201${T}05${T}07${T}专项普查活动${T}438,300${T}0${T}438,300`,
      ...spending.slice(6),
    ];
    const d = await read([...summary, ...levels]);
    const table = d.tables.find((t) => t.title.includes('支出预算总表'));
    expect(table?.rows.slice(0, 3)).toEqual([
      ['201 一般公共服务支出', '2345600', '0', '2345600'],
      ['20105 统计信息事务', '438300', '0', '438300'],
      ['2010507 专项普查活动', '438300', '0', '438300'],
    ]);
  });
});

describe('joinCodeLevels', () => {
  it('joins a 类 and the 2-digit 款 / 项 after it into one code before the name', () => {
    expect(joinCodeLevels(['301', '12', '其他社会保障缴费', '165128'])).toEqual([
      '30112',
      '其他社会保障缴费',
      '165128',
    ]);
  });
  it('leaves a row whose cells after the 类 are no code levels followed by a name', () => {
    for (const row of [
      ['201', '一般公共服务支出', '10', '20'],
      ['201', '05', '07', '99', '12'],
      ['合计', '12', '名称'],
    ])
      expect(joinCodeLevels(row)).toEqual(row);
  });
});
