// A label the text layer broke at the cell's width, its last characters put at the start of the next line
// (省级业务主管部 / 门资金类型): joined again where the lexicon knows the label whole, so the piece before the
// break is not read as the value of the label before it.
import type { Row } from '../rows/row.ts';
import { isBlankCell } from '../rows/clean-cell.ts';
import { hasTaughtLabels, isKnownLabel } from './labels.ts';
import { isOwnKey, opensLexiconKey } from './lexicon.ts';

/** The most characters a break leaves for the next line of a label (门, 万元)). */
const MOST_CARRIED = 3;
const ENDS_IN_HAN = /\p{Script=Han}$/u;
/** How many characters the next line's start carries of `last`'s label, or 0 where none spells one. */
function carriedPiece(last: string, next: string): number {
  // The cheap test first: most cells end in a figure or a sign.
  if (!ENDS_IN_HAN.test(last) || spellsNoLabel(last, next.slice(0, MOST_CARRIED))) return 0;
  if (isKnownLabel(last)) return 0;
  for (let k = 1; k <= MOST_CARRIED && k < next.length; k++)
    if (isKnownLabel(last + next.slice(0, k))) return k;
  return 0;
}

/**
 * No label the lexicon knows is `last` or `last` followed by the start of `piece`, found with one lookup where the
 * four would each key and look up a text of their own. It holds where every such text is its own key (no space,
 * colon or bracket, no numbering opening it: then a text that is its own key has every beginning that is one too,
 * and the longest tells for all), none can end in 总额 (no 额: the words-read total, budget-total-words.ts), no
 * labels are taught, and no key of the lexicon's tables starts with `last`. False where it cannot tell.
 */
function spellsNoLabel(last: string, piece: string): boolean {
  const longest = last + piece;
  return !hasTaughtLabels() && !longest.includes('额') && isOwnKey(longest) && !opensLexiconKey(last);
}

const lastFilled = (row: Row) => row.cells.findLastIndex((c) => !isBlankCell(c));
const firstFilled = (row: Row) => row.cells.findIndex((c) => !isBlankCell(c));

/** The rows with every label broken over two lines whole again on the first of them. */
export function joinLabelsOverLines(rows: readonly Row[]): Row[] {
  // Few rows change: each is copied when it first does (the rows given stay as they were), the others kept.
  const out = [...rows];
  const copied = new Set<number>();
  for (let i = 0; i + 1 < out.length; i++) {
    const row = out[i]!;
    const next = out[i + 1]!;
    const a = lastFilled(row);
    const b = firstFilled(next);
    // A label alone on its line is no broken value: only the last of two or more cells.
    if (a < 1 || b < 0) continue;
    const last = row.cells[a]!.trim();
    const start = next.cells[b]!.trim();
    const k = carriedPiece(last, start);
    if (k === 0) continue;
    own(out, copied, i).cells[a] = last + start.slice(0, k);
    own(out, copied, i + 1).cells[b] = start.slice(k);
  }
  return out;
}

/** Row i of `out`, copied on its first change (a module function, not a closure: tsx names each closure it makes). */
function own(out: Row[], copied: Set<number>, i: number): Row {
  if (!copied.has(i)) {
    out[i] = { ...out[i]!, cells: [...out[i]!.cells] };
    copied.add(i);
  }
  return out[i]!;
}
