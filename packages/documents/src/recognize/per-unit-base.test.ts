import { describe, expect, it } from 'vitest';
import { splitRunTogether } from './tokenize.ts';

// Made for these tests in the `joined` shape (a form copied without cell breaks): a rate's target, its unit counted
// per a unit of two characters (元/公里), with the next row's name run on after it.
// (The levels before the rows are left out: 成本指标 is a 一级 in some templates, a 二级 in others.)
const tokens = (text: string) =>
  splitRunTogether(text)
    .filter((t) => t.kind === 'text' || t.kind === 'value')
    .map((t) => [t.kind, t.text]);

describe('a base of two characters after a slash that is a unit itself (元/公里)', () => {
  it('stays the value’s though the next name runs on after it', () => {
    expect(tokens('产出指标成本指标道路保洁补助标准≤3000元/公里道路保洁覆盖率≥95%')).toEqual([
      ['text', '道路保洁补助标准'],
      ['value', '≤3000元/公里'],
      ['text', '道路保洁覆盖率'],
      ['value', '≥95%'],
    ]);
  });

  it('leaves a slash before words that are no unit to the text after it (≤3000元/群众…)', () => {
    expect(tokens('产出指标成本指标道路保洁补助标准≤3000元/群众出行成本')).toEqual([
      ['text', '道路保洁补助标准'],
      ['value', '≤3000元'],
      ['text', '/群众出行成本'],
    ]);
  });
});
