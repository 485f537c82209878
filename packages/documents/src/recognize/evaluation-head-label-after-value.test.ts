// A 部门整体支出绩效自评表 from a PDF's text layer: the office's name printed on the line above its label (部门名称), and
// under the label the budget block's labels wrapped into lines (年初 | 全年预算 | 全年 …), which name nothing.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { isWrappedBudgetLabels } from './evaluation-head.ts';

const text = [
  '部门整体支出绩效自评表',
  '(2022年度)',
  '某县文化馆',
  '部门名称',
  '年初全年预算全年',
  '分值执行率得分',
  '预算数数执行数',
  '年度资金总额 120.00 120.00 110.00 10 91.67% 9.17',
].join('\n');

describe('a head value printed above its label', () => {
  it('names the form by the office above the label, not by the wrapped budget labels below it', async () => {
    const out = await importBuffer(new TextEncoder().encode(text), 'form.txt');
    const e = out.ok ? out.evaluations[0] : undefined;
    if (e?.kind !== 'self-evaluation') throw new Error('no 自评表 read');
    expect(e.name).toBe('某县文化馆');
  });

  it('tells wrapped budget labels from a name', () => {
    expect(isWrappedBudgetLabels('年初全年预算全年')).toBe(true);
    expect(isWrappedBudgetLabels('某县文化馆')).toBe(false);
    expect(isWrappedBudgetLabels('全年预算数')).toBe(false);
  });
});
