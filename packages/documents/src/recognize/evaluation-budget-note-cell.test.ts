import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

// Made for these tests: a 自评表's 项目基本情况 copied one cell per line with blank lines between (a document
// library's preview), each amount's label, its (万元) note and its figure in cells of their own.
const TEXT = [
  '培训项目绩效自评表',
  '一、项目基本情况',
  '项目实施单位',
  '某县商务局',
  '计划投资额',
  '(万元)',
  '280',
  '实际到位资金',
  '(万元)',
  '278',
  '实际使用情况(万元)',
  '275.5',
  '二、绩效指标',
]
  .join('\n\n')
  .concat(
    '\n| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |',
    '\n| 产出指标 | 数量指标 | 培训人次 | 100人次 | 120人次 | 10 | 10 |',
    '\n| 效益指标 | 社会效益指标 | 就业率 | ≥80% | 85% | 10 | 10 |\n',
  );

describe('a budget written as label, unit note and figure, each a cell', () => {
  it('reads 计划投资额 as the year’s budget and 实际使用情况 as its execution, past the note', async () => {
    const out = await importBuffer(new TextEncoder().encode(TEXT), 'head.txt');
    expect(out.ok).toBe(true);
    const first = out.ok ? out.evaluations[0] : undefined;
    const doc = first?.kind === 'self-evaluation' ? first : undefined;
    expect(doc?.budget.annual).toBe('280');
    // 实际到位资金 (the money received) is no figure of the budget's columns.
    expect(doc?.budget.executed).toBe('275.5');
    expect(doc?.indicators.map((i) => i.name)).toEqual(['培训人次', '就业率']);
  });
});
