import { describe, expect, it } from 'vitest';
import type { Finding } from '@jixiao/core';
import { entryKeys, groupFindings, stableKeys } from './group-findings.ts';

const f = (rule: string, severity: Finding['severity'], i: number, messageId = 'm'): Finding => ({
  rule,
  severity,
  messageId,
  message: `${rule} 第${i}行`,
  path: `/indicators/${i}/target`,
  form: 'x',
});

describe('grouped findings', () => {
  it('gathers many hints of one kind into one line with their count (reproduces 78 lines)', () => {
    const hints = Array.from({ length: 23 }, (_, i) => f('R-IND-08', 'info', i, 'impliedOperator'));
    const out = groupFindings([f('R-IND-02', 'error', 0), ...hints, f('R-IND-05', 'warning', 3)]);
    expect(out.map((e) => e.kind)).toEqual(['one', 'group', 'one']);
    const g = out[1]!;
    expect(g.kind === 'group' && g.title).toBe('23 个指标值没有写比较符号');
    expect(g.kind === 'group' && g.findings).toHaveLength(23);
  });
  it('keeps a few of a kind, and every error, on lines of their own', () => {
    const few = [1, 2, 3].map((i) => f('R-IND-08', 'info', i, 'impliedOperator'));
    expect(groupFindings(few).every((e) => e.kind === 'one')).toBe(true);
    const errors = [1, 2, 3, 4, 5].map((i) => f('R-IND-03', 'error', i));
    expect(groupFindings(errors)).toHaveLength(5);
  });
  it('names a group of another rule by the rule’s description', () => {
    const out = groupFindings([1, 2, 3, 4].map((i) => f('R-IND-09', 'warning', i)));
    expect(out).toHaveLength(1);
    expect(out[0]!.kind === 'group' && out[0]!.title).toMatch(/^4 条警告：.+/);
  });

  it('keys each line by what it says, so a finding added above leaves the keys below as they were', () => {
    const before = groupFindings([f('R-IND-02', 'error', 5), f('R-IND-05', 'warning', 7)]);
    const after = groupFindings([
      f('R-IND-02', 'error', 1),
      f('R-IND-02', 'error', 5),
      f('R-IND-05', 'warning', 7),
    ]);
    expect(entryKeys(before)).toEqual(['R-IND-02.m./indicators/5/target', 'R-IND-05.m./indicators/7/target']);
    expect(entryKeys(after).slice(1)).toEqual(entryKeys(before));
    const hints = Array.from({ length: 4 }, (_, i) => f('R-IND-08', 'info', i, 'impliedOperator'));
    expect(entryKeys(groupFindings(hints))).toEqual(['group:R-IND-08.impliedOperator.info']);
  });
  it('tells repeated keys apart by their order', () => {
    expect(stableKeys(['a', 'b', 'a', 'a'])).toEqual(['a', 'b', 'a#1', 'a#2']);
  });
});
