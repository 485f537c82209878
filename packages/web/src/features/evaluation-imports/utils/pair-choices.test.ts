import { describe, expect, it } from 'vitest';
import type { ApprovedIndicator, ImportedRow } from '../api/evaluation-imports-api.ts';
import { choose, initialChoices, optionsFor, pairsOf, percent, unpaired } from './pair-choices.ts';

const row = (
  n: number,
  indicatorId: string | null,
  candidates: ImportedRow['candidates'] = [],
): ImportedRow => ({
  row: n,
  level1: null,
  level2: null,
  name: `行${n}`,
  target: '',
  actual: '',
  weight: null,
  score: null,
  deviationReason: null,
  indicatorId,
  similarity: null,
  candidates,
});
const approved: ApprovedIndicator[] = ['a', 'b', 'c'].map((id) => ({
  indicatorId: id,
  level1: null,
  level2: null,
  name: `指标${id}`,
  target: '',
}));

describe('pair choices', () => {
  it('takes an indicator away from the row that held it', () => {
    const c = choose(initialChoices([row(0, 'a'), row(1, 'b')]), 1, 'a');
    expect(pairsOf(c)).toEqual([
      { row: 0, indicatorId: null },
      { row: 1, indicatorId: 'a' },
    ]);
    expect(unpaired(approved, c).map((a) => a.indicatorId)).toEqual(['b', 'c']);
  });
  it('leaves other rows alone when a row is set to 不导入', () => {
    const c = choose(initialChoices([row(0, 'a'), row(1, 'b')]), 0, null);
    expect(pairsOf(c)).toEqual([
      { row: 0, indicatorId: null },
      { row: 1, indicatorId: 'b' },
    ]);
  });
  it('offers the most alike indicators first, with their similarity, and 不导入 last', () => {
    const options = optionsFor(row(0, 'c', [{ indicatorId: 'c', similarity: 0.86 }]), approved);
    expect(options.map((o) => o.label)).toEqual(['指标c（86%）', '指标a', '指标b', '不导入']);
    expect(percent(null)).toBe('—');
  });
});
