// A 安徽 项目支出绩效目标申报表 that prints the 中期 (the project's period) and the 年度 funds side by side, each
// total over its own sources (wide/323, 417): the year's total is the budget and its sources the year's side, the
// period's total no source. Made for this test; names and figures invented.
import { describe, expect, it } from 'vitest';
import { readProjectText } from './test-read-project.ts';
import { runChecks } from '@jixiao/core';

const form = (funds: string) => `项目支出绩效目标申报表
| 项目名称 | 某农产品质检体系建设项目 |
| 主管部门及代码 | [066]某市农业农村局 | 实施单位 | 某市农业农村局 |
${funds}
| 年度绩效目标 | 开展农产品质量安全监测，提升质检能力 |
| 一级指标 | 二级指标 | 三级指标 | 指标值 |
| 产出指标 | 数量指标 | 检测批次 | ≥57个 |
| 产出指标 | 质量指标 | 检测合格率 | ≥98% |
`;

const read = readProjectText;

describe('中期 and 年度 funds side by side', () => {
  it('reads the year’s total and the year’s sources, and the sums hold', async () => {
    const f = await read(
      form(
        [
          '| 项目资金 (万元) | 中期资金总额: | 68.50 | 年度资金总额: | 51.35 |',
          '| 其中:财政拨款 | 68.50 | 其中:财政拨款 | 51.35 |',
          '| 其他资金 | 0.00 | 其他资金 | 0.00 |',
        ].join('\n'),
      ),
    );
    expect(f.budget.total).toBe('51.35');
    expect(f.budget.sources).toEqual([
      { name: '财政拨款', amount: '51.35' },
      { name: '其他资金', amount: '0.00' },
    ]);
    expect(runChecks([f]).filter((x) => x.rule === 'R-SUM-01')).toEqual([]);
  });

  it('reads a block of one period as before: its total, and its lines as sources', async () => {
    const f = await read(
      form(['| 项目资金 (万元) | 资金总额: | 51.35 | 财政拨款: | 51.35 |', '| 其他资金 | 0.00 |'].join('\n')),
    );
    expect(f.budget.total).toBe('51.35');
    expect(f.budget.sources.map((s) => s.name)).toEqual(['财政拨款', '其他资金']);
  });
});
