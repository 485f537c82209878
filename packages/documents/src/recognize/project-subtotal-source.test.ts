// A 资金来源 block whose group prints its 小计 in a cell of its own between the group's name and its amount
// (一般公共预算拨款 | 小计 | 250 over 市本级 | 250, as 广西's 项目绩效目标公开表 does, wide/271): the line is the
// group's subtotal, and its name keeps the word so that the sums count the group once. Names and figures invented.
import { describe, expect, it } from 'vitest';
import { readProjectText } from './test-read-project.ts';
import { runChecks } from '@jixiao/core';

const form = (group: string) => `项目绩效目标公开表
| 项目名称 | 某中学生均教育事业费 |
| 项目主管部门 | 某市教育局 | 项目实施单位 | 某市教育局 |
| 项目资金 (万元) | 合计 | 250 |
${group}
| 市本级 | 250 |
| 中央及自治区补助 | |
| 其他资金 | |
| 年度绩效目标 | 保障学校正常运行 |
| 一级指标 | 二级指标 | 三级指标 | 指标值 |
| 产出指标 | 数量指标 | 在校学生数 | ≥150人 |
`;

const read = readProjectText;

describe('a source group’s 小计 in a cell of its own', () => {
  it('names the line a subtotal, and the sums count the group once', async () => {
    const f = await read(form('| 一般公共预算拨款 | 小计 | 250 |'));
    expect(f.budget.sources.slice(0, 3)).toEqual([
      { name: '合计', amount: '250' },
      { name: '一般公共预算拨款小计', amount: '250' },
      { name: '市本级', amount: '250' },
    ]);
    expect(runChecks([f]).filter((x) => x.rule === 'R-SUM-01')).toEqual([]);
  });

  it('keeps a plain source’s name as printed', async () => {
    const f = await read(form('| 一般公共预算拨款 | 250 |').replace('| 市本级 | 250 |\n', ''));
    expect(f.budget.sources[1]).toEqual({ name: '一般公共预算拨款', amount: '250' });
  });
});
