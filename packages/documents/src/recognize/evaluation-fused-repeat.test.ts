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

// Made for this test in the `joined` shape: a target and actual that say the same in more words than the name has.
describe('two repeated cells longer than the name before them', () => {
  it('are parted from the name (办公经费标准 | 符合相关文件规定 ×2)', () => {
    expect(rowsOf('办公经费标准符合相关文件规定符合相关文件规定5')).toEqual([
      ['办公经费标准', { target: '符合相关文件规定', actual: '符合相关文件规定', score: '5' }],
    ]);
  });

  it('leave a name of fewer than four characters whole (标准 | 符合规定 ×2)', () => {
    expect(rowsOf('标准符合规定符合规定5').map((r) => r[0])).not.toContain('标准');
  });
});
