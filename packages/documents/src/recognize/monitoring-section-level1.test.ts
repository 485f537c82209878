import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

const monitoring = async (text: string) => {
  const out = await importBuffer(bytes(text), 'form.txt');
  if (!out.ok) throw new Error(out.error.message);
  const [doc] = out.evaluations;
  if (doc?.kind !== 'monitoring') throw new Error('no 监控表');
  return doc;
};

// Made for these tests in the shape of a city's 项目支出绩效监控表 as pipe rows (wide/444's template): 绩效指标 over the
// 一级 names, a column headed 一级 指标 that holds their 二级 (质量, 时效), then 指标名称 | 指标值 | 半年度指标执行情况.
const TABLE = [
  '| 某市项目支出绩效监控表 |',
  '| 项目名称 | 公厕运维经费 |',
  '| 项目资金 (万元) | 年初预算数 | 1-6月执行数 | 全年预计执行数 |',
  '| 年度资金总额: | 360 | 158.4 | 360 |',
  '| 绩效指标 | 一级 指标 | 指标名称 | 指标值 | 半年度 指标执行情况 | 完成目标可能性(确定能、有可能、不可能) | 备注 |',
  '| 产 出 指 标 | 质量 | 公厕保洁达标率 | ≥95% | 96.5% | 确定能 | |',
  '| 设施完好率 | ≥98% | 97.2% | 有可能 | 部分水箱老化 |',
  '| 时效 | 故障维修响应时间 | ≤24小时 | 平均18小时 | 确定能 | |',
];

describe('a 监控表 whose 一级 names stand under 绩效指标 and whose 二级 stand under 一级指标', () => {
  it('reads each row’s own name, target and progress', async () => {
    const doc = await monitoring(TABLE.join('\n'));
    expect(doc.indicators.map((i) => [i.name, i.target.raw, i.actualToDate?.raw])).toEqual([
      ['公厕保洁达标率', '≥95%', '96.5%'],
      ['设施完好率', '≥98%', '97.2%'],
      ['故障维修响应时间', '≤24小时', '平均18小时'],
    ]);
  });

  it('keeps the 一级 above the 二级 written alone in the 一级 column', async () => {
    const doc = await monitoring(TABLE.join('\n'));
    expect(doc.indicators.map((i) => i.level1)).toEqual(['产出指标', '产出指标', '产出指标']);
  });
});
