// A 自评表 row whose indicator name spans the 二级 and 三级 columns (过程指标 | 评审程序是否公正 | 是 | 是), as 湖北's
// 学生资助 template prints its last row (wide/463 as a saved page): the 三级 cell is the covered half, blank.
// Its score printed 19分, its 一级 one no framework has. Made for this test; names and figures invented.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const page = `<html><body><h2>2019年某某项目绩效目标自评表</h2><table>
<tr><td>项目名称</td><td colspan="5">某某学院学生资助项目</td></tr>
<tr><td>主管部门</td><td colspan="2">某某厅</td><td>项目实施单位</td><td colspan="2">某某学院</td></tr>
<tr><td>预算执行情况(万元)</td><td>预算数</td><td>执行数</td><td>执行率</td><td colspan="2">得分</td></tr>
<tr><td>年度财政资金总额</td><td>100</td><td>99</td><td>99%</td><td colspan="2">9.9</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年初目标值</td><td>实际完成值</td><td>得分</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>资助人数</td><td>25人</td><td>22人</td><td>38</td></tr>
<tr><td rowspan="2">效益指标</td><td>社会效益指标</td><td>资金发放率</td><td>100%</td><td>100%</td><td rowspan="2">29</td></tr>
<tr><td>服务对象满意度指标</td><td></td><td>90%</td><td>96%</td></tr>
<tr><td>过程指标</td><td colspan="2">评审程序是否公正</td><td>是</td><td>是</td><td>19分</td></tr>
</table></body></html>`;

describe('a name written across the 二级 and 三级 columns', () => {
  it('is the indicator’s name, its values read as the others’', async () => {
    const out = await importBuffer(new TextEncoder().encode(page), 'form.html');
    const form = out.ok ? out.evaluations[0] : undefined;
    if (form?.kind !== 'self-evaluation') throw new Error(`read as ${form?.kind}`);
    expect(form.indicators.map((i) => [i.name, i.target.raw, i.actual.raw])).toEqual([
      ['资助人数', '25人', '22人'],
      ['资金发放率', '100%', '100%'],
      ['评审程序是否公正', '是', '是'],
    ]);
  });
});
