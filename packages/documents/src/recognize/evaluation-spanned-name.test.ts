// A 自评表 saved as a web page whose last row's name is merged over the 二级 and 三级 columns (its 一级 has no 二级),
// made for this test after wide/463 (a 湖北 学生资助 自评表 template, rendered as a table by h-render3); names and
// figures invented. The grid puts the name where the 二级 stands and leaves the 三级 blank.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const page = (
  level1: string,
  points: string,
  after = '',
) => `<html><body><p>2023年某某资助项目绩效目标自评表</p><table>
<tr><td>项目名称</td><td colspan="5">某某资助项目</td></tr>
<tr><td>预算执行情况(万元)(10分)</td><td>预算数</td><td>执行数</td><td>执行率</td><td colspan="2">得分</td></tr>
<tr><td>年度财政资金总额</td><td>500.00</td><td>480.00</td><td>96.00%</td><td colspan="2">9.6</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年初目标值</td><td>实际完成值</td><td>得分</td></tr>
<tr><td rowspan="2">产出指标</td><td rowspan="2">数量指标</td><td>资助学生人数</td><td>300人</td><td>310人</td><td>20</td></tr>
<tr><td>发放批次</td><td>2次</td><td>2次</td><td>20</td></tr>
<tr><td>${level1}</td><td colspan="2">评审程序是否公正</td><td>是</td><td>是</td><td>${points}</td></tr>${after}
</table></body></html>`;

async function indicators(html: string) {
  const out = await importBuffer(new TextEncoder().encode(html), 'selfeval.html');
  if (!out.ok) throw new Error(out.error.message);
  const doc = out.evaluations[0]!;
  if (doc.kind !== 'self-evaluation') throw new Error(`read as ${doc.kind}`);
  return doc.indicators.map((i) => [i.level1, i.name, i.target.raw, i.actual.raw, i.score]);
}

const FIRST = [
  ['产出指标', '资助学生人数', '300人', '310人', '20'],
  ['产出指标', '发放批次', '2次', '2次', '20'],
];

describe('a name merged over the 二级 and 三级 columns', () => {
  it('is the row’s 三级, not a 二级, under a 一级 of the template’s own (过程指标: the row was misread before)', async () => {
    expect(await indicators(page('过程指标', '20'))).toEqual([
      ...FIRST,
      ['过程指标', '评审程序是否公正', '是', '是', '20'],
    ]);
  });

  it('takes its points written with their unit (20分) as its score', async () => {
    expect(await indicators(page('效益指标', '20分'))).toEqual([
      ...FIRST,
      ['效益指标', '评审程序是否公正', '是', '是', '20'],
    ]);
  });
});

// After wide/242 (河北 自评表 rendered as a table by h-render3): the table closes with 预算执行率 merged over the
// 一级 and 二级 and written again under 三级, nothing else in its row.
describe('a row of one label repeated over the levels and the name', () => {
  it('is the table’s closing heading, not an indicator (it was counted before)', async () => {
    const closing =
      '\n<tr><td colspan="2">预算执行率</td><td>预算执行率</td><td></td><td></td><td></td></tr>';
    expect(await indicators(page('效益指标', '20', closing))).toEqual([
      ...FIRST,
      ['效益指标', '评审程序是否公正', '是', '是', '20'],
    ]);
  });
});
