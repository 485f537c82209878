import { describe, expect, it } from 'vitest';
import { excerpt, hasSpace, isBlank, joinThousands, SPACE, squash } from './text.ts';

describe('text helpers', () => {
  it('squashes every kind of space', () => expect(squash(' 合\u3000计 \u00a0')).toBe('合计'));
  it.each([null, undefined, '', '　', '……', '…… ', '—'])('%j is blank', (t) => expect(isBlank(t)).toBe(true));
  it.each(['良好', '0', '≥95%'])('%j is not blank', (t) => expect(isBlank(t)).toBe(false));
  it('shortens long text', () => {
    expect(excerpt('一二三四五', 3)).toBe('一二三…');
    expect(excerpt(' 短 ', 3)).toBe('短');
  });
  it('finds a space exactly where the SPACE pattern does, on every code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const t = `合${String.fromCharCode(c)}计`;
      if (hasSpace(t) !== SPACE.test(t)) differ.push(c);
    }
    expect(differ).toEqual([]);
    expect(hasSpace('')).toBe(false);
  });
});

describe('joinThousands', () => {
  it('writes a figure grouped by thousands as one figure', () => {
    expect(joinThousands('收入预算18,976.76万元，其中：189,767,551元')).toBe(
      '收入预算18976.76万元，其中：189767551元',
    );
  });
  it('leaves commas that part other things: years, a list, a clause', () => {
    for (const t of ['2023,2024年', '分别为1,2,3项', '9,99.00万元', '增加3,下降5%', '1,2345'])
      expect(joinThousands(t)).toBe(t);
  });
});
