import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

// Made for these tests: 监控表 run together on one line, as a copy without cell breaks gives them (values invented).

async function monitoringBudget(text: string) {
  const out = await importBuffer(new TextEncoder().encode(text + '\n'), 'monitor.txt');
  expect(out.ok).toBe(true);
  const doc = out.ok ? out.evaluations[0] : undefined;
  return doc?.kind === 'monitoring' ? doc.budget : undefined;
}

const TABLE =
  '一级指标二级指标指标名称年度指标值1-6月执行情况产出指标数量指标服务站点数量≥20个12个满意度指标服务对象满意度指标群众满意度≥90%92%';

describe('the budget block of a 监控表 run together, one label–figure pair a row', () => {
  it('reads each figure after its month label, full-width thousands commas and all', async () => {
    const budget = await monitoringBudget(
      '项目绩效运行监控表单位：元专项资金名称社区服务站运行经费主管单位某区民政局项目资金（元）年初预算数６，５００，０００．００' +
        '项目资金（元）截至７月底执行数４６８００００．００项目资金（元）预算执行进度６５．００％' +
        TABLE,
    );
    expect(budget).toMatchObject({ initial: '650', executed: '468', rate: '65.00' });
  });

  it('ends a figure where the next month label opens on its digits (3601-6月执行数 is 360 | 1-6月执行数)', async () => {
    const budget = await monitoringBudget(
      '项目绩效运行监控表单位：万元专项资金名称社区服务站运行经费主管单位某区民政局项目资金(万元)年初预算数360' +
        '1-6月执行数158.4执行率' +
        TABLE,
    );
    expect(budget).toMatchObject({ initial: '360', executed: '158.4' });
  });
});
