// A sheet's footer printed under a 自评表's one-indicator table (制表人： 审核人： 单位（盖章）, 打印时间：…), as a PDF
// of the sheet reads it: a line of its own after the last row. It closes the table and is never an indicator.
// Names and figures are invented, in the shape of the variants' signFooter PDFs.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const form = (footer: string) =>
  [
    '项目支出绩效自评表',
    '(2023年度)',
    '单位:万元',
    '项目名称 | 某某社区服务补助项目 |  |  | 业务主管部门 | 某某县民政局 |  | ',
    '项目实施单位 | 某某县民政局 |  |  |  |  |  | ',
    '项目资金(万元) |  | 年初预算数 | 全年预算数(A) | 全年执行数(B) | 得分 | 预算执行率 | 权重',
    ' | 资金总额 | 0.00 | 5.20 | 5.20 | 10 | 100.00% | 10',
    '一级 | 二级 | 三级 | 未完 | 指标值 | 实际 |  | ',
    '指标 | 指标 | 指标 | 成原因及改进措施 |  | 完成值 |  | ',
    '产出指标 | 成本指标 | 完成社区服务设备购置并支付资金 |  | =100 |  |  | ',
    footer,
  ].join('\n');

async function indicatorNames(text: string): Promise<string[]> {
  const out = await importBuffer(new TextEncoder().encode(text), 'form.txt');
  const e = out.ok ? out.evaluations[0] : undefined;
  if (e?.kind !== 'self-evaluation') throw new Error('no 自评表 read');
  return e.indicators.map((i) => i.name);
}

describe("a sheet's footer under a one-indicator 自评表", () => {
  it('a signature line (制表人： | 审核人： | 单位（盖章）) is no indicator', async () => {
    expect(await indicatorNames(form('制表人： | 审核人： | 单位（盖章）'))).toEqual([
      '完成社区服务设备购置并支付资金',
    ]);
  });

  it('a printing stamp (打印时间：date time) is no indicator', async () => {
    expect(await indicatorNames(form('打印时间：2024-03-01 10:30'))).toEqual([
      '完成社区服务设备购置并支付资金',
    ]);
  });

  it('an indicator row after the table is still read (the footer words are whole cells with a colon)', async () => {
    expect(await indicatorNames(form(' |  | 审核人员培训合格率 |  | ≥90% | 95% |  | '))).toEqual([
      '完成社区服务设备购置并支付资金',
      '审核人员培训合格率',
    ]);
  });
});
