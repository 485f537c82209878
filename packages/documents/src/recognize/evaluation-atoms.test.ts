import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';

describe('the atoms of a run-together 自评表 row', () => {
  it('keeps 百分比 whole as the unit of a value', () => {
    expect(atomsOf(['≥100百分比']).map((a) => a.text)).toEqual(['≥100百分比']);
  });

  it('still parts a value from the text after its unit', () => {
    expect(atomsOf(['550万粒免费发放']).map((a) => [a.kind, a.text])).toEqual([
      ['value', '550万粒'],
      ['text', '免费发放'],
    ]);
  });
});
