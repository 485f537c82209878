// A 部门决算's tables are its tables too: 收入支出决算总表, 支出决算表 … named in the lexicon as the 预算 ones are, a
// 决算's 收支总表 read as a 收支总表 (fresh/646: a PDF's text, rows of single spaces, 万元). Names and figures invented.
import { describe, expect, it } from 'vitest';
import { disclosureTableKind, type Disclosure } from '@jixiao/core';
import { importBuffer } from '../import-document.ts';

const PAGE = [
  '某某市某某区园林绿化局',
  '2025 年度部门决算',
  '某某市某某区园林绿化局 2025 年度部门决算表',
  '收入支出决算总表',
  '单位：万元',
  '收入 支出',
  '项目 决算数 项目 决算数',
  '一、一般公共预算财政拨款收入 1,250.50 一、一般公共服务支出 0.00',
  '二、政府性基金预算财政拨款收入 0.00 二、城乡社区支出 1,250.50',
  '三、国有资本经营预算财政拨款收入 0.00 三、住房保障支出 0.00',
  '本年收入合计 1,250.50 本年支出合计 1,250.50',
  '年初结转和结余 0.00 年末结转和结余 0.00',
  '总计 1,250.50 总计 1,250.50',
  '注：本表反映部门本年度的总收支和年末结转结余情况。',
];
const PROCUREMENT = [
  '（二）政府采购支出情况',
  '某某市某某区园林绿化局 2025 年度政府采购金额（以合同签订为准）为 120.30 万元，其中：货物采购金额 20.30 万元、工',
  '程采购金额 0.00 万元、服务采购金额 100.00 万元。',
];

describe('a 部门决算’s tables', () => {
  it('are named as the 预算 ones are, each by its own title', () => {
    expect(disclosureTableKind('收入支出决算总表')?.kind).toBe('summary');
    expect(disclosureTableKind('财政拨款收入支出决算总表')?.kind).toBe('fiscal-summary');
    expect(disclosureTableKind('支出决算表')?.kind).toBe('expenditure');
    expect(disclosureTableKind('一般公共预算财政拨款支出决算表')?.kind).toBe('general-public');
    expect(disclosureTableKind('政府性基金预算财政拨款收入支出决算表')?.kind).toBe('government-fund');
    expect(disclosureTableKind('财政拨款“三公”经费支出决算表')?.kind).toBe('three-public');
  });

  it('give the 收支总表’s income, its 一般公共预算 and its 总计 on the 收入 side', async () => {
    const out = await importBuffer(new TextEncoder().encode(PAGE.join('\n')), 'juesuan.txt');
    const d = out.ok ? (out.forms.find((f) => f.kind === 'disclosure') as Disclosure) : undefined;
    expect(d?.department).toBe('某某市某某区园林绿化局');
    expect(d?.figures).toMatchObject({ income: '1250.50', incomeGeneralPublic: '1250.50' });
  });

  it('give the year’s purchases its 说明 states as 政府采购金额', async () => {
    const out = await importBuffer(
      new TextEncoder().encode([...PAGE, ...PROCUREMENT].join('\n')),
      'juesuan.txt',
    );
    const d = out.ok ? (out.forms.find((f) => f.kind === 'disclosure') as Disclosure) : undefined;
    expect(d?.figures.procurement).toBe('120.30');
  });

  it('take a 收支总表’s amount past the national template’s 行次 column', async () => {
    const numbered = [
      '某某市某某区园林绿化局2025年度部门决算',
      '收入支出决算总表',
      '单位：万元',
      '项目 行次 决算数 项目 行次 决算数',
      '一、一般公共预算财政拨款收入 1 1,250.50 一、一般公共服务支出 32 0.00',
      '二、政府性基金预算财政拨款收入 2 0.00 二、城乡社区支出 33 1,250.50',
      '本年收入合计 7 1,250.50 本年支出合计 40 1,250.50',
      '总计 10 1,250.50 总计 43 1,250.50',
    ];
    const out = await importBuffer(new TextEncoder().encode(numbered.join('\n')), 'juesuan.txt');
    const d = out.ok ? (out.forms.find((f) => f.kind === 'disclosure') as Disclosure) : undefined;
    expect(d?.figures).toMatchObject({ incomeGeneralPublic: '1250.50', income: '1250.50' });
  });
});
