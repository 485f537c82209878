import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

describe('a 自评表 whose page summarised it in a cell before the form itself', () => {
  it('takes the name and the units from the form’s own rows after the summary', async () => {
    // Made for this test after wide/259 (宣城, 安徽): an 信息公开 page whose 内容概述 cell runs the whole form
    // together (the budget among it), then the form again as rows.
    const text = [
      '发布机构 | 某市农业农村局 | 发文日期 | 2025-04-15 |',
      '信息名称 | 某某补助资金绩效目标自评表 | 内容概述 | 某某补助资金绩效目标自评表(2024年度)转移支付(项目)名称2024年某某补助' +
        '资金使用单位某市农业农村局资金投入情况(万元)全年预算数(A)全年执行数(B)预算执行率(B/A×100%)年度资金总额:390390100%资金管理情况 |',
      '某某补助资金绩效目标自评表 | |||||||',
      '(2024年度) | |||||||',
      '转移支付(项目)名称 | 2024年某某补助 | ||||||',
      '中央主管部门 | 农业农村部 | ||||||',
      '地方主管部门 | 省农业农村厅 | 资金使用单位 | 某市农业农村局 |',
    ].join('\n');
    const out = await importBuffer(new TextEncoder().encode(text), 'page.txt');
    const doc = out.ok ? out.evaluations[0] : undefined;
    expect([doc?.name, doc?.budget.annual, doc?.budget.executed]).toEqual(['2024年某某补助', '390', '390']);
    expect(doc?.unit ?? doc?.department).toBeTruthy();
  });
});
