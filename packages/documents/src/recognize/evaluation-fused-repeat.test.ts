import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';

const rowsOf = (text: string) =>
  readFusedRows(atomsOf(text.split('|')), ['name', 'target', 'actual', 'score'], { maxWeight: null }).map(
    (r) => [r.name, r.cells],
  );

describe('a name run into a target and actual that print the same words', () => {
  it('parts the name from the two repeated cells', () => {
    expect(rowsOf('确保补助资金按时足额到位按时足额到位按时足额到位10')).toEqual([
      ['确保补助资金按时足额到位', { target: '按时足额到位', actual: '按时足额到位', score: '10' }],
    ]);
  });

  it('leaves a name with no repeated words whole', () => {
    expect(rowsOf('群众满意度|≥90%|95%|10')).toEqual([
      ['群众满意度', { target: '≥90%', actual: '95%', score: '10' }],
    ]);
  });
});
