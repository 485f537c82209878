import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

// Made for this test after corpus wide/242 as a saved page (河北 成安's 自评表): the template closes its indicator
// table with a 预算执行率 line, the label across the 一级 and 二级 columns and again in the 三级 one, left empty.
const page = `<html><body><h2>某县民政局2020年度预算项目绩效自评表</h2><table>
<tr><td>项目名称</td><td colspan="5">高龄老人津贴</td></tr>
<tr><td>实施单位</td><td colspan="5">某县民政局</td></tr>
<tr><td>预算数</td><td>6.84</td><td>执行数</td><td>6.84</td><td>执行率</td><td>100%</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>得分</td></tr>
<tr><td>产出指标</td><td>质量指标</td><td>申报对象覆盖率</td><td>≥98%</td><td>100%</td><td>25</td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>服务对象满意度</td><td>≥95%</td><td>100%</td><td>10</td></tr>
<tr><td colspan="2">预算执行率</td><td>预算执行率</td><td></td><td></td><td></td></tr>
</table></body></html>`;

describe('a budget line left empty under the indicator table', () => {
  it('is no indicator: 预算执行率 | 预算执行率 with nothing else', async () => {
    const out = await importBuffer(new TextEncoder().encode(page), 'form.html');
    const form = out.ok ? out.evaluations[0] : undefined;
    expect(form?.indicators.map((i) => i.name)).toEqual(['申报对象覆盖率', '服务对象满意度']);
  });
});
