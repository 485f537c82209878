// A measure word run on after a figure (1000件监控系统维护率, 5个森林火灾…, 2所家长接送…) may end the figure or open the
// next row's name — evaluation-atoms.ts looseUnits gives it apart so that a reading may take it either way. A name
// opens with a measure word only where the word and the character after it form a word names open with (人均, 项目,
// 家长, 台账, 万元产值, 分类: the lexicon's lexicon-name-openings.ts); 件监控, 个森林, 所家长, 座农村 are no such words,
// so a reading that opens a name there pays for it and the measure word rather ends the figure before.
import { isUnitOpenedNameWord } from './lexicon-name-openings.ts';

/** A year as a figure: 1990–2099. */
const YEAR = /^(?:199\d|20\d\d)$/;

/** A scale before a measure word: 万元, 千米, 亿元. */
const SCALE = /^[万千亿百]/u;

/** The measure-word pieces as evaluation-atoms.ts gives them apart (a value or a text, glued to the one before). */
export interface MeasurePiece {
  kind: 'value' | 'text';
  text: string;
  glued?: boolean;
}

/**
 * Whether the piece at `i` is a measure word given apart from the bare figure before it (`isUnit` tells a unit) that
 * forms no word with the character after it: a name opening there opens with a stray measure word.
 */
export function opensWithStrayMeasure(
  pieces: readonly MeasurePiece[],
  i: number,
  isUnit: (text: string) => boolean,
): boolean {
  const a = pieces[i];
  const before = pieces[i - 1];
  const next = pieces[i + 1];
  if (a?.kind !== 'text' || a.glued !== true || before?.kind !== 'value' || !/^\d[\d.]*$/.test(before.text))
    return false;
  if (!/^\p{Script=Han}{1,2}$/u.test(a.text) || !isUnit(a.text)) return false;
  // (2022 | 年全年: a year's 年 is a date's, which a name may open with — no count's measure word.)
  if (a.text === '年' && YEAR.test(before.text)) return false;
  if (next?.kind !== 'text' || next.glued !== true) return false;
  const word = a.text.replace(SCALE, '') + next.text.charAt(0);
  return /^\p{Script=Han}{2}$/u.test(word) && !isUnitOpenedNameWord(word);
}
