import { describe, expect, it } from 'vitest';
import { budgetColumnOf } from './evaluation-budget-labels.ts';
import { selfEvaluationOfLines } from './self-evaluation-of-lines.test-support.ts';

// Made for these tests in the shape of wide/507: a 深圳 district's 专项债券 project 自评表 whose budget is the bond
// money's block (债券资金管理指标(10分)): 总体支出进度 over 实际支出金额 | 下达额度 | 实际完成值 | 分值 | 得分, as pipe
// rows padded with '||||'. Names and figures are invented.
const form = (progress: string) => [
  '项目名称 | 某某区老旧管网改造工程 (某某街道) | 投向领域 | 市政和产业园区基础设施 | |||||',
  '项目主管部门 | 某某区住房和建设局 | 项目单位 | 某某区某某街道办事处 | |||||',
  '项目实施内容 | 改造辖区老旧燃气管网。 | |||||||',
  '当年绩效指标 | 债券资金管理指标(10分) | 总体支出进度 (当年实际支出金额/项目当年下达额度) | 实际支出 金额 | 下达 额度 | 实际 完成值 | 分值 | 得分 | 偏差原因分析 及改进措施 |',
  `856 | 900 | ${progress} | 10 | 9 | ||||`,
  '一级指标 | 二级指标 | 三级指标 | 目标值 | 实际 完成值 | 分值 | 得分 | 偏差原因分析 及改进措施 | |',
  '产出指标 (50分) | 数量指标 | 改造管网长度 | 20公里 | 21公里 | 10 | 10 | ||',
  '质量指标 | 工程竣工验收合格率 | 100% | 100% | 10 | 10 | |||',
];

describe('a 专项债券 自评表’s bond block', () => {
  it('names the year’s money 下达额度 and what was spent 实际支出金额; its 实际完成值 is the progress', () => {
    expect(budgetColumnOf('下达 额度')).toBe('annual');
    expect(budgetColumnOf('实际支出金额')).toBe('executed');
    expect(budgetColumnOf('实际完成值')).toBe('rate');
  });

  it('reads the amounts, the block’s points and its progress under their headings', async () => {
    const doc = await selfEvaluationOfLines(form('95.11%'), 'bond.txt');
    const { annual, executed, rate, weight, score } = doc.budget;
    expect({ annual, executed, weight, score }).toEqual({
      annual: '900',
      executed: '856',
      weight: '10',
      score: '9',
    });
    // (this layout's rates come without their % sign, whatever the heading: 执行率 reads the same)
    expect(rate).toMatch(/^95\.11%?$/);
    expect(doc.indicators.map((i) => [i.name, i.target.raw, i.actual.raw, i.weight, i.score])).toEqual([
      ['改造管网长度', '20公里', '21公里', '10', '10'],
      ['工程竣工验收合格率', '100%', '100%', '10', '10'],
    ]);
  });

  it('keeps no progress that is no rate (an amount printed again where the ratio belongs)', async () => {
    const doc = await selfEvaluationOfLines(form('856'), 'bond.txt');
    const { annual, executed, rate, weight, score } = doc.budget;
    expect({ annual, executed, rate, weight, score }).toEqual({
      annual: '900',
      executed: '856',
      rate: null,
      weight: '10',
      score: '9',
    });
  });

  it('names the columns a bond’s or the year’s qualifier words otherwise (债券下达额度, 当年实际支出金额, 支出进度)', () => {
    expect(budgetColumnOf('项目当年下达额度')).toBe('annual');
    expect(budgetColumnOf('债券资金下达额度')).toBe('annual');
    expect(budgetColumnOf('当年实际支出金额')).toBe('executed');
    expect(budgetColumnOf('债券实际支出金额（万元）')).toBe('executed');
    expect(budgetColumnOf('支出进度')).toBe('rate');
    // A qualifier alone, or before no budget word, names nothing.
    expect(budgetColumnOf('当年')).toBeNull();
    expect(budgetColumnOf('债券资金管理指标')).toBeNull();
  });

  // The block as a sheet prints it: its two heading cells merged down beside the figures, which stand right under
  // their labels with no line named before them — left empty, or (a copy repeating merged cells) printed again.
  const sheet = (lead: string) => [
    '项目名称 | 某某区老旧管网改造工程 | 主管部门 | 某某区住房和建设局 | | | |',
    '债券资金管理指标(10分) | 总体支出进度(当年实际支出金额/项目当年下达额度) | 项目当年下达额度 | 当年实际支出金额 | 支出进度 | 分值 | 得分 |',
    `${lead} | 900 | 856 | 95.11% | 10 | 9 |`,
    '一级指标 | 二级指标 | 三级指标 | 目标值 | 实际完成值 | 分值 | 得分 |',
    '产出指标 | 数量指标 | 改造管网长度 | 20公里 | 21公里 | 10 | 10 |',
    '| 质量指标 | 工程竣工验收合格率 | 100% | 100% | 10 | 10 |',
  ];

  it('reads figures standing right under the labels as the block’s line, the merged heading cells empty or repeated', async () => {
    for (const lead of [' | ', '债券资金管理指标(10分) | 总体支出进度(当年实际支出金额/项目当年下达额度)']) {
      const doc = await selfEvaluationOfLines(sheet(lead), 'bond.txt');
      const { annual, executed, weight, score } = doc.budget;
      expect({ annual, executed, weight, score }, lead).toEqual({
        annual: '900',
        executed: '856',
        weight: '10',
        score: '9',
      });
      expect(doc.budget.rate).toMatch(/^95\.11%?$/);
    }
  });
});
