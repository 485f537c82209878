// A target form whose amounts are printed in 元 with no unit anywhere on the page (2800000.0000 under 资金总额, its
// 财政拨款 the same): read as 万元 they would make a district office's project a budget of 280 亿元. Made for this test
// after wide/473 (青山区 统计局, 湖北); names and figures invented.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const form = (funds: string, note = '') => `项目支出绩效目标表
${note}
项目名称 | 某区人口普查经费
主管部门 | 某区统计局
实施单位 | 区统计局机关
${funds}
一级指标 | 二级指标 | 三级指标 | 指标值
产出指标 | 数量指标 | 普查小区划分 | 120个
`;

const funds = (total: string, parts: string[]) =>
  [`项目资金 | 资金总额 | ${total}`, ...parts.map((p) => ` | ${p}`)].join('\n');

async function budget(text: string) {
  const out = await importBuffer(new TextEncoder().encode(text), 'form.txt');
  if (!out.ok) throw new Error(out.error.message);
  const f = out.forms[0]!;
  if (f.kind !== 'project') throw new Error(`read as ${f.kind}`);
  return { total: f.budget.total, sources: f.budget.sources.map((s) => s.amount) };
}

describe('amounts in 元 with no unit written', () => {
  it('reads a budget beyond any project in 万元 as 元 where its parts add up to it', async () => {
    const b = await budget(
      form(funds('3600000.0000', ['其中:财政拨款 | 3000000.00', '其他资金 | 600000.00'])),
    );
    expect(b.total).toBe('360');
    expect(b.sources).toEqual(['300', '60']);
  });

  it('reads it so where the one part printed is the whole', async () => {
    expect(
      (await budget(form(funds('2800000.0000', ['其中:财政拨款 | 2800000.00', '其他资金 |'])))).total,
    ).toBe('280');
  });

  it('leaves the figures as printed where the parts do not add up, the unit is written, or the figure is a 万元 one', async () => {
    // parts that disagree with the total: no arithmetic says what the figures are
    expect(
      (await budget(form(funds('3600000', ['其中:财政拨款 | 3000000', '其他资金 | 500000'])))).total,
    ).toBe('3600000');
    // a unit written on the page is the unit
    expect((await budget(form(funds('3600000', ['其中:财政拨款 | 3600000']), '金额单位:万元'))).total).toBe(
      '3600000',
    );
    // 10000 (a 亿元 project in 万元) is no proof of anything
    expect((await budget(form(funds('10000', ['其中:财政拨款 | 10000'])))).total).toBe('10000');
  });
});
