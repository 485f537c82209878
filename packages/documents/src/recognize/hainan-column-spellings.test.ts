import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

// 海南's 项目绩效目标表 (省级 grants, 2022) words its indicator columns 绩效指标性质 | 绩效指标值 | 绩效度量单位 |
// 权重 | 指标方向性 and stars the columns a filler must fill (一级指标*); an aggregator's copy runs every cell
// together on one line (wide/534). Made for these tests in that shape; names and figures invented.
const HEAD = '一级指标*二级指标*三级指标*绩效指标性质*绩效指标值*绩效度量单位权重*指标方向性*';

const read = async (text: string) => {
  const out = await importBuffer(new TextEncoder().encode(text), 'hainan.txt');
  if (!out.ok) throw new Error(out.error.message);
  const f = out.forms[0];
  if (f?.kind !== 'project') throw new Error('no project form read');
  return f;
};

describe('海南 column spellings: 绩效指标性质, 绩效指标值, 绩效度量单位, 指标方向性', () => {
  it('reads a run-together row under the starred header: comparator, figure and unit as one 指标值, 权重 as weight', async () => {
    const f = await read(
      [
        '附件2项目绩效目标表主管部门:省某某厅资金总额:120.50项目负责人电话:65230000财政拨款:120.50',
        `总体目标目标1:全年举办培训班不少于12期${HEAD}产出指标数量指标全年举办培训班期数≥12期40%正向指标`,
      ].join(''),
    );
    expect(f.indicators.map((i) => [i.level1, i.level2, i.name, i.target.raw, i.weight])).toEqual([
      ['产出指标', '数量指标', '全年举办培训班期数', '≥12期', '40'],
    ]);
    expect(f.budget.total).toBe('120.50');
  });

  it('reads the same spellings as a pipe table', async () => {
    const f = await read(
      [
        '项目绩效目标表',
        '项目名称 | 某某培训项目 | 主管部门 | 省某某厅',
        '一级指标* | 二级指标* | 三级指标* | 绩效指标性质* | 绩效指标值* | 绩效度量单位 | 权重* | 指标方向性*',
        '产出指标 | 数量指标 | 全年举办培训班期数 | ≥ | 12 | 期 | 40% | 正向指标',
        '满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥ | 90 | % | 20% | 正向指标',
      ].join('\n'),
    );
    expect(f.indicators.map((i) => [i.name, i.target.raw, i.weight])).toEqual([
      ['全年举办培训班期数', '≥12期', '40'],
      ['学员满意度', '≥90%', '20'],
    ]);
  });
});
