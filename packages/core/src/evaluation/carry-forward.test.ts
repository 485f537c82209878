import { describe, expect, it } from 'vitest';
import { parseIndicatorValue } from '../value/index.ts';
import type { Indicator } from '../model/indicator.ts';
import { carryIndicatorHistory } from './carry-forward.ts';

const ind = (
  id: string,
  term: 'long' | 'annual',
  raw: string,
  history: Record<string, string> | null = null,
): Indicator => ({
  id,
  term,
  goal: null,
  level1: '产出指标',
  level2: '数量指标',
  name: `指标${id}`,
  target: parseIndicatorValue(raw),
  history,
  basis: null,
  category: null,
});

describe('carrying last year into the new year’s indicators', () => {
  it('fills last year with the 自评 result, else the target, and keeps two years', () => {
    const out = carryIndicatorHistory(
      [
        ind('a', 'annual', '≥95%', { '2022': '90%', '2023': '92%' }),
        ind('b', 'annual', '=33人'),
        ind('c', 'long', '≥3年'),
      ],
      2024,
      [{ indicatorId: 'a', actual: parseIndicatorValue('97%'), grade: null }],
    );
    expect(out.map((i) => i.history)).toEqual([{ '2023': '92%', '2024': '97%' }, { '2024': '=33人' }, null]);
  });
  it('changes nothing when the year is unknown', () => {
    const list = [ind('a', 'annual', '≥95%')];
    expect(carryIndicatorHistory(list, null, [])).toEqual(list);
  });
});
