// One text normalisation for the rows of every reader: traditional script read as simplified (only when the
// document is written in it), pinyin glosses inside words removed (監(jiān)測 → 监测), and a leading amount
// that the extraction wrote twice written once (854万854万(…) → 854万(…)). Cells that show none of these
// come back untouched, so simplified documents cost one scan of their text.
import * as OpenCC from 'opencc-js/t2cn';
import type { Row } from './row.ts';

/** Characters OpenCC writes differently in simplified script, as a lookup by UTF-16 code (BMP only). */
let traditionalTable: Uint8Array | null = null;

function traditionalChars(): Uint8Array {
  if (traditionalTable) return traditionalTable;
  const table = new Uint8Array(65536);
  // The last dictionary of OpenCC's t→cn chain is its character table: "src dst|src dst|…".
  for (const group of OpenCC.Locale.to['cn'] ?? [])
    for (const dict of group)
      if (typeof dict === 'string')
        for (const entry of dict.split('|')) {
          const [src, dst] = entry.split(' ');
          if (src && dst && src !== dst && src.length === 1) table[src.charCodeAt(0)] = 1;
        }
  traditionalTable = table;
  return table;
}

/** How much of the text to look at when deciding the script. */
const SAMPLE_CHARS = 65536;

/**
 * True when the text is written in traditional script: at least a few characters, and a tenth of its Han
 * characters, exist only in traditional form. A simplified document quoting one traditional name is not.
 */
export function isTraditional(texts: Iterable<string>): boolean {
  const table = traditionalChars();
  let han = 0;
  let traditional = 0;
  let seen = 0;
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x3400 && c <= 0x9fff) {
        han++;
        traditional += table[c]!;
      }
    }
    seen += text.length;
    if (seen >= SAMPLE_CHARS) break;
  }
  return traditional >= 3 && traditional >= han * 0.1;
}

let converter: ((text: string) => string) | null = null;

/** Traditional → simplified as written in the mainland (OpenCC's Taiwan/Hong Kong → cn conversion). */
export function toSimplified(text: string): string {
  const convert = (converter ??= OpenCC.Converter({ from: 'tw', to: 'cn' }));
  return convert(text);
}

const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
/** A parenthesised pinyin syllable with a tone mark right after a Han character: 監(jiān), 項（xiàng）. */
const PINYIN_GLOSS =
  /(?<=\p{Script=Han})[(（][a-züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{0,6}[)）]/gu;

/** Removes the pinyin that some mirror sites print after every character; real parentheses stay. */
export function stripPinyin(text: string): string {
  if (!TONE_MARK.test(text)) return text;
  return text.replace(PINYIN_GLOSS, '');
}

/** An amount written twice at the start of a cell, then its explanation or nothing: 854万854万(…). */
const DOUBLED_LEAD = /^(\d[\d,]*(?:\.\d+)?(?:万元|亿元|万|元|%|％))\1(?=$|[(（\s])/;

/**
 * "854万854万(高标准农田建设400万元,…)" → "854万(…)". Only an exact repeat of a leading amount with a unit,
 * followed by its explanation or nothing: "100%100%8成本" (two columns run together) stays.
 */
export function undoubledLead(text: string): string {
  const c = text.charCodeAt(0);
  if (c < 0x30 || c > 0x39) return text;
  const m = DOUBLED_LEAD.exec(text);
  return m ? text.slice(m[1]!.length) : text;
}

/** Latin letters with tone marks (ā … ǜ) lie in U+00E0–U+01DC: a cell without them has no pinyin. */
const hasToneRange = (c: number) => c >= 0xe0 && c <= 0x1dc;

/**
 * Every row's cells normalised; rows whose cells need nothing are returned as they were. One pass over
 * the characters decides the script and finds the few cells that may need work, so a simplified
 * document without glosses or doubled amounts costs that pass and nothing else.
 */
export function normalizeRows(rows: Row[]): Row[] {
  const table = traditionalChars();
  let han = 0;
  let traditionalCount = 0;
  let seen = 0;
  const suspects: Array<[number, number]> = [];
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r]!.cells;
    for (let k = 0; k < cells.length; k++) {
      const text = cells[k]!;
      const first = text.charCodeAt(0);
      let suspect = first >= 0x30 && first <= 0x39 && text.length >= 4;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0x3400) {
          if (c <= 0x9fff && seen < SAMPLE_CHARS) {
            han++;
            traditionalCount += table[c]!;
          }
        } else if (hasToneRange(c)) suspect = true;
      }
      seen += text.length;
      if (suspect) suspects.push([r, k]);
    }
  }
  const traditional = traditionalCount >= 3 && traditionalCount >= han * 0.1;
  if (!traditional && suspects.length === 0) return rows;
  const out = rows.slice();
  if (traditional) {
    for (let r = 0; r < rows.length; r++)
      rows[r]!.cells.forEach((cell, k) =>
        edit(rows, out, r, k, undoubledLead(toSimplified(stripPinyin(cell)))),
      );
    return out;
  }
  for (const [r, k] of suspects) edit(rows, out, r, k, undoubledLead(stripPinyin(rows[r]!.cells[k]!)));
  return out;
}

/**
 * Cell k of row r of `out` (a copy of `rows`) set to `next`, the row copied the first time it changes. A function,
 * not a closure: tsx names every closure it makes, which costs more than most documents' edits.
 */
function edit(rows: readonly Row[], out: Row[], r: number, k: number, next: string): void {
  const row = out[r]!;
  if (next === row.cells[k]) return;
  const cells = row === rows[r] ? [...row.cells] : row.cells;
  cells[k] = next;
  out[r] = row === rows[r] ? { ...row, cells } : row;
}
