// An OCR'd 自评表 whose header cells carry debris after their words (一级l.KX- for 一级指标, 全年实际完.IK/-4- for a
// clipped 全年实际完成值), as a table of a saved page or document gives them. Made for this test after wide/462
// (a 区域 自评表 template filled by hand, rendered as a table by h-render3); names and figures invented.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const page = (level1: string, actual: string) => `<html><body><p>某某资金区域绩效目标自评表</p><table>
<tr><td>项目名称</td><td colspan="6">某某基金项目</td></tr>
<tr><td rowspan="2">资金情况(万元)</td><td colspan="3"></td><td>全年预算数(A)</td><td>全年执行数(B)</td><td>预算执行率(B/A)</td></tr>
<tr><td colspan="3">年度资金总额:</td><td>800.00</td><td>760.00</td><td>95.00%</td></tr>
<tr><td rowspan="3">绩效指标</td><td>${level1}</td><td>二级指标</td><td>三级指标</td><td>指标值</td><td>${actual}</td><td>未完成原因和改进措施</td></tr>
<tr><td rowspan="2">产出指标</td><td rowspan="2">数量指标</td><td>支持基础研究项目数量</td><td>20个</td><td>22个</td><td></td></tr>
<tr><td>支持创新基地项目数量</td><td>3个</td><td>3个</td><td></td></tr>
</table></body></html>`;

async function indicators(html: string) {
  const out = await importBuffer(new TextEncoder().encode(html), 'ocr.html');
  if (!out.ok) throw new Error(out.error.message);
  const doc = out.evaluations[0]!;
  if (doc.kind !== 'self-evaluation') throw new Error(`read as ${doc.kind}`);
  return doc.indicators.map((i) => [i.name, i.target.raw, i.actual.raw]);
}

const READ = [
  ['支持基础研究项目数量', '20个', '22个'],
  ['支持创新基地项目数量', '3个', '3个'],
];

describe('header cells with OCR debris after their words', () => {
  it('names the column the words are or open (the actuals were lost and rows fell apart before)', async () => {
    expect(await indicators(page('一级l.KX-', '全年实际完.IK/-4-'))).toEqual(READ);
  });

  it('reads clean headings as it did', async () => {
    expect(await indicators(page('一级指标', '全年实际完成值'))).toEqual(READ);
  });
});
