// A 申报表 whose funds block prints its lines beside its heading, each cell a label and its amount (江西's
// 财政支出项目绩效目标申报表: 项目资金申请（万元） | 资金总额：65 | 财政拨款：65 | 自有资金：), or labels and amounts in turn
// (项目资金（万元） | 合计 | 186 | 1、市级财政拨款 | 186 | 2、其他资金 | 0), its indicator columns headed 评价内容 | 绩效内容 |
// 参考标准 | 绩效目标值 with each 目标 kind's rows numbered 目标1 / 目标2. Made for this test after wide/447 and 448
// (templates filled by hand, rendered as tables by h-render3); names and figures invented.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const page = (funds: string) => `<html><body><p>财政支出项目绩效目标申报表</p><table>
<tr><td>项目名称</td><td colspan="6">某某免费开放项目</td></tr>
<tr><td>项目实施单位</td><td colspan="6">某某市图书馆</td></tr>
${funds}
<tr><td rowspan="5">项目年度绩效目标</td><td colspan="3">评价内容</td><td>绩效内容</td><td>参考标准</td><td>绩效目标值</td></tr>
<tr><td rowspan="2">投入</td><td rowspan="2">时效目标</td><td>目标1</td><td>免费开放时间</td><td>国家标准</td><td>每周不少于56小时</td></tr>
<tr><td>目标2</td><td></td><td></td><td></td></tr>
<tr><td rowspan="2">产出</td><td rowspan="2">数量目标</td><td>目标1</td><td>公益讲座场次</td><td>上年实际</td><td>≥30场</td></tr>
<tr><td>目标2</td><td></td><td></td><td></td></tr>
</table></body></html>`;

const INLINE = `<tr><td>项目资金申请(万元)</td><td colspan="2">资金总额: 48</td><td colspan="2">财政拨款: 48</td><td colspan="2">自有资金:</td></tr>`;
const ALTERNATE = `<tr><td>项目资金(万元)</td><td>合计</td><td>48</td><td>1、市级财政拨款</td><td>40</td><td>2、其他资金</td><td>8</td></tr>`;
// 青山区 (湖北)'s 绩效目标表, after wide/116 as a saved page: the total alone in the cell beside the heading.
const ONE_CELL = `<tr><td rowspan="2">资金情况(万元)</td><td colspan="6">年度资金总额:48</td></tr>
<tr><td colspan="6">其中:上级资金48</td></tr>`;
const OWN_ROWS = `<tr><td rowspan="2">项目资金(万元)</td><td colspan="3">资金总额</td><td colspan="3">48</td></tr>
<tr><td colspan="3">其中:财政拨款</td><td colspan="3">48</td></tr>`;

async function read(html: string) {
  const out = await importBuffer(new TextEncoder().encode(html), 'form.html');
  if (!out.ok) throw new Error(out.error.message);
  const form = out.forms[0]!;
  if (form.kind !== 'project') throw new Error(`read as ${form.kind}`);
  return { total: form.budget.total, indicators: form.indicators.map((i) => [i.name, i.target.raw]) };
}

const INDICATORS = [
  ['免费开放时间', '每周不少于56小时'],
  ['公益讲座场次', '≥30场'],
];

describe('a 申报表’s funds printed beside their heading', () => {
  it('reads the total of label：amount cells (no budget before)', async () => {
    expect(await read(page(INLINE))).toEqual({ total: '48', indicators: INDICATORS });
  });

  it('reads the 合计 of labels and amounts in turn (no budget before)', async () => {
    expect((await read(page(ALTERNATE))).total).toBe('48');
  });

  it('reads the total in the one label：amount cell beside the heading (no budget before)', async () => {
    expect((await read(page(ONE_CELL))).total).toBe('48');
  });

  it('reads the block on rows of its own as it did', async () => {
    expect((await read(page(OWN_ROWS))).total).toBe('48');
  });
});

describe('评价内容 | 绩效内容 | 参考标准 | 绩效目标值 with rows numbered 目标1 / 目标2', () => {
  it('reads each filled row’s name and target, the numbered empty rows none (no indicator before)', async () => {
    expect((await read(page(INLINE))).indicators).toEqual(INDICATORS);
  });
});
