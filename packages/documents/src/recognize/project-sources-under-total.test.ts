// A 资金来源 block printed a line a row as plain text (湘潭's 项目绩效目标表, wide/321; 化工区's, wide/116): its total
// (资金总额: 250) is the block's first line and the sources follow it; a label left blank for the stamp (填报单位
// (盖章):) takes no later line as its value; a number alone (二、) is no source; a known source with its figure run
// on (其中 :上级资金16) is that source and figure. Names and figures invented.
import { describe, expect, it } from 'vitest';
import { readProjectText } from './test-read-project.ts';
import { runChecks } from '@jixiao/core';

const form = (funds: string, stamp = '填报单位(盖章):') => `2024年项目绩效目标表

${stamp}

项目名称

某路段保洁服务

主管部门及其编码

某市城市管理局 308001

项目实施单位

某市环境卫生管理处

项目资金申请

(万元)

${funds}

项目概况

2024年,市财政局拨付250万元用于某路段保洁服务。

年度绩效指标

一级指标

二级指标

三级指标

指标值

绩效标准

产出指标

数量指标

保洁车辆数

10

计划标准

质量指标

保洁质量

优良

计划标准

时效指标

服务周期

180

计划标准
`;

const read = readProjectText;

const sum01 = (f: Awaited<ReturnType<typeof read>>) => runChecks([f]).filter((x) => x.rule === 'R-SUM-01');

describe('a 资金来源 block whose total is its first line', () => {
  it('reads the lines under the total as its sources, none of them the unit', async () => {
    const f = await read(
      form('资金总额: 250\n\n        一、预算资金:250\n\n        二、自有资金:0\n\n        三、其他:0'),
    );
    expect(f.budget.total).toBe('250');
    expect(f.budget.sources).toEqual([
      { name: '预算资金', amount: '250' },
      { name: '自有资金', amount: '0' },
      { name: '其他', amount: '0' },
    ]);
    expect(f.unit).toBeNull();
    expect(sum01(f)).toEqual([]);
  });

  it('still reports sources that do not add up to the total', async () => {
    const f = await read(form('资金总额: 250\n\n        一、预算资金:200\n\n        二、自有资金:0'));
    expect(f.budget.sources.map((s) => s.amount)).toEqual(['200', '0']);
    expect(sum01(f)).toHaveLength(1);
  });

  it('keeps the next field out of the sources', async () => {
    const f = await read(form('资金总额: 250'));
    expect(f.budget.sources).toEqual([]);
    expect(f.extra?.['项目概况'] ?? '').toContain('保洁服务');
  });

  it('still takes the line under a lone label as its value', async () => {
    const f = await read(form('资金总额: 250', '填报单位:\n\n某市环境卫生管理处'));
    expect(f.unit).toBe('某市环境卫生管理处');
  });
});

describe('a 资金来源 line printed apart from its numbering, or with its figure run on', () => {
  it('takes no source from a number alone', async () => {
    const f = await read(form('资金总额: 250\n\n一、预算资金:250\n\n二、\n\n自有资金:0'));
    expect(f.budget.sources).toEqual([
      { name: '预算资金', amount: '250' },
      { name: '自有资金', amount: '0' },
    ]);
  });

  it('cuts a known source’s figure from its name', async () => {
    const f = await read(form('年度资金总额: 16\n\n其中 :上级资金16'));
    expect(f.budget.sources).toEqual([{ name: '上级资金', amount: '16' }]);
    expect(sum01(f)).toEqual([]);
  });

  it('leaves a name of its own that ends in a figure whole', async () => {
    const f = await read(form('年度资金总额: 16\n\n其中 :一期工程2'));
    expect(f.budget.sources).toEqual([{ name: '一期工程2', amount: null }]);
  });
});

describe('中期 and 年度 funds printed a line a cell, each source twice in turn', () => {
  const paired = (year: string) =>
    `中期资金总额: 449.8\n\n年度资金总额: 189.8\n\n其中:财政拨款:449.8\n\n其中:财政拨款:${year}\n\n其他资金:0\n\n其他资金:0`;

  it('keeps the year’s line of each pair', async () => {
    const f = await read(form(paired('189.8')));
    expect(f.budget.total).toBe('189.8');
    expect(f.budget.sources).toEqual([
      { name: '财政拨款', amount: '189.8' },
      { name: '其他资金', amount: '0' },
    ]);
    expect(sum01(f)).toEqual([]);
  });

  it('still reports a year’s line that misses the year’s total', async () => {
    const f = await read(form(paired('180')));
    expect(f.budget.sources.map((s) => s.amount)).toEqual(['180', '0']);
    expect(sum01(f)).toHaveLength(1);
  });

  it('keeps every line of a period’s own list under its total', async () => {
    const f = await read(form('中期资金总额: 449.8\n\n其中:财政拨款:400\n\n其中:财政拨款:49.8'));
    expect(f.budget.sources.map((s) => s.amount)).toEqual(['400', '49.8']);
  });

  it('keeps both lines where the names differ', async () => {
    const f = await read(
      form('中期资金总额: 449.8\n\n年度资金总额: 189.8\n\n其中:财政拨款:150\n\n其他资金:39.8'),
    );
    expect(f.budget.sources).toEqual([
      { name: '财政拨款', amount: '150' },
      { name: '其他资金', amount: '39.8' },
    ]);
  });
});

describe('a 其中 line under the total naming a source the lexicon does not know', () => {
  const table = (under: string, above = '| 项目预算(万元) | 资金总额 | 96 |') => `项目支出绩效目标表
| 项目名称 | 某档案数字化 |
| 主管部门 | 某市档案馆 | 实施单位 | 某市档案馆 |
${above}
${under}
| | 其他资金: | 0 |
| 年度绩效目标 | 完成档案数字化 |
| 一级指标 | 二级指标 | 三级指标 | 指标值 |
| 产出指标 | 数量指标 | 数字化档案 | ≥1万卷 |
`;

  it('reads it as the first source', async () => {
    const f = await read(table('| | 其中:市财政资金 | 96 |'));
    expect(f.budget.sources).toEqual([
      { name: '市财政资金', amount: '96' },
      { name: '其他资金', amount: '0' },
    ]);
    expect(sum01(f)).toEqual([]);
  });

  it('still reports a part that misses the total', async () => {
    const f = await read(table('| | 其中:市财政资金 | 90 |'));
    expect(sum01(f)).toHaveLength(1);
  });

  it('takes no 其中 line that stands under another field', async () => {
    const f = await read(
      table('| | 其中:市财政资金 | 96 |', '| 项目预算(万元) | 资金总额 | 96 |\n| 项目概况 | 档案数字化 |'),
    );
    expect(f.budget.sources).toEqual([{ name: '其他资金', amount: '0' }]);
  });
});
