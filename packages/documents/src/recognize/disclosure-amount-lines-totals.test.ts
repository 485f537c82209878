// Made after fresh/641, 644 and 645 (上海 district 部门预算 packages as a PDF extraction's text) for a reader of their
// own (h-fresh41), kept as cases of disclosure-amount-lines.ts (h-yuan41's reader of the same tables, merged first):
// the totals tables a row a line, cells parted by single spaces, empty cells dropped, amounts in 元. Names and
// figures invented.
import { describe, expect, it } from 'vitest';
import type { Disclosure } from '@jixiao/core';
import { importBuffer } from '../import-document.ts';

const summary = [
  '某区2026年区级部门预算',
  '预算主管部门：某某区某某局',
  '2026年部门财务收支预算总表',
  '编制部门：某某区某某局 单位：元',
  '本年收入 本年支出',
  '项目 预算数 项目 预算数',
  '一、财政拨款收入 12,345,600 一、一般公共服务支出 2,345,600',
  '1. 一般公共预算 12,000,000二、城乡社区支出 10,000,000',
  '2. 政府性基金预算 345,600 三、住房保障支出',
  '3. 国有资本经营预算',
  '二、事业收入',
  '收入总计 12,345,600 支出总计 12,345,600',
];
const spending = [
  '2026年部门支出预算总表',
  '编制部门：某某区某某局 单位：元',
  '项目 支出预算',
  '功能分类科目编码',
  '功能分类科目名称 合计 基本支出 项目支出',
  '类 款 项',
  '201 一般公共服务支出 2,345,600 2,345,600',
  '201 03 01 行政运行 2,345,600 2,345,600',
  '212 城乡社区支出 10,000,000 6,000,000 4,000,000',
  '合计 12,345,600 8,345,600 4,000,000',
  '2026年部门一般公共预算支出功能分类预算表',
  '编制部门：某某区某某局 单位：元',
];

const read = async (lines: string[]) => {
  const out = await importBuffer(new TextEncoder().encode(lines.join('\n')), 'budget.txt');
  const d = out.ok ? out.forms.find((f) => f.kind === 'disclosure') : undefined;
  if (!d || d.kind !== 'disclosure') throw new Error('no disclosure read');
  return d as Disclosure;
};

describe('a 部门预算 totals table written with single spaces', () => {
  it('reads the 收支总表’s totals and each fund’s income on its 收入 side', async () => {
    const d = await read(summary);
    expect(d.figures).toMatchObject({
      income: '1234.56',
      expenditure: '1234.56',
      incomeGeneralPublic: '1200',
      incomeGovernmentFund: '34.56',
    });
  });

  it('reads 基本支出 and 项目支出 from the 支出总表’s 合计 row under its header', async () => {
    const d = await read([...summary, ...spending]);
    expect([d.figures.basicExpenditure, d.figures.projectExpenditure]).toEqual(['834.56', '400']);
    const table = d.tables.find((t) => t.title.includes('支出预算总表'));
    expect(table?.columns).toEqual(['功能分类科目名称', '合计', '基本支出', '项目支出']);
    // The next table's title ends the table: it is no row of it.
    expect(table?.rows.at(-1)).toEqual(['合计', '12345600', '8345600', '4000000']);
  });

  it('takes a fund’s bare name for income only in the first column, not as the 支出 side’s label', async () => {
    const fiscal = [
      '2026年部门财政拨款收支预算总表',
      '编制部门：某某区某某局 单位：元',
      '项目 预算数 项目 预算数',
      '一、财政拨款收入 2,000,000 一、一般公共服务支出 1,500,000',
      '二、上级补助收入 一般公共预算 500,000',
      '三、其他收入 二、城乡社区支出 500,000',
      '收入总计 2,000,000 支出总计 2,000,000',
    ];
    const d = await read(['某区2026年区级部门预算', '预算主管部门：某某区某某局', ...fiscal]);
    expect(d.figures.income).toBe('200');
    expect(d.figures.incomeGeneralPublic ?? null).toBeNull();
  });
});
