import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { atomsOf } from './evaluation-atoms.ts';
import { isBreakdownHeading, isPairedFigure, lastColonLabel, sourceLinesOf } from './budget-colon-lines.ts';

describe("the budget block's label：figure pairs run together", () => {
  it('takes a figure with decimals between a colon and the next words as one value', () => {
    const atoms = atomsOf(['按收入性质分:2456.18其中:基本支出:2299.98政府性基金拨款:项目支出:156.2']);
    const figures = atoms.flatMap((a, k) => (a.kind === 'value' ? [[a.text, isPairedFigure(atoms, k)]] : []));
    expect(figures).toEqual([
      ['2456.18', true],
      ['2299.98', true],
      ['156.2', true],
    ]);
  });

  it('leaves a run of several figures, a whole number and a figure without a colon before it', () => {
    const run = atomsOf(['年度资金总额:2456.182456.18执行率']);
    expect(run.some((a, k) => a.kind === 'value' && isPairedFigure(run, k))).toBe(false);
    const whole = atomsOf(['资金总额:10010执行率']);
    expect(whole.some((a, k) => a.kind === 'value' && isPairedFigure(whole, k))).toBe(false);
    const bare = atomsOf(['年度资金总额2456.18执行率']);
    expect(bare.some((a, k) => a.kind === 'value' && isPairedFigure(bare, k))).toBe(false);
  });

  it("names a line by the label its figure follows, and knows a breakdown's heading", () => {
    expect(lastColonLabel('政府性基金拨款:项目支出')).toBe('项目支出');
    expect(lastColonLabel('一般公共预算')).toBe('一般公共预算');
    expect(isBreakdownHeading('按收入性质分')).toBe(true);
    expect(isBreakdownHeading('按支出性质分')).toBe(true);
    expect(isBreakdownHeading('一般公共预算')).toBe(false);
  });

  it('keeps the lines of the breakdown by income as sources, not the headings or the spending lines', () => {
    const names = (lines: string[]) => sourceLinesOf(lines.map((name) => ({ name }))).map((l) => l.name);
    expect(names(['按收入性质分', '按支出性质分', '一般公共预算', '基本支出', '项目支出'])).toEqual([
      '一般公共预算',
    ]);
    // No breakdown by spending: a line ending in 支出 is a source like any other.
    expect(names(['财政拨款', '上年结转支出'])).toEqual(['财政拨款', '上年结转支出']);
  });

  it('reads 零陵 docs/018 部门整体 自评表 sources as printed: the breakdown by income', async () => {
    const data = readFileSync(new URL('../../test/corpus/docs/018_selfeval.txt', import.meta.url));
    const out = await importBuffer(new Uint8Array(data), '018_selfeval.txt');
    const e = out.ok ? out.evaluations[0] : undefined;
    if (e?.kind !== 'self-evaluation') throw new Error('no 自评表 read');
    expect(e.budget.annual).toBe('2456.18');
    expect(e.budget.sources.map((s) => [s.name, s.annual])).toEqual([['一般公共预算', '2456.18']]);
  });
});
