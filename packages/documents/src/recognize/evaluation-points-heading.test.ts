// A 区域绩效目标自评表 whose indicator header prints its block's points where the 得分 heading would stand
// (年度绩效指标完成情况 | 一级指标 | … | 实际完成指标值 | 50), as a saved page, a .docx or an .xlsx of it gives it.
// Made for this test after wide/342 (安居区 食品监管补助资金, rendered as a table by h-render3); names and figures
// invented.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const page = (lastHeading: string) => `<html><body><p>某某补助资金区域绩效目标自评表</p><table>
<tr><td>专项名称</td><td colspan="6">某某补助资金</td></tr>
<tr><td>预算执行情况</td><td>预算数:</td><td>3.50</td><td>执行数:</td><td>3.50</td><td colspan="2">20</td></tr>
<tr><td rowspan="4">年度绩效指标完成情况</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成指标值</td><td>${lastHeading}</td></tr>
<tr><td rowspan="2">产出指标</td><td rowspan="2">质量指标</td><td>指标1:监管人员培训</td><td>已完成</td><td>已完成</td><td>5</td></tr>
<tr><td>指标2:违法案件查办率</td><td>100%</td><td>100%</td><td>4</td></tr>
<tr><td>效益指标</td><td>社会效益指标</td><td>指标1:责任事故发生数</td><td>0次</td><td>0次</td><td>3</td></tr>
</table></body></html>`;

async function indicators(html: string) {
  const out = await importBuffer(new TextEncoder().encode(html), 'region.html');
  if (!out.ok) throw new Error(out.error.message);
  const doc = out.evaluations[0]!;
  if (doc.kind !== 'self-evaluation') throw new Error(`read as ${doc.kind}`);
  return doc.indicators.map((i) => [i.name, i.target.raw, i.actual.raw, i.score]);
}

const READ = [
  ['监管人员培训', '已完成', '已完成', '5'],
  ['违法案件查办率', '100%', '100%', '4'],
  ['责任事故发生数', '0次', '0次', '3'],
];

describe('a header row ending in its block’s points where 得分 would stand', () => {
  it('reads the figure under it as each indicator’s 得分 (the rows fell apart before)', async () => {
    expect(await indicators(page('50'))).toEqual(READ);
  });

  it('reads a header that names its 得分 as it did', async () => {
    expect(await indicators(page('得分'))).toEqual(READ);
  });
});
