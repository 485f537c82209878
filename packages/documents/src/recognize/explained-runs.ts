// Indicator rows run together with their 指标解释 (a .docx preview's text in one paragraph): 办公大楼日常维修维护
// 次数反映办公大楼全年维修维护情况2280次大楼安检巡察次数反映…200次. An explanation opens with 反映 (反映…情况, the
// wording the templates give it), and the row's value is the first figure after it with its unit; what follows
// the value is the next row's name. Cut so, the run gives name | explanation | value for each of its rows.
import { matchUnit } from '@jixiao/core';

/** The word a 指标解释 opens with. */
const OPENER = '反映';
/** A figure with the comparator before it: >92%, ≥280, 95. */
const FIGURE = /(?:[>≥≤<＞＜=＝]=?)?\d[\d.]*/;

/**
 * A row without an explanation, its value a bound in words (成本控制率不超预算), run into the next row's name: the
 * words before the next 反映 are then that row's name and value, and the next row's name.
 */
const WORDED_BOUND =
  '(?:不超过?|不高于|不多于|不大于|控制在)(?:年初)?(?:预算|计划|标准|定额)(?:数|范围)?(?:以?内)?';
const WORDED_ROW = new RegExp(`^(.{2,30}?(?:率|度|数|量|性))(${WORDED_BOUND})(?=\\p{Script=Han}{2})`, 'u');
const WORDED_VALUE = new RegExp(`^${WORDED_BOUND}$`, 'u');

/** A value that is a bound in words and nothing else (不超预算): the value column's, whatever columns stand before it. */
export const isWordedBound = (text: string): boolean => WORDED_VALUE.test(text);

function namePieces(words: string): string[] {
  const m = WORDED_ROW.exec(words);
  return m ? [m[1]!, m[2]!, words.slice(m[0].length)] : [words];
}

/** The pieces of a run of explained rows (name, explanation, value …), or null where no explanation opens. */
export function explainedRuns(text: string): string[] | null {
  const out: string[] = [];
  let at = 0;
  while (at < text.length && out.length < 300) {
    // A name of two characters at least comes before its explanation.
    const open = text.indexOf(OPENER, at + 2);
    if (open < 0) break;
    const figure = FIGURE.exec(text.slice(open));
    if (!figure) {
      // The last row's value stands apart (on the next line, in its own cell).
      out.push(...namePieces(text.slice(at, open)), text.slice(open));
      at = text.length;
      break;
    }
    const start = open + figure.index;
    let end = start + figure[0].length;
    const unit = /^[%‰]/.test(text.slice(end)) ? text[end]! : matchUnit(text.slice(end));
    if (unit) end += unit.length;
    out.push(...namePieces(text.slice(at, open)), text.slice(open, start), text.slice(start, end));
    at = end;
  }
  if (out.length === 0) return null;
  if (at < text.length) out.push(text.slice(at));
  return out.map((p) => p.trim()).filter((p) => p !== '');
}
