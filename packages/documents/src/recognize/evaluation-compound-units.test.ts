// A 自评表 whose 指标值 is split into 指标性质 | 指标目标值 | 计量单位, the unit a money unit over a base of two
// characters or over two bases (元/学期, 元/生·年): the row stands where it is written, its figure the target,
// not moved a column left as if the unit were a word of text. Made for this test in the shape of issue 12's
// template variants of wide/482 and wide/488; names and figures invented.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const form = (unit: string) => `项目支出绩效自评表
项目全称\t某某补助经费
项目资金(万元)\t\t年初批复数\t全年预算数\t执行数(B)
\t年度资金总额\t100.00\t100.00\t98.00
年度总体目标\t按期完成项目建设任务
一级指标\t二级指标\t三级指标名称\t偏差原因\t全年完成值\t年度指标值
\t\t\t\t\t指标性质\t指标目标值\t计量单位
产出指标\t成本指标\t资金下达及时率\t\t100%\t\t100\t%
\t\t生均补助标准\t\t300${unit}\t\t300\t${unit}
\t数量指标\t补助学生人数\t\t12万人\t≥\t10\t万人`;

async function standard(unit: string) {
  const out = await importBuffer(new TextEncoder().encode(form(unit)), 'form.txt');
  const f = out.ok ? out.evaluations[0] : undefined;
  if (f?.kind !== 'self-evaluation') throw new Error(`read as ${f?.kind}`);
  const row = f.indicators.find((i) => i.name === '生均补助标准');
  return [row?.target.raw, row?.actual?.raw];
}

describe('a 计量单位 over a base of two characters or over two bases', () => {
  it('元/学期 is the unit: 300 the target, 300元/学期 the result', async () => {
    expect(await standard('元/学期')).toEqual(['300元/学期', '300元/学期']);
  });

  it('元/生·年 is the unit too', async () => {
    expect(await standard('元/生·年')).toEqual(['300元/生·年', '300元/生·年']);
  });

  it('a unit over a single base reads as before (元/人)', async () => {
    expect(await standard('元/人')).toEqual(['300元/人', '300元/人']);
  });
});
