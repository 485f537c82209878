// A 绩效目标评审申报表 saved as a web page whose 年度绩效目标 table heads 一级指标 | 二级指标 | 绩效目标内容, the last
// merged over the columns without headings of their own: what the 二级 measures, the indicator's name and its
// value (merged over two). Made for this test after wide/448 (a 2017 template filled by hand, rendered as a table by h-render3); names
// and figures invented.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const page = (level1: string, slots: string) => `<html><body><p>绩效目标评审申报表</p><table>
<tr><td>项目名称</td><td colspan="6">某某设施运行维护</td></tr>
<tr><td>项目资金(万元)</td><td>合计</td><td>120</td><td>1、市级财政拨款</td><td colspan="3">120</td></tr>
<tr><td>九、项目年度绩效目标</td><td>一级指标</td><td>二级指标</td><td colspan="4">绩效目标内容</td></tr>
<tr><td rowspan="5"></td><td rowspan="2">${level1}</td><td>时效目标</td><td>完成该项目所需时间</td><td>项目实施周期</td><td colspan="2">12个月</td></tr>
<tr><td>成本目标</td><td>按计划规模完成该项目所需的投入</td><td>项目总投入</td><td colspan="2">≤120万元</td></tr>
<tr><td rowspan="${slots ? 3 : 1}">产出</td><td rowspan="${slots ? 3 : 1}">数量目标</td><td rowspan="${slots ? 3 : 1}">计划产出的数量</td><td>维护设施数</td><td colspan="2">40个</td></tr>
${slots}
</table></body></html>`;

const SLOTS =
  '<tr><td>……</td><td colspan="2"></td></tr>\n<tr><td>定性指标描述</td><td colspan="2"></td></tr>';

async function indicators(html: string) {
  const out = await importBuffer(new TextEncoder().encode(html), 'form.html');
  const f = out.ok ? out.forms[0] : undefined;
  if (f?.kind !== 'project') throw new Error('no project form read');
  return f.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.raw]);
}

const READ = [
  ['项目实施周期', '12个月'],
  ['项目总投入', '≤120万元'],
  ['维护设施数', '40个'],
];

describe('a 绩效目标内容 heading merged over explanation | name | value', () => {
  it('reads the name and the value where the data put them (no indicator was read before)', async () => {
    const read = await indicators(page('产出', ''));
    expect(read.map((r) => r.slice(2))).toEqual(READ);
  });

  it('keeps a row under 投入, a 一级 of the template’s own, in its columns', async () => {
    const read = await indicators(page('投入', ''));
    expect(read.map((r) => [r[0], r[2], r[3]])).toEqual([
      ['投入', '项目实施周期', '12个月'],
      ['投入', '项目总投入', '≤120万元'],
      ['产出指标', '维护设施数', '40个'],
    ]);
  });

  it('counts no slot the template left unfilled (……, 定性指标描述)', async () => {
    const read = await indicators(page('产出', SLOTS));
    expect(read.map((r) => r.slice(2))).toEqual(READ);
  });
});
