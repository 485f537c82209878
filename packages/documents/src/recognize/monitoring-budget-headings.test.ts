import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { budgetColumnOf, isBudgetTotalLabel } from './evaluation-budget-labels.ts';
import { titleKind } from './titles.ts';

// Made for these tests: 监控表 of templates the corpus had not held (values invented).

async function monitoring(text: string) {
  const out = await importBuffer(new TextEncoder().encode(text), 'monitor.txt');
  expect(out.ok).toBe(true);
  const doc = out.ok ? out.evaluations[0] : undefined;
  return doc?.kind === 'monitoring' ? doc : undefined;
}

describe('the budget block of a 监控表', () => {
  it('takes 项目支出绩效目标执行监控表 (the central template) for a 监控表 title', () => {
    expect(titleKind('项目支出绩效目标执行监控表')).toBe('monitoring');
    expect(titleKind('新郑市项目绩效目标执行监控表')).toBe('monitoring');
  });

  it('reads 1—7月执行率 as the rate and 截至6月底支出数 as the amount spent to date', () => {
    expect(budgetColumnOf('1—7月执行率')).toBe('rate');
    expect(budgetColumnOf('截至6月底支出数')).toBe('executed');
    expect(budgetColumnOf('调整后预算')).toBe('annual');
    // The calendar's share of the year beside the budget's is no figure Jixiao keeps.
    expect(budgetColumnOf('序时进度')).toBe('other');
    expect(isBudgetTotalLabel('资金合计')).toBe(true);
  });

  it('reads the figures under labels followed by 偏差原因分析 | 完成目标可能性 | 备注', async () => {
    const doc = await monitoring(
      [
        '项目支出绩效目标执行监控表',
        '| 项目名称 | 某市社区养老服务补助 |||||',
        '| 主管部门及代码 | 166-某市民政局 | 实施单位 | 某市养老服务中心 |||',
        '| 项目资金(万元) || 年初预算数 | 1—7月执行数 | 1—7月执行率 | 偏差原因分析 | 完成目标可能性 | 备注 |',
        '| 年度资金总额 || 2880 | 1526.4 | 53% | 按验收进度拨付 | 确定能 | |',
        '| 其中:财政拨款 || 2880 | 1526.4 | 53% | | | |',
        '| 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 1—7月执行情况 | 全年预计完成情况 | 完善措施 |',
        '| | 产出指标 | 数量指标 | 享受上门服务老年人数 | ≥12000人 | 7860人 | 12500人 | |',
      ].join('\n'),
    );
    expect(doc?.budget).toMatchObject({ initial: '2880', executed: '1526.4', rate: '53' });
    expect(doc?.period).toBe('1—7月');
  });

  it('reads a tab copy whose labels end in 备注, over a 合计 line', async () => {
    const doc = await monitoring(
      [
        '2024年部门整体支出绩效运行监控表',
        '资金类别\t年初预算数\t调整预算数\t1-6月执行数\t执行率\t备注',
        '合计\t5826.40\t6012.80\t2946.27\t49.00%\t',
        '一级指标\t二级指标\t三级指标\t年度指标值\t1-6月完成情况\t全年预计完成情况',
        '产出指标\t数量指标\t全民健身活动场次\t≥120场\t58场\t125场',
      ].join('\n'),
    );
    expect(doc?.budget).toMatchObject({
      initial: '5826.40',
      annual: '6012.80',
      executed: '2946.27',
      rate: '49.00',
    });
  });

  it('reads a block with a light per line (预警) and a table with the share done (目标完成进度)', async () => {
    // Made for this test in the shape of wide/489 (广西, markdown tables; values invented).
    const doc = await monitoring(
      [
        '## 某县2024年项目绩效监控情况表',
        '| 项目名称 | 某县农村公路养护工程 | 主管部门 | 某县交通运输局 |',
        '|---|---|---|---|',
        '',
        '| 资金情况(万元) | 年度预算数 | 1-8月执行数 | 预算执行率 | 预警 |',
        '|---|---|---|---|---|',
        '| 合计 | 1520.00 | 912.00 | 60.00% | 黄灯 |',
        '',
        '| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 1-8月完成值 | 目标完成进度 | 预警 | 偏差原因 |',
        '|---|---|---|---|---|---|---|---|',
        '| 产出指标 | 数量指标 | 养护农村公路里程 | ≥860公里 | 610公里 | 70.93% | 绿灯 | |',
        '| | | 危桥改造座数 | 6座 | 2座 | 33.33% | 红灯 | 汛期停工 |',
      ].join('\n'),
    );
    expect(doc?.budget).toMatchObject({ annual: '1520.00', executed: '912.00', rate: '60.00' });
    expect(doc?.indicators.map((i) => [i.name, i.target.raw, i.actualToDate.raw])).toEqual([
      ['养护农村公路里程', '≥860公里', '610公里'],
      ['危桥改造座数', '6座', '2座'],
    ]);
  });
});
