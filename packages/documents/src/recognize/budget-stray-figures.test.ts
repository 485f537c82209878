import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { placeWithStrays } from './budget-stray-figures.ts';
import { placeFusedFigures } from './evaluation-stream-budget.ts';

const budgetOf = async (text: string) => {
  const out = await importBuffer(new TextEncoder().encode(text), 'page.txt');
  const doc = out.ok ? out.evaluations[0] : undefined;
  return doc?.kind === 'self-evaluation' ? doc.budget : undefined;
};

const COLUMNS = ['initial', 'annual', 'executed', 'weight', 'rate', 'score'] as const;

describe('a budget line whose figures a text layer scattered', () => {
  // Made for these tests after wide/150's second form (上海): a PDF's text layer on one line, the line's amounts under
  // the labels, its 执行数 among the head's words and its 分值 and 执行率 among the goals.
  const form = (executed: string, rate: string) =>
    '财政项目支出绩效自评表 (2022 年度) 项目名称 某某帮扶经费 主管部门 某区体育局 ' +
    '年初预算数 全年预算数 全年执行数 分值 执行率 得分 30000.00 30000.00 6.00 ' +
    '其中:当年财政拨款 0 0 — 上年结转资金 0 0 — 其他资金 0 0 — 年度资金总额 项目资金 (元) 某区体育 事业管理中心 ' +
    `实施单位 ${executed} 预期目标 年度 总体 目标 10 ${rate} 实际完成情况 已完成经费支付。 ` +
    '一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 产出指标 数量指标 经费使用率 =100% 60% 40 24';

  it('places the stray 执行数, 分值 and 执行率 where the arithmetic proves them', async () => {
    // 18,000 ÷ 30,000 = 60 %; 10 × 60 % = 6.
    const budget = await budgetOf(form('18,000', '60.00%'));
    expect([budget?.annual, budget?.executed, budget?.rate, budget?.weight, budget?.score]).toEqual([
      '3',
      '1.8',
      // The model holds the rate in percent (docs/model.md): 60.00% is read 60.00.
      '60.00',
      '10',
      '6.00',
    ]);
  });

  it("leaves figures out that the arithmetic does not bear (a goal's figures, not the budget's)", async () => {
    // 12,000 ÷ 30,000 is 40 %, not the 60 % printed: nothing proves the strays are the line's.
    const budget = await budgetOf(form('12,000', '60.00%'));
    expect(budget?.executed).not.toBe('1.2');
    expect(budget?.rate).toBeNull();
  });

  it('takes no stray figure where two placings hold', () => {
    // 50 ÷ 100 = 50 %, 10 × 50 % = 5 — and 5 could be 分值 with 得分 2.5 … only the line's order decides; here two
    // strays could each be the 执行数.
    expect(placeWithStrays(['100', '100', '5'], COLUMNS, ['50', '50.0', '10', '50%'])).toBeNull();
    expect(placeWithStrays(['100', '100', '5'], COLUMNS, ['50', '10', '50%'])).toEqual({
      initial: '100',
      annual: '100',
      executed: '50',
      weight: '10',
      rate: '50%',
      score: '5',
    });
  });
});

describe('a budget block whose first label a sheet printed apart', () => {
  // Made for these tests after wide/255 (稷山, 山西): an .xlsx's text on one line, 年初预算数 spanning two header
  // rows printed before the block's other words, and five figures for six columns.
  const form = (rate: string, score = '10') =>
    '某县项目支出绩效自评表 (2021年度) 项目名称 某某服务 主管部门 某县卫生健康局 年初预算 数 0 项目资金 (万元) ' +
    `年度资金总额 实施单位 某镇卫生院 全年预算数 全年执行数 分值 执行率 得分 0 150.2538 10 ${rate} ${score} ` +
    '年度 总体 目标 一级 指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 产出指标 数量指标 建档人数 100人 100人 2 2';

  it('reads the first figure as the 年初 budget, and 执行率 100% as the amount spent whole', async () => {
    const budget = await budgetOf(form('100%'));
    expect([budget?.initial, budget?.annual, budget?.executed, budget?.rate]).toEqual([
      '0',
      '150.2538',
      '150.2538',
      '100',
    ]);
  });

  it('takes a lone figure beside 100% for no amount: it proves nothing, it may be the 分值', () => {
    expect(
      placeFusedFigures(
        ['10', '100%'],
        ['initial', 'annual', 'executed', 'weight', 'score', 'rate'],
        [true, true],
      ),
    ).toEqual({ weight: '10', rate: '100%' });
  });

  it('reads one amount beside 执行率 100% as the budget: the rate says nothing was left unspent', () => {
    // Six columns, five figures: 0 | 207 under 年初 | 全年 holds with 100 %; 全年 0 | 执行 207 is 207 ÷ 0.
    expect(placeFusedFigures(['0', '207.4538', '10', '100%', '10'], COLUMNS)).toEqual({
      initial: '0',
      annual: '207.4538',
      weight: '10',
      rate: '100%',
      score: '10',
    });
  });
});

describe('a rate a broken header lost its label for', () => {
  // Made for these tests after wide/345 (广水, 湖北): a PDF library's text layer on one line, the funds' header
  // 中央 | 省、地 | 本级 | 其他 | 合计 | 执行数 | 执行率 with 执行 … 率 broken apart, the rate printed later as 100 %.
  const SOURCES = ['other', 'other', 'other', 'other', 'annual', 'executed'] as const;

  it('takes the percent the amounts prove, though no column is named for it', () => {
    expect(placeWithStrays(['309', '309'], SOURCES, ['309', '100%', '2', '13'])).toMatchObject({
      annual: '309',
      executed: '309',
      rate: '100%',
    });
    expect(placeWithStrays(['309', '250'], SOURCES, ['309', '100%', '2'])).toBeNull();
  });

  it('reads 100 % with its sign parted by a space as the rate', async () => {
    const text =
      '某市财政预算支出项目绩效目标自评表 填报日期:2022 年 8 月 10 项目名称 项目主管单 位 自评总分: 95 ' +
      '项目实施单位 某市交通运输局 某市交通运输局 项目负责人 某某 1、常年性 2、延续性□ 3、一次性□ 4、新增性□ ' +
      '中央 省、地 本级 其他 合计 执行数 执行 (万元) (万元) (万元) (万元) (万元) (万元) 率 120 120 来源 项目年度目标 ' +
      '单位领导审签: 某某道路养护项目 项目属性 项目资金 日 120 100 % 1.完成道路养护里程 300 公里; 2. 3. ' +
      '项目权重 评价内容 分值 自评分 项目决策 2 分 决策依据 2 2 复核分 评价标准及依据 有项目年度工作计划计 2 分,没有不得分。 ' +
      '项目年度目标 1:某某道路养护项目 一级 指标 二级 指标名称 年初指 年终完 自评 复核 评价标准 指标 (三级指标) 标值 成值 分 分';
    expect((await budgetOf(text))?.rate).toBe('100');
  });
});
