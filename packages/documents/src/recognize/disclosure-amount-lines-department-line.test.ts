// Made for these tests after fresh/649 (a 山东 school's 收支总体情况表 copied from its page one cell a paragraph):
// the line 部门(单位):X … 单位:万元 over the table says who compiled it, as 编制部门：X does — no row of the table;
// its cells parted by blank lines, a label after a label with a blank line between is a cell of its own.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const table = (preamble: string) =>
  [
    '某某学校2024年单位预算',
    '收支总体情况表',
    preamble,
    '项目',
    '预算数',
    '项目',
    '预算数',
    '一、财政拨款收入',
    '1,200.00',
    '一、教育支出',
    '1,500.00',
    '二、其他收入',
    '300.00',
    '二、住房保障支出',
    '0.00',
    '收入总计',
    '1,500.00',
    '支出总计',
    '1,500.00',
  ].join('\n');

const read = async (text: string) => {
  const out = await importBuffer(new TextEncoder().encode(text), 'budget.txt');
  const d = out.ok ? out.forms.find((f) => f.kind === 'disclosure') : undefined;
  if (!d || d.kind !== 'disclosure') throw new Error('no disclosure read');
  return d;
};

describe('a 收支总表 written one cell a line under its 部门(单位) line', () => {
  it('reads the table past 部门(单位):X … 单位:万元', async () => {
    const d = await read(table('部门(单位):某某学校                        单位:万元'));
    expect([d.figures.income, d.figures.expenditure]).toEqual(['1500.00', '1500.00']);
  });

  it('reads it as before under 编制部门：X', async () => {
    const d = await read(table('编制部门：某某学校 单位：万元'));
    expect([d.figures.income, d.figures.expenditure]).toEqual(['1500.00', '1500.00']);
  });
});

const paragraphs = (cells: string[]) =>
  ['某某学校2024年单位预算', '收支总体情况表', '部门(单位):某某学校 单位:万元', ...cells].join('\n\n');
// 项目 | 预算数 | 项目 | 预算数, an empty cell an empty paragraph: 一、教育支出's amount and 二、住房保障支出's are empty.
const cells = [
  '项目',
  '预算数',
  '项目',
  '预算数',
  '一、财政拨款收入',
  '1,200.00',
  '一、教育支出',
  '',
  '一般公共预算收入',
  '1,200.00',
  '二、住房保障支出',
  '',
  '二、其他收入',
  '300.00',
  '三、其他支出',
  '1,500.00',
  '收入总计',
  '1,500.00',
  '支出总计',
  '1,500.00',
];

describe('a 收支总表 copied one cell a paragraph', () => {
  it('keeps a label after a label with a blank line between as cells of their own', async () => {
    const d = await read(paragraphs(cells));
    expect([d.figures.income, d.figures.incomeGeneralPublic]).toEqual(['1500.00', '1200.00']);
  });

  it('still runs a label wrapped onto the next line into one cell', async () => {
    const wrapped = table('编制部门：某某学校 单位：万元').replace('一、教育支出', '一、教育\n支出');
    const d = await read(wrapped);
    const t = d.tables.find((x) => x.title.includes('收支总体情况表'));
    expect(t?.rows.flat()).toContain('一、教育支出');
  });
});
