import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

// Made for this test in the shape of corpus wide/390 printed to PDF: the title wrapped by the page's width onto
// a second line (…转移支付区域(项目)绩 / 效目标自评表), neither line a title by itself, then the 自评表's table.
function page(title: string[]): Uint8Array {
  const tr = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  const rows = [
    ['转移(项目)名称', '农村饮水安全补助资金', '', '', ''],
    ['项目资金(万元)', '', '全年预算数(A)', '全年执行数(B)', '执行率(B/A)'],
    ['', '年度资金总额:', '120', '118', '98.33%'],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '全年完成值'],
    ['产出指标', '数量指标', '新建供水点', '12个', '12个'],
    ['', '质量指标', '水质达标率', '≥95%', '97%'],
  ];
  return new TextEncoder().encode(
    `<html><head><meta charset="utf-8"></head><body>${title.map((t) => `<p>${t}</p>`).join('')}<p>(2022年度)</p><table>${rows.map(tr).join('')}</table></body></html>`,
  );
}

describe('a title wrapped over two lines', () => {
  it('is one title again: the 自评表 under it is read', async () => {
    const out = await importBuffer(
      page(['某县水利局农村饮水安全补助资金转移支付区域(项目)绩', '效目标自评表']),
      'selfeval.html',
    );
    const doc = out.ok ? out.evaluations[0] : undefined;
    if (doc?.kind !== 'self-evaluation') throw new Error('no 自评表 read');
    expect([doc.name, doc.budget.annual, doc.indicators.map((i) => i.name)]).toEqual([
      '农村饮水安全补助资金',
      '120',
      ['新建供水点', '水质达标率'],
    ]);
  });
});
