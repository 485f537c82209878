// isLevelName answers a text that is its own lexicon key (no space, colon, bracket or numbering) from one table of
// the names, without its memo: the answers must be the memo path's for every name, every spelling and every
// near miss (level-names.ts).
import { describe, expect, it } from 'vitest';
import { allLevel1Names, allLevel2Names } from '@jixiao/core';
import { isLevelName, levelOf } from './level-names.ts';
import { isOwnKey } from './lexicon.ts';

describe('a level name written as its own key', () => {
  it('is read as the same level as written with a space (the memo path)', () => {
    const names = [...levelOf.keys(), ...allLevel1Names, ...allLevel2Names].filter(
      (n) => n.length >= 2 && isOwnKey(n),
    );
    expect(names.length).toBeGreaterThan(50);
    for (const name of [...names, ...names.map((n) => `${n.replace(/指标$/, '')}值`)]) {
      // A space after the first character keys to the same name, but goes by the memo.
      const spaced = `${name[0]} ${name.slice(1)}`;
      expect(isOwnKey(spaced)).toBe(false);
      expect([name, isLevelName(name)]).toEqual([name, isLevelName(spaced)]);
    }
  });

  it('keeps the tables’ order, the 值 spelling, the patterned 二级 and the near misses', () => {
    expect(isLevelName('产出指标')).toBe('level1');
    expect(isLevelName('数量目标')).toBe('level2');
    expect(isLevelName('产出值')).toBe('level1');
    expect(isLevelName('经济效益值')).toBe('level2');
    expect(isLevelName('核心业务产出3')).toBe('level2');
    expect(isLevelName('核心业务产出甲')).toBeNull();
    expect(isLevelName('产值')).toBeNull();
    expect(isLevelName('项目完成及时率')).toBeNull();
    expect(isLevelName('培训人次3')).toBeNull();
    // Not their own keys: annotated, numbered, spaced.
    expect(isLevelName('数量指标（必填硬性指标）')).toBe('level2');
    expect(isLevelName('1.产出指标')).toBe('level1');
    expect(isLevelName('经济效益 指标')).toBe('level2');
  });
});
