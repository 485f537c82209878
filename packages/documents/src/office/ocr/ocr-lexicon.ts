// Labels and titles recognised from an image with one character misread, put right by the lexicon: OCR
// reads 绩效 as 绫效, 自评 as 目评, 一级指标 as -级指标, and the recognisers, which match labels exactly, then
// miss the form's title or a column. A recognised cell that is no known label but lies one edit (a
// character changed, added or dropped) from exactly one known label of four characters or more is that
// label (the indicator levels' names count as known words); a cell that ends one edit from a form title's
// ending (and is no title as it stands) ends in it. Only cells the engine was unsure of are put right.
// Applied to OCR'd rows only (read-scanned.ts): a text layer's words are what the author typed.
import { allLevel1Names, allLevel2Names } from '@jixiao/core';
import type { Row } from '../../rows/row.ts';
import { labelKey } from '../../rows/clean-cell.ts';
import { allSpellings } from '../../recognize/lexicon.ts';
import { FORM_TITLE_ENDINGS } from '../../recognize/lexicon-form-words.ts';
import { budgetColumnSpellings } from '../../recognize/evaluation-budget-labels.ts';
import { evaluationFieldOf } from '../../recognize/evaluation-head-labels.ts';
import { indicatorColumnSpellings } from '../../recognize/evaluation-lexicon.ts';
import { titleKind } from '../../recognize/titles.ts';

/** Shortest label put right: a misread character in a shorter one leaves too little to be sure of. */
const MIN_LABEL_CHARS = 4;

let vocabulary: { keys: Set<string>; byLength: Map<number, string[]> } | null = null;

function labels() {
  if (vocabulary) return vocabulary;
  const keys = new Set<string>();
  for (const s of allSpellings()) keys.add(labelKey(s));
  for (const [k] of indicatorColumnSpellings()) keys.add(k);
  for (const [k] of budgetColumnSpellings()) keys.add(k);
  // The levels' names (时效指标, 社会效益指标) stand in the same cells as labels: known words too.
  for (const k of [...allLevel1Names, ...allLevel2Names]) keys.add(labelKey(k));
  const byLength = new Map<number, string[]>();
  for (const k of keys) {
    const n = [...k].length;
    if (n < MIN_LABEL_CHARS || !/[\u4e00-\u9fff]/u.test(k)) continue;
    byLength.set(n, [...(byLength.get(n) ?? []), k]);
  }
  vocabulary = { keys, byLength };
  return vocabulary;
}

/** True when `a` and `b` (arrays of characters) differ by exactly one change, insertion or deletion. */
export function oneEditApart(a: readonly string[], b: readonly string[]): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return i < a.length && a.slice(i + 1).join('') === b.slice(i + 1).join('');
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1).join('') === short.slice(i).join('');
}

const EDGE_MARKS = /^[。，,.、_\-—~·'"“”‘’|]+|[。，,.、_\-—~·'"“”‘’|]+$/gu;

/** The known label one edit from the cell's text, when exactly one is; otherwise null. */
export function nearLabel(text: string): string | null {
  const key = labelKey(text);
  const { keys, byLength } = labels();
  if (keys.has(key) || evaluationFieldOf(text)) return null;
  // A speck read as a mark at the cell's edge (指标值。, _生态效益指标): a known label once it is dropped.
  const bare = key.replace(EDGE_MARKS, '');
  if (bare !== key && keys.has(bare)) return bare;
  const chars = [...key];
  // A cell that is no label in the making: figures, or far longer than any label.
  if (chars.length < MIN_LABEL_CHARS || /\d/.test(key)) return null;
  const found = new Set<string>();
  for (const n of [chars.length - 1, chars.length, chars.length + 1])
    for (const k of byLength.get(n) ?? []) if (oneEditApart(chars, [...k])) found.add(k);
  return found.size === 1 ? [...found][0]! : null;
}

/** The text with its ending, one edit from a form title's, made that title's ending; null when none fits. */
export function nearTitle(text: string): string | null {
  const t = text.trim();
  if (t.length > 60 || titleKind(t) !== null) return null;
  // A bracketed note after the title (（2023年度）) stays as it is.
  const note = /(\s*[（(][^）)]*[）)])+$/.exec(t)?.[0] ?? '';
  const body = [...t.slice(0, t.length - note.length)];
  if (!/[表开]/.test(body.slice(-3).join(''))) return null;
  for (const ending of FORM_TITLE_ENDINGS) {
    const want = [...ending];
    for (const n of [want.length - 1, want.length, want.length + 1]) {
      if (n > body.length) continue;
      const tail = body.slice(body.length - n);
      if (!oneEditApart(tail, want)) continue;
      const fixed = body.slice(0, body.length - n).join('') + ending + note;
      if (titleKind(fixed) !== null) return fixed;
    }
  }
  return null;
}

/**
 * OCR'd rows with their near-miss labels and titles put right (cells otherwise as they were). `mostSure`:
 * the confidence a cell whose every word the engine was sure of carries (read-scanned.ts OCR_MOST_SURE).
 */
export function snapToLexicon(rows: readonly Row[], mostSure: number): Row[] {
  return rows.map((row) => {
    let changed = false;
    const cells = row.cells.map((cell, k) => {
      // Only where the engine was unsure of a word: a cell read surely (资金管理) is what was printed, however
      // near a label (资产管理) it lies.
      const sure = row.cellConfidence?.[k] ?? row.confidence ?? 1;
      if (cell.trim() === '' || sure >= mostSure) return cell;
      const fixed = nearTitle(cell) ?? nearLabel(cell);
      if (fixed === null) return cell;
      changed = true;
      return fixed;
    });
    return changed ? { ...row, cells } : row;
  });
}
