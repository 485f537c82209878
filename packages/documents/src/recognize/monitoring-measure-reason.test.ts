import { describe, expect, it } from 'vitest';
import type { MonitoringDocument } from '@jixiao/core';
import { importBuffer } from '../import-document.ts';

// Made for this test in the shape of a 四川 县级 监控表 (values invented): the budget's 偏差原因 on its total row,
// each indicator's 偏差原因分析 and its corrective measure.
function monitor(measureHeading: string, budgetReason: string): string {
  return [
    '项目支出绩效运行监控表',
    '(2024年1-7月)',
    '| 项目名称 | 某县农村道路养护 | | | | | | | | |',
    '| 主管部门 | 某县交通运输局 | | | 实施单位 | 某县公路养护站 | | | | |',
    '| 预算执行情况(万元) | 年度预算数 | 1-7月执行数 | 执行率 | 全年预计执行数 | 偏差原因 | | | | |',
    `| 总额 | 200.00 | 80.00 | 40.00% | 200.00 | ${budgetReason} | | | | |`,
    '| 其中:财政资金 | 200.00 | 80.00 | 40.00% | 200.00 | | | | | |',
    `| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 1-7月完成值 | 全年预计完成值 | 偏差原因分析 | ${measureHeading} |`,
    '| 产出指标 | 数量指标 | 养护农村道路里程 | ≥ | 120 | 公里 | 40 | 120 | 雨季停工 | 增加施工班组 |',
    '| | 质量指标 | 养护验收合格率 | = | 100 | % | 100 | 100 | | |',
  ].join('\n');
}

async function read(text: string): Promise<MonitoringDocument> {
  const out = await importBuffer(new TextEncoder().encode(text), 'monitor.txt');
  const doc = out.ok ? out.evaluations[0] : undefined;
  if (doc?.kind !== 'monitoring') throw new Error('no 监控表 read');
  return doc;
}

describe('a 监控表’s corrective measures', () => {
  it.each(['纠偏措施', '改进措施', '拟采取的纠偏措施'])('reads each row’s %s', async (heading) => {
    const doc = await read(monitor(heading, '工程集中在汛后实施'));
    expect(doc.indicators.map((i) => i.correctiveMeasure)).toEqual(['增加施工班组', undefined]);
    expect(doc.indicators[0]!.deviationReason).toBe('雨季停工');
  });

  it('keeps no measure where the table prints no such column', async () => {
    const doc = await read(monitor('备注', '工程集中在汛后实施'));
    expect(doc.indicators.map((i) => i.correctiveMeasure)).toEqual([undefined, undefined]);
  });
});

describe('the 偏差原因 of a 监控表’s budget row', () => {
  it('reads the cause printed on the total row under the budget’s 偏差原因', async () => {
    const doc = await read(monitor('纠偏措施', '工程集中在汛后实施'));
    expect(doc.budget.deviationReason).toBe('工程集中在汛后实施');
    expect(doc.budget.executed).toBe('80.00');
  });

  it('keeps none where the cell is blank', async () => {
    const doc = await read(monitor('纠偏措施', ''));
    expect(doc.budget.deviationReason).toBeUndefined();
    expect(doc.budget.rate).toBe('40.00');
  });

  it('reads it under the central template’s 偏差原因分析 banded over several cells', async () => {
    const doc = await read(
      [
        '项目支出绩效目标执行监控表',
        '| 项目名称 | 某市社区养老服务补助 |||||||||||',
        '| 项目资金(万元) || 年初预算数 | 1—7月执行数 | 1—7月执行率 | 偏差原因分析 ||| 完成目标可能性 ||| 备注 |',
        '| 年度资金总额 || 2880 | 1526.4 | 53% | 按验收进度拨付 ||| 确定能 ||| |',
        '| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 1—7月执行情况 | 全年预计完成情况 | 偏差原因分析 | 完善措施 |',
        '| 产出指标 | 数量指标 | 新建社区养老服务站 | 15个 | 6个 | 15个 | 验收滞后 | 加快验收 |',
      ].join('\n'),
    );
    expect(doc.budget.deviationReason).toBe('按验收进度拨付');
    expect(doc.indicators[0]!.correctiveMeasure).toBe('加快验收');
  });
});
