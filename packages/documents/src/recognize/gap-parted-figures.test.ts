import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { paragraph } from '../rows/row.ts';
import { partsFiguresByGaps } from './gap-parted-figures.ts';

describe('a copy that parts its figures by gaps', () => {
  it('is told from one that ran its cells together', () => {
    expect(
      partsFiguresByGaps([paragraph('年度资金总额 65.66 65.07 10 99% 9 指标1:参合人数 100% 96% 15 15')]),
    ).toBe(true);
    expect(
      partsFiguresByGaps([paragraph('年度资金总额:9.489.4810100%10其中:本年财政拨款9.489.4810100%10')]),
    ).toBe(false);
    // One pair apart is no layout: a name with a figure in it (2 号楼 3 层).
    expect(partsFiguresByGaps([paragraph('养护里程6420公里 2 3')])).toBe(false);
    // Nor a copy run together with a few cells apart (wide-layouts.test.ts: …公里5010质量指标路面完好率 达成 10 10 …).
    expect(
      partsFiguresByGaps([
        paragraph('年度资金总额:9090901010010养护里程≥50公里5010完好率 10 10 改善 10 10 延长 10 10'),
      ]),
    ).toBe(false);
  });

  // Made for this test: a sheet's text layer on one line, the first row's figures among the header's words
  // (…实际 指标值 完成值 6420 分值 得分 偏差原因分析及改进措 施 6391 20 19) as a .xls preview gives them.
  const line = (figures: string) =>
    `某县项目支出绩效自评表 (2021年度) 项目名称 农村公路养护资金 主管部门 某县交通运输局 项目资金 (万元) 年度资金总额 实施单位 全年预算数 全年执行数 分值 执行率 得分 40.50 40.50 10 100% 10 年度总体目标 完成农村公路养护 一级 指标 二级指标 三级指标 数量指标 指标1:养护里程 绩 效 指 标 某县公路养护中心 产出 指标 (50分 ) 实际 指标值 完成值 ${figures} 质量指标 指标1:路面完好率 95% 96% 30 30 效益指 标(40 分) 社会效益 指标1:群众出行便利 明显改善 明显改善 40 40 总分 100 99`;
  const figuresOf = async (text: string) => {
    const o = await importBuffer(new TextEncoder().encode(text), 'copy.txt');
    if (!o.ok) throw new Error(o.error.message);
    return o.evaluations.flatMap((e) =>
      e.indicators.flatMap((i) => [i.target.raw, 'actual' in i ? i.actual.raw : '']),
    );
  };

  it('keeps a figure standing between gaps whole (6420, not 6 | 42 | 0)', async () => {
    const read = await figuresOf(line('6420 分值 得分 偏差原因分析及改进措 施 6391 20 19 部分路段 未完工'));
    expect(read).toContain('6420');
    expect(read).toContain('6391');
    expect(read).not.toContain('63');
  });

  it('still cuts digits a cell ran together with the next (20100% under 分值 | 指标值)', async () => {
    const read = await figuresOf(
      line('6420 分值 得分 偏差原因分析及改进措 施 6391 20 19 部分路段 未完工').replace(
        '95% 96% 30 30',
        '95%96%3030',
      ),
    );
    expect(read).toContain('95%');
    expect(read).toContain('96%');
  });
});
