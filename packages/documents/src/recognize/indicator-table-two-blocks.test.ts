import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

// Made for this test in the shape of a 东莞市财政项目支出绩效目标表 copied as pipe rows (wide/377's template): the
// 实施周期 and 当年度 groups side by side (二级 | 三级 | 指标值 twice), and a row under a merged 二级 lacking it on
// both sides, so its 当年度 cells stand one column left of their headings.
const TEXT = [
  '某市财政项目支出绩效目标表 | ||||||',
  '项目 名称 | 某某物业管理费 | 本年度申请市财政预算资金(万元) | 80 | |||',
  '一级 指标 | 二级 指标 | 三级 指标 | 实施周期指标值 | 二级 指标 | 三级 指标 | 当年度指标值 |',
  '产出指标 | 质量指标 | 保障工作合格率 | 100% | 质量指标 | 保障工作合格率 | 100% |',
  '任务完成达标率 | 98% | 任务完成达标率 | 99% | |||',
].join('\n');

describe('a row of the 当年度 group under a merged 二级', () => {
  it('is placed by the group’s own columns: its name and its value, not a 二级 and a name', async () => {
    const out = await importBuffer(new TextEncoder().encode(TEXT), 'form.txt');
    const f = out.ok ? out.forms[0] : undefined;
    if (f?.kind !== 'project') throw new Error('no project form read');
    const annual = f.indicators.filter((i) => i.term === 'annual');
    expect(annual.map((i) => [i.level2, i.name, i.target?.raw])).toEqual([
      ['质量指标', '保障工作合格率', '100%'],
      ['质量指标', '任务完成达标率', '99%'],
    ]);
  });
});
