// A 三级 worded as another 二级 under a 二级 merged down from the row above (数量指标 over 时效指标 | 全年): the row's
// cells stand in their columns, so its value stays its 指标值 and is not pushed into the name column to give the
// 二级 word a column of its own. Made for this test in the shape of issue 12's template variants of wide/322
// (临海, 浙江: a 指标名称 column that repeats the 二级); names and figures invented.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const page = (rows: string) => `<html><body><table>
<tr><td colspan="4">项目支出绩效目标表</td></tr>
<tr><td>项目名称</td><td colspan="3">某某养护经费</td></tr>
<tr><td>年度总体目标</td><td colspan="3">完成养护工作。</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>
${rows}
</table></body></html>`;

const indicatorsOf = async (html: string) => {
  const out = await importBuffer(new TextEncoder().encode(html), 'form.html');
  const form = out.ok ? out.forms[0] : undefined;
  if (form?.kind !== 'project') throw new Error(`read as ${form?.kind}`);
  return form.indicators.map((i) => [i.level2, i.name, i.target.raw]);
};

describe('a 三级 worded as another 二级, its 指标值 a word', () => {
  it('keeps the value in the 指标值 column: 时效指标 is the name, 全年 its target', async () => {
    const html =
      page(`<tr><td rowspan="3">产出指标</td><td rowspan="2">数量指标</td><td>数量指标</td><td>375万平方米</td></tr>
<tr><td>时效指标</td><td>全年</td></tr>
<tr><td>质量指标</td><td>质量指标</td><td>100%</td></tr>`);
    expect(await indicatorsOf(html)).toEqual([
      ['数量指标', '数量指标', '375万平方米'],
      ['数量指标', '时效指标', '全年'],
      ['质量指标', '质量指标', '100%'],
    ]);
  });

  it('keeps it so under a banded head (绩效指标 over the three levels, 目标值 over two rows)', async () => {
    const html = `<html><body><table>
<tr><td colspan="4">项目绩效目标表</td></tr>
<tr><td>专项资金名称</td><td colspan="3">某某养护经费</td></tr>
<tr><td>年度绩效目标</td><td colspan="3">按期完成项目建设任务，发挥资金使用效益</td></tr>
<tr><td colspan="3">绩效指标</td><td rowspan="2">目标值</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td></tr>
<tr><td rowspan="3">产出指标</td><td rowspan="2">数量指标</td><td>数量指标</td><td>375万平方米</td></tr>
<tr><td>时效指标</td><td>全年</td></tr>
<tr><td>质量指标</td><td>质量指标</td><td>100%</td></tr>
</table></body></html>`;
    expect(await indicatorsOf(html)).toEqual([
      ['数量指标', '数量指标', '375万平方米'],
      ['数量指标', '时效指标', '全年'],
      ['质量指标', '质量指标', '100%'],
    ]);
  });

  it('keeps it so beside a 计算符号 column: 定性 is no name, 时效指标 is (issue 12 pdf variants of wide/322)', async () => {
    const html = `项目支出绩效目标表
| 项目全称 | 某某养护经费 |  |  |  |  |
| 一级指标 | 二级指标 | 三级指标 | 计算符号 | 年度指标值 | 度量单位 |
| 产出指标 | 数量指标 | 数量指标 |  | 375 | 万平方米 |
|  |  | 时效指标 | 定性 | 全年 |  |
|  | 质量指标 | 质量指标 |  | 100 | % |`;
    const out = await importBuffer(new TextEncoder().encode(html), 'form.txt');
    const form = out.ok ? out.forms[0] : undefined;
    if (form?.kind !== 'project') throw new Error(`read as ${form?.kind}`);
    expect(form.indicators.map((i) => [i.level2, i.name, i.target.raw])).toEqual([
      ['数量指标', '数量指标', '375万平方米'],
      ['数量指标', '时效指标', '全年'],
      ['质量指标', '质量指标', '100%'],
    ]);
  });

  it('still moves a row left whose 指标值 stays in a value column (a padded copy one column right)', async () => {
    const html = `项目支出绩效目标表
项目名称 | 某某养护经费
一级指标 | 二级指标 | 三级指标 | 指标值 | 指标说明
产出指标 | 数量指标 | 养护面积 | 375万平方米 | 全市绿地
| | 时效指标 | 项目完成及时率 | ≥95% |`;
    const out = await importBuffer(new TextEncoder().encode(html), 'form.txt');
    const form = out.ok ? out.forms[0] : undefined;
    if (form?.kind !== 'project') throw new Error(`read as ${form?.kind}`);
    expect(form.indicators.map((i) => [i.level2, i.name, i.target.raw])).toEqual([
      ['数量指标', '养护面积', '375万平方米'],
      ['时效指标', '项目完成及时率', '≥95%'],
    ]);
  });
});
