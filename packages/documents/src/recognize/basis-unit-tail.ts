// A value whose unit the copy cut off into the basis cell after it (1130元 | /月/人计划标准, ≦380 | 万计划标准):
// the cells of a row ran together and were parted at the wrong place. The unit goes back to its figure.
import { BASIS_VALUES } from './lexicon-columns.ts';

/** The most characters a unit's cut-off end holds (/月/人, 万元, 元/人·月). */
const MAX_TAIL = 6;
/** What a unit's end is written with: a slash or dot between words of measure, a unit word, no figure. */
const UNIT_TAIL = /^[/／·.\p{Script=Han}%‰]+$/u;

/** The basis cell's cut-off unit and its basis word, or null where the cell is a basis word alone or none. */
export function unitTailBeforeBasis(cell: string): { tail: string; basis: string } | null {
  const text = cell.trim();
  const basis = BASIS_VALUES.find((b) => text.endsWith(b) && text.length > b.length);
  if (!basis) return null;
  const tail = text.slice(0, text.length - basis.length);
  if (tail.length > MAX_TAIL || !UNIT_TAIL.test(tail)) return null;
  // Another basis word or a sentence is no unit: 计划标准行业标准, 按计划标准.
  if (BASIS_VALUES.some((b) => tail.includes(b)) || /[按依据照]/.test(tail)) return null;
  return { tail, basis };
}
