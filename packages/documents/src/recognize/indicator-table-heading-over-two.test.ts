// A 项目库 申报表 whose 指标类型 heading spans two columns (一级 | 二级) and whose 二级 cells span the 指标名称
// column too, as 临海 (浙江)'s does (wide/322 as a saved page, h-render4): the 二级 text stands under the blank
// half of 指标类型, the name column is empty on every row. Names and figures invented.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const page = `<html><body><p>某某项目库申报表</p><table>
<tr><td>项目名称:</td><td colspan="4">某某养护经费</td></tr>
<tr><td>项目联系人:</td><td>张三</td><td></td><td>联系电话:</td><td>12345678</td></tr>
<tr><td colspan="2">指标类型</td><td>指标名称</td><td>指标值</td><td>指标描述</td></tr>
<tr><td rowspan="2">产出指标</td><td colspan="2">数量指标</td><td>300万平方米</td><td>完成全市300万平方米的养护</td></tr>
<tr><td colspan="2">质量指标</td><td>100%</td><td>全覆盖</td></tr>
<tr><td>满意度指标</td><td colspan="2">服务对象满意度指标</td><td>≥95%</td><td>满意率在95%以上</td></tr>
</table></body></html>`;

describe('a name column every row leaves blank beside the covered half of a heading', () => {
  it('reads the names from the column left of it (its text spans both)', async () => {
    const out = await importBuffer(new TextEncoder().encode(page), 'form.html');
    const form = out.ok ? out.forms[0] : undefined;
    if (form?.kind !== 'project') throw new Error('no project form read');
    expect(form.indicators.map((i) => [i.name, i.target.raw])).toEqual([
      ['数量指标', '300万平方米'],
      ['质量指标', '100%'],
      ['服务对象满意度指标', '≥95%'],
    ]);
  });
});
