import { describe, expect, it } from 'vitest';
import { withoutTrailingBracket } from './trailing-bracket.ts';

/** The pattern the helper stands for, on short texts where backtracking costs nothing. */
const byPattern = (t: string) => t.replace(/（[^）]*）$/, '');

describe('withoutTrailingBracket', () => {
  it('drops a label’s closing bracketed note', () => {
    expect(withoutTrailingBracket('指标值（万元）')).toBe('指标值');
    expect(withoutTrailingBracket('资金总额（含结转）（万元）')).toBe('资金总额（含结转）');
  });

  it('keeps a text that does not close with a note', () => {
    expect(withoutTrailingBracket('项目名称')).toBe('项目名称');
    expect(withoutTrailingBracket('（一）产出指标')).toBe('（一）产出指标');
    expect(withoutTrailingBracket('金额）')).toBe('金额）');
    expect(withoutTrailingBracket('）')).toBe('）');
  });

  it('cuts where the pattern /（[^）]*）$/ cuts, on every short text of brackets and words', () => {
    const parts = ['（', '）', '甲', '（（', '））'];
    const texts: string[] = [''];
    for (let len = 0; len < 5; len++)
      for (const t of [...texts]) for (const p of parts) if (t.length === len) texts.push(t + p);
    for (const t of texts) expect(withoutTrailingBracket(t), t).toBe(byPattern(t));
  });

  it('reads a line of 200,000 unclosed brackets in linear time (the pattern took seconds)', () => {
    // (the note opens at the first of them: no ） stands between it and the closing one)
    expect(withoutTrailingBracket(`项目${'（'.repeat(200_000)}）`)).toBe('项目');
    expect(withoutTrailingBracket('（'.repeat(200_000))).toBe('（'.repeat(200_000));
  });
});
