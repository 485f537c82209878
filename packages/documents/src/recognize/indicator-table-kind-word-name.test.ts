// A 部门整体绩效目标表 whose rows stand one column left of their headings (a 绩效指标 row over the header gives the
// table a goal column its rows lack), with a 指标值类型 column (定量 / 定性): 成本指标 | 社会成本指标 | 定量 | 100
// is 二级 | 三级 | 指标值类型 | 指标值 like the rows above it, not 一级 | 二级 | name 定量. After 岳阳楼区 (湖南)'s
// form, wide/270 as a saved page (h-render3's leftover); names and figures invented.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const page = `<html><body><table>
<tr><td colspan="8">某某中心2023年度整体绩效目标表</td></tr>
<tr><td>部门(单位)名称</td><td colspan="7">某某中心</td></tr>
<tr><td>年度总体绩效目标</td><td colspan="7">做好认定工作。</td></tr>
<tr><td colspan="8">绩效指标</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值类型</td><td>指标值</td><td>计量单位</td><td>指标解释</td><td>评(扣)分标准</td></tr>
<tr><td rowspan="3">产出指标</td><td>数量指标</td><td>业务支出安排金额</td><td>定量</td><td>28.8</td><td>万元</td><td>考察支出安排</td><td>酌情扣分</td></tr>
<tr><td>质量指标</td><td>业务支出到位率</td><td>定量</td><td>100</td><td>%</td><td>考察到位情况</td><td>酌情扣分</td></tr>
<tr><td>成本指标</td><td>社会成本指标</td><td>定量</td><td>100</td><td>%</td><td>考察成本控制</td><td>酌情扣分</td></tr>
<tr><td>效益指标</td><td>社会效益指标</td><td>保证单位正常运转</td><td>定性</td><td>应保尽保</td><td></td><td>考察运转保障</td><td>酌情扣分</td></tr>
</table></body></html>`;

describe('a 指标值类型 word where the row would put its name', () => {
  it('moves the row to its headings: 社会成本指标 is the name, 100% its target', async () => {
    const out = await importBuffer(new TextEncoder().encode(page), 'form.html');
    const form = out.ok ? out.forms[0] : undefined;
    if (form?.kind !== 'department') throw new Error(`read as ${form?.kind}`);
    expect(form.indicators.map((i) => [i.name, i.target.raw])).toEqual([
      ['业务支出安排金额', '28.8万元'],
      ['业务支出到位率', '100%'],
      ['社会成本指标', '100%'],
      ['保证单位正常运转', '应保尽保'],
    ]);
  });
});
