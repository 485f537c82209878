import { describe, expect, it } from 'vitest';
import { nearMissesAt } from './near-miss-label.ts';

const SPELLINGS: Array<[string, string]> = [
  ['年初预算数', 'initial'],
  ['调整预算数', 'annual'],
  ['执行率', 'rate'],
];

describe('a label the OCR misread in one character', () => {
  it('is recognised where the other characters of a long spelling stand in place', () => {
    expect(nearMissesAt('年初预匏数调整预算将', 0, SPELLINGS)).toEqual([{ end: 5, value: 'initial' }]);
    expect(nearMissesAt('年初预匏数调整预算将', 5, SPELLINGS)).toEqual([{ end: 10, value: 'annual' }]);
  });

  it('is not recognised with two characters wrong, a digit in the wrong place, or a short spelling', () => {
    expect(nearMissesAt('年初计匏数', 0, SPELLINGS)).toEqual([]);
    expect(nearMissesAt('年初预算9', 0, SPELLINGS)).toEqual([]);
    expect(nearMissesAt('执行李', 0, SPELLINGS)).toEqual([]);
  });
});
