// Issue 12, fresh templates: 苏州's 市级财政支出项目绩效自评表 as a library's preview gives it — its table run together
// with one space between cells (指标名称 | 目标值 | 权重 | 实际完成值 | 自评分), the section cells with their points
// (投入目标(28 分)) placed before the section's first row. Before, the words of a target were read into the name
// (招标过程规范性规范) and the points note cut the rows apart (项目绩效实现情况( | 80分 | )投入目标().
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

async function read(text: string) {
  const out = await importBuffer(new TextEncoder().encode(text), 'preview.txt');
  if (!out.ok) throw new Error(out.error.message);
  const ev = out.evaluations[0]!;
  if (ev.kind !== 'self-evaluation') throw new Error(ev.kind);
  return {
    unit: ev.department ?? ev.unit,
    rows: ev.indicators.map((i) => [i.name, i.target?.raw ?? null, i.actual?.raw ?? null, i.weight, i.score]),
  };
}

const head =
  '1、某市级财政支出项目绩效自评表项目名称 城区道路保洁 项目年份 2018项目主管部门(单位) 某市市容环境卫生管理处年初预算数';

describe('a 自评表 run together with one space between its cells', () => {
  it('keeps word targets apart from their names and reads past the section notes with their points', async () => {
    const text = [
      head,
      '2、项目 类别 指标名称 目标值 权重 实际完成 值 自评分资金使用合规性 合规 4 好 4预算执行率 95% 4 =98% 4项目绩效实现情况(80 分)投入目标(20 分)资金节约率 10% 4 12% 4招标过程规范性 规范 4 好 4',
      '3、日常巡查情况 完整 4 好 4产出目标(30 分)保洁 及时,整 洁 10 及时,整 洁 10道路保洁率 98% 10 99% 10',
    ].join('\n');
    const got = await read(text);
    expect(got.rows).toEqual([
      ['资金使用合规性', '合规', '好', '4', '4'],
      ['预算执行率', '95%', '=98%', '4', '4'],
      ['资金节约率', '10%', '12%', '4', '4'],
      ['招标过程规范性', '规范', '好', '4', '4'],
      ['日常巡查情况', '完整', '好', '4', '4'],
      ['保洁', '及时,整洁', '及时,整洁', '10', '10'],
      ['道路保洁率', '98%', '99%', '10', '10'],
    ]);
  });

  it('names the 主管部门 written as 项目主管部门(单位), its value cut where the budget labels begin', async () => {
    const text = [
      `${head}当年使用上年结余、结转及当年调整预算数 财政拨款数指标结余数市级预算执行情况(万元) 120.00 0.00 120.00 0.00`,
      '2、项目 类别 指标名称 目标值 权重 实际完成 值 自评分资金使用合规性 合规 4 好 4预算执行率 95% 4 =98% 4道路保洁率 98% 10 99% 10',
    ].join('\n');
    expect((await read(text)).unit).toBe('某市市容环境卫生管理处');
  });
});
