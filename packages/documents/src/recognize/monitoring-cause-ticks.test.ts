import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

// Made for this test in the shape of the central 项目支出绩效目标执行监控表 (财预〔2019〕136号's template, wide/481):
// 偏差原因分析 banded over one tick column per cause, 完善措施 after them (values invented).
const TEXT = [
  '项目支出绩效目标执行监控表',
  '| 项目名称 | 某市社区养老服务补助 |||||||||||',
  '| 项目资金(万元) || 年初预算数 | 1—7月执行数 | 1—7月执行率 | 偏差原因分析 ||| 完成目标可能性 ||| 备注 |',
  '| 年度资金总额 || 2880 | 1526.4 | 53% | 按验收进度拨付 ||| 确定能 ||| |',
  '| 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 1—7月执行情况 | 全年预计完成情况 | 偏差原因分析 ||||| 完善措施 |',
  '|  |  |  |  |  |  |  | 经费保障 | 制度保障 | 人员保障 | 硬件条件保障 | 其他 |  |',
  '| | 产出指标 | 数量指标 | 享受上门服务老年人数 | ≥12000人 | 7860人 | 12500人 | | | | | | |',
  '| | | | 新建社区养老服务站 | 15个 | 6个 | 15个 | √ | | | √ | | 加快验收 |',
  '| | 满意度指标 | 服务对象满意度指标 | 服务对象满意度 | ≥90% | 92% | 92% | | | | | | |',
].join('\n');

describe('the central 监控表 template’s cause columns', () => {
  it('takes the row of causes under 偏差原因分析 for the header’s, not an indicator', async () => {
    const out = await importBuffer(new TextEncoder().encode(TEXT), 'monitor.txt');
    expect(out.ok).toBe(true);
    const doc = out.ok ? out.evaluations[0] : undefined;
    if (doc?.kind !== 'monitoring') throw new Error('no 监控表 read');
    expect(doc.indicators.map((i) => i.name)).toEqual([
      '享受上门服务老年人数',
      '新建社区养老服务站',
      '服务对象满意度',
    ]);
    expect(doc.indicators[1]!.actualToDate.raw).toBe('6个');
    expect(doc.indicators[1]!.expectedFullYear.raw).toBe('15个');
  });
});
