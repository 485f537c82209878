// The lexicon's words names open with whose first character is a unit's or a measure word's: one list that every
// reader telling a figure's measure word from a name's first word asks. Names and figures made up for the test.
import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';
import { isUnitOpenedNameWord, UNIT_OPENED_NAME_WORDS } from './lexicon-name-openings.ts';
import { opensWithStrayMeasure } from './measure-opened-names.ts';
import { isUnitText } from './unit-gloss.ts';
import { opensName, unitOpeningName } from './unit-opening-name.ts';

const names = (cols: IndicatorColumn[], text: string) =>
  readFusedRows(atomsOf([text]), cols, { maxWeight: null }).map((r) => r.name);

const pieces = (...texts: Array<[string, string]>) =>
  texts.map(([kind, text], k) => ({ kind: kind as 'value' | 'text', text, glued: k > 0 }));

describe('the words names open with after a measure word', () => {
  it('are words of two Han characters, each once', () => {
    expect(UNIT_OPENED_NAME_WORDS.every((w) => /^\p{Script=Han}{2}$/u.test(w))).toBe(true);
    expect(new Set(UNIT_OPENED_NAME_WORDS).size).toBe(UNIT_OPENED_NAME_WORDS.length);
  });

  it('are asked alike by the run-together rows’ readers (a word one of them knew, all of them know)', () => {
    // 分级: the 自评表's points reader knew it; the unit-after-figure reader now does too.
    expect(isUnitOpenedNameWord('分级')).toBe(true);
    expect(opensName('分级诊疗覆盖率')).toBe(true);
    expect(unitOpeningName('分级诊疗覆盖率')).toBeNull();
    // 种植: the unit-after-figure reader knew it; the measure-word reader now does too.
    expect(
      opensWithStrayMeasure(pieces(['value', '5'], ['text', '种'], ['text', '植面积']), 1, isUnitText),
    ).toBe(false);
  });

  it('leave a measure word that forms no such word on the figure', () => {
    expect(isUnitOpenedNameWord('分困')).toBe(false);
    expect(opensName('件监控系统维护率')).toBe(false);
    expect(
      opensWithStrayMeasure(pieces(['value', '5'], ['text', '种'], ['text', '子发放率']), 1, isUnitText),
    ).toBe(true);
  });
});

describe('a 自评表 row run together after a points figure', () => {
  const cols: IndicatorColumn[] = ['name', 'target', 'actual', 'score'];

  it('opens the next name with 分 where it forms a word (10 | 分类收集率, 10 | 分级诊疗率)', () => {
    expect(names(cols, '某项达标率≥90%95%10分类收集率≥80%85%10')).toEqual(['某项达标率', '分类收集率']);
    expect(names(cols, '某项达标率≥90%95%10分级诊疗率≥80%85%10')).toEqual(['某项达标率', '分级诊疗率']);
  });

  it('keeps 分 on the points where it forms none (10分 | 困难生完成率)', () => {
    expect(names(cols, '某项达标率≥90%95%10分困难生完成率≥80%85%10')).toEqual(['某项达标率', '困难生完成率']);
  });
});
