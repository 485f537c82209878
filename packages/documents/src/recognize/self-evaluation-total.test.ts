import { describe, expect, it } from 'vitest';
import { keyed } from './evaluation-text.ts';
import { totalInText } from './self-evaluation-document.ts';

describe('the total of a run-together 自评表', () => {
  it('reads the grade run straight into the score (总分10096优)', () => {
    // Corpus 023's last cells, run together as a .doc text layer writes them.
    expect(totalInText(keyed('其他需要说明事项无总分10096优'))).toEqual({ totalWeight: '100', total: '96', grade: '优' });
    expect(totalInText(keyed('自评总分（分）97.93优秀'))).toEqual({ total: '97.93', totalWeight: null, grade: '优秀' });
  });

  it('takes no grade from a word that goes on (中国) or where none is written', () => {
    expect(totalInText(keyed('总分10096'))).toEqual({ totalWeight: '100', total: '96' });
    expect(totalInText(keyed('自评得分95中国'))).toEqual({ total: '95', totalWeight: null });
  });
});
