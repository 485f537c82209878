// Where a file names a project with an amount outside its form — a page's list of its projects before the
// forms (古昌镇大青冈村乡村振兴绿化美化项目100万元) — the amount as written, so that R-DEPT-06 can hold it
// against the form's own 年度资金总额. Only a line that is the project's whole name followed by an amount.
import { parseAmount } from '@jixiao/core';
import type { Row } from '../rows/row.ts';
import { soleText } from './row-helpers.ts';

/** What may follow the name on such a line: the amount and its unit. */
const AMOUNT_AFTER_NAME = /^[:：]?(\d+(?:\.\d+)?)(万元|万|元)$/;
const squash = (t: string) => t.replace(/[\s\u3000]+/g, '');

/** The lines of `rows` that give the project `name` an amount, as { text, amount in 万元 }. */
export function projectMentions(
  rows: readonly Row[],
  name: string | null,
): Array<{ text: string; amount: string }> {
  return mentionFinder(rows)(name);
}

/**
 * projectMentions for many names over the same rows: the rows' lone texts are found once, when first asked,
 * not again for every form of a file that holds many (a scan of the whole file per form grows with its square).
 */
export function mentionFinder(rows: readonly Row[]): (name: string | null) => Array<{ text: string; amount: string }> {
  let lines: Array<{ text: string; line: string }> | null = null;
  return (name) => {
    const key = name ? squash(name) : '';
    if (key.length < 4) return [];
    lines ??= loneLines(rows);
    const out: Array<{ text: string; amount: string }> = [];
    for (const { text, line } of lines) {
      const m = line.startsWith(key) ? AMOUNT_AFTER_NAME.exec(line.slice(key.length)) : null;
      if (!m) continue;
      const amount = parseAmount(`${m[1]}${m[2]}`);
      if (amount !== null) out.push({ text, amount });
    }
    return out;
  };
}

/** Every row holding one text, with that text without spaces. */
function loneLines(rows: readonly Row[]): Array<{ text: string; line: string }> {
  const out: Array<{ text: string; line: string }> = [];
  for (const row of rows) {
    const text = soleText(row);
    if (text !== null) out.push({ text, line: squash(text) });
  }
  return out;
}
