import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

// Made for this test in the shape of 湖南's 2017 部门整体支出绩效目标申报表 as a saved web page (fresh/605's layout,
// other words and figures): the indicator band's 一级 merged down its rows, each 二级 written as label:content in
// the row's last cell, no 三级 names and no value column.
function page(indicatorRows: string): string {
  return `<html><body><p>部门整体支出绩效目标申报表</p><p>(2017 年度)</p><table>
<tr><td>部门名称</td><td colspan="2">某县第三中学</td></tr>
<tr><td>年度预算申请(万元)</td><td colspan="2">资金总额:512</td></tr>
<tr><td>部门职能职责概述</td><td colspan="2">实施初中义务教育。</td></tr>
${indicatorRows}
</table></body></html>`;
}

const BAND = `<tr><td rowspan="4">部门整体支出 年度绩效指标</td><td rowspan="2">产出指标</td><td>数量指标:全年招收新生300人</td></tr>
<tr><td>时效指标:按学期完成教学任务。</td></tr>
<tr><td rowspan="2">效益指标</td><td>社会效益指标:升学率稳中有升,校园安全稳定。</td></tr>
<tr><td>服务对象满意度指标:家长满意度90%以上</td></tr>`;

async function formOf(html: string) {
  const out = await importBuffer(new TextEncoder().encode(html), 'form.html');
  const [form] = out.ok ? out.forms : [];
  if (form?.kind !== 'department') throw new Error('a department form expected');
  return form;
}

describe('a band of 二级 label:content cells under each 一级', () => {
  it('reads each labelled cell as an indicator: its 一级, its 二级 and the content as its name', async () => {
    const form = await formOf(page(BAND));
    expect(form.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
      ['产出指标', '数量指标', '全年招收新生300人'],
      ['产出指标', '时效指标', '按学期完成教学任务。'],
      ['效益指标', '社会效益指标', '升学率稳中有升,校园安全稳定。'],
      ['效益指标', '社会公众或服务对象满意度指标', '家长满意度90%以上'],
    ]);
  });

  it('leaves a lone labelled cell and a label that names no 二级 as they are', async () => {
    const lone = `<tr><td>部门整体支出 年度绩效指标</td><td>产出指标</td><td>数量指标:全年招收新生300人</td></tr>
<tr><td>备注</td><td colspan="2">无</td></tr>`;
    const notLevel = BAND.replaceAll(/(数量|时效|社会效益|服务对象满意度)指标:/g, '工作指标:');
    for (const html of [page(lone), page(notLevel)]) {
      const out = await importBuffer(new TextEncoder().encode(html), 'form.html');
      const forms = out.ok ? out.forms : [];
      const named = forms.flatMap((f) => (f.kind === 'department' ? f.indicators : []));
      expect(named.map((i) => i.name)).not.toContain('全年招收新生300人');
    }
  });
});
