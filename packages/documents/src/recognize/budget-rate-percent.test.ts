import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { percentRate } from './budget-rate-percent.ts';

const line = (rate: string | null, annual: string | null = null, executed: string | null = null) => ({
  annual,
  executed,
  rate,
});

describe('the 执行率 in percent', () => {
  it('drops a printed per cent sign', () => {
    expect(percentRate(line('86.19%'))).toBe('86.19');
    expect(percentRate(line('100.00 ％'))).toBe('100.00');
  });

  it('reads a ratio as percent where the amounts show it is one', () => {
    expect(percentRate(line('0.958', '29', '27.8'))).toBe('95.8');
    expect(percentRate(line('1', '63', '63'))).toBe('100');
  });

  it('keeps a small percentage the amounts bear out, and any rate they cannot judge', () => {
    // 0.5 of 100 is half a percent, as printed.
    expect(percentRate(line('0.5', '100', '0.5'))).toBe('0.5');
    expect(percentRate(line('0.958'))).toBe('0.958');
    expect(percentRate(line('0.0000', '1500', '0.00'))).toBe('0.0000');
    expect(percentRate(line('95.5', '100', '95.5'))).toBe('95.5');
    expect(percentRate(line(null, '100', '95.5'))).toBeNull();
  });
});

// Made for this test: a 自评表 that prints its 执行率 as a ratio, and one that prints it with its sign.
const form = (rate: string) => `项目支出绩效自评表
| 项目名称 | 某文物保护项目 |
| 主管部门 | 某县文旅局 | 实施单位 | 某县文物所 |
| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
| 年度资金总额 | 29 | 29 | 27.8 | 10 | ${rate} | 9.58 |
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| 产出指标 | 数量指标 | 修缮文物点 | 3处 | 3处 | 20 | 20 |
`;

async function rateOf(text: string) {
  const out = await importBuffer(new TextEncoder().encode(text), 'form.txt');
  const doc = out.ok ? out.evaluations[0] : undefined;
  return doc?.budget.rate;
}

describe('a 自评表 read', () => {
  it('holds its 执行率 in percent however printed', async () => {
    expect(await rateOf(form('0.958'))).toBe('95.8');
    expect(await rateOf(form('95.8%'))).toBe('95.8');
    expect(await rateOf(form('95.8'))).toBe('95.8');
  });
});
