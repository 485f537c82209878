// Indicator rows run together with their 指标解释 (a .docx preview's text in one paragraph): 办公大楼日常维修维护
// 次数反映办公大楼全年维修维护情况2280次大楼安检巡察次数反映…200次. An explanation opens with 反映 (反映…情况, the
// wording the templates give it), and the row's value is the first figure after it with its unit; what follows
// the value is the next row's name. Cut so, the run gives name | explanation | value for each of its rows.
import { matchUnit } from '@jixiao/core';

/** The word a 指标解释 opens with. */
const OPENER = '反映';
/** A figure with the comparator before it: >92%, ≥280, 95. */
const FIGURE = /(?:[>≥≤<＞＜=＝]=?)?\d[\d.]*/;

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
      out.push(text.slice(at, open), text.slice(open));
      at = text.length;
      break;
    }
    const start = open + figure.index;
    let end = start + figure[0].length;
    const unit = /^[%‰]/.test(text.slice(end)) ? text[end]! : matchUnit(text.slice(end));
    if (unit) end += unit.length;
    out.push(text.slice(at, open), text.slice(open, start), text.slice(start, end));
    at = end;
  }
  if (out.length === 0) return null;
  if (at < text.length) out.push(text.slice(at));
  return out.map((p) => p.trim()).filter((p) => p !== '');
}
