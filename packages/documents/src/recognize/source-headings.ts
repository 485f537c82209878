// 资金来源 listed under headings (（一）财政拨款小计 6.30 / 1、一般公共预算 6.30 / （二）自有资金小计 0.00 …)
// with no total printed: the headed lines are the parts of the whole, their sum its total.
import { sumDecimals } from '@jixiao/core';
import { BUDGET_SPLIT_PARTS, TRANSFER_SPLIT_PARTS } from './lexicon-project-fields.ts';
import { lexiconKey } from './lexicon.ts';

/** （一）… / (二)…: a 资金来源 line headed by a bracketed Chinese ordinal, the level above 1、2、. */
const HEADED = /^\s*[（(][一二三四五六七八九十]+[)）]/;

export function isHeadedSourceLine(firstCell: string): boolean {
  return HEADED.test(firstCell);
}

/**
 * The total the headed lines make, when at least two were read and each had its amount; null otherwise (one
 * heading alone is a part, not the whole, and a heading without a figure leaves the sum unknown).
 */
export function headedSourcesTotal(amounts: ReadonlyArray<string | null>): string | null {
  if (amounts.length < 2 || amounts.some((a) => a === null)) return null;
  return sumDecimals([...amounts]).toFixed();
}

/**
 * "财政拨款小计 6.30": a source's name and its amount in one cell, a space between them (a copy that kept no
 * cell borders); null when the cell does not end in a lone figure after a name.
 */
export function splitSpacedSource(cell: string): [string, string] | null {
  const m = /^(.*[^\d\s.,、．])\s+(-?\d[\d,]*(?:\.\d+)?)\s*(万元|元)?$/.exec(cell.trim());
  return m ? [m[1]!.trim(), m[2]! + (m[3] ?? '')] : null;
}

/**
 * 资金总额 left blank over 其中：财政拨款 500 / 其他资金 (empty), or a transfer's 其中：中央补助 50.29 / 地方资金 (empty):
 * the total the form's own split makes — only when every source read is one of that split's two parts (a longer
 * list may nest parts inside parts) and the first part (财政拨款, 中央补助) has its figure. Null otherwise.
 */
export function splitPartsTotal(
  sources: ReadonlyArray<{ name: string; amount: string | null }>,
): string | null {
  const ordinary = BUDGET_SPLIT_PARTS.map((p) => [p]);
  for (const split of [ordinary, TRANSFER_SPLIT_PARTS]) {
    const total = totalOfSplit(sources, split);
    if (total !== null) return total;
  }
  return null;
}

/** The sum of the sources where each is a different part of `split` (a part in any of its spellings). */
function totalOfSplit(
  sources: ReadonlyArray<{ name: string; amount: string | null }>,
  split: readonly (readonly string[])[],
): string | null {
  if (sources.length === 0 || sources.length > split.length) return null;
  const parts = sources.map((s) => split.findIndex((spellings) => spellings.includes(lexiconKey(s.name))));
  if (parts.includes(-1) || new Set(parts).size !== parts.length) return null;
  const main = sources[parts.indexOf(0)];
  if (!main?.amount) return null;
  return sumDecimals(sources.flatMap((s) => (s.amount ? [s.amount] : []))).toFixed();
}
