// A 监控表 prints its year with the months it covers on the line under its title — (2024年1-7月) — and nowhere
// else: the year is the form's, as a bare (2024年度) would be. Made for these tests (values invented), after a
// 四川 county 监控表 whose preview showed 年度 （未写）.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { yearOfPeriodLine } from './titles.ts';

const table = (periodLine: string) =>
  [
    '项目支出绩效运行监控表',
    periodLine,
    '| 项目名称 | 农村饮水工程维修养护 | | |',
    '| 主管部门 | 某县水利局 | 实施单位 | 某县农村供水管理站 |',
    '| 预算执行情况(万元) | 年度预算数 | 1-7月执行数 | 执行率 |',
    '| 总额 | 320.00 | 142.50 | 44.53% |',
    '| 一级指标 | 二级指标 | 三级指标 | 指标值 | 1-7月完成值 | 全年预计完成值 |',
    '| 产出指标 | 数量指标 | 维修养护集中供水工程 | ≥45处 | 21处 | 46处 |',
    '| 满意度指标 | 服务对象满意度指标 | 受益群众满意度 | ≥90% | 年底测评 | 92% |',
  ].join('\n');

async function monitoring(text: string) {
  const out = await importBuffer(new TextEncoder().encode(text), 'monitor.txt');
  if (!out.ok) throw new Error(out.error.message);
  const doc = out.evaluations[0];
  if (doc?.kind !== 'monitoring') throw new Error('no 监控表 read');
  return doc;
}

describe('the year of a 监控表 printed with its months', () => {
  it('reads (2024年1-7月) under the title as the year 2024', async () => {
    const doc = await monitoring(table('(2024年1-7月)'));
    expect(doc.year).toBe(2024);
    expect(doc.period).toBe('1—7月');
  });

  it('takes the usual spellings of such a line, and no line that says more', () => {
    expect(yearOfPeriodLine('（2023年1—6月）')).toBe(2023);
    expect(yearOfPeriodLine('2025年1月至7月')).toBe(2025);
    expect(yearOfPeriodLine('(2024年1-7月)')).toBe(2024);
    expect(yearOfPeriodLine('2024年1-7月执行数')).toBeNull();
    expect(yearOfPeriodLine('填报日期：2024年8月10日')).toBeNull();
  });

  it('leaves the year unread where the line names none', async () => {
    expect((await monitoring(table('(1-7月)'))).year).toBeNull();
  });
});
