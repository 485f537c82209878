// Cleans one extracted cell: bookmarks, full-width and stray spaces, spaces that PDF extraction puts
// between Han characters, and the same text written twice by a broken extraction.

const BOOKMARK = /\[bookmark:[^\]]*\]/g;
const HTML_TAG = /<\/?(p|br|span|div)[^>]*>/gi;
const HAN = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef“”‘’';
const SPACE_BETWEEN_HAN = new RegExp(`(?<=[${HAN}])[ \\t\\u3000\\u00a0]+(?=[${HAN}])`, 'gu');
const NEWLINE_BETWEEN_HAN = new RegExp(`(?<=[${HAN}])\\s*\\n\\s*(?=[${HAN}])`, 'gu');

/** A cell's text as a person would type it: trimmed, single spaces, no artefacts. Keeps '\n' between lines. */
export function cleanCell(input: string): string {
  if (input === '') return input;
  const raw = FULL_WIDTH_ASCII.test(input) ? halfWidthFigures(input) : input;
  // Without spaces, tags or bookmarks the cleaning below changes nothing but a doubled text.
  if (!/[\s\u3000\u00a0\u200b\ufeff<[]/.test(raw)) return raw.length < 8 ? raw : undoubled(raw);
  let t = raw
    .replace(BOOKMARK, '')
    .replace(HTML_TAG, ' ')
    .replace(/[\u3000\u00a0\u200b\ufeff]/g, ' ');
  t = t
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
  t = spacedRun(t)
    ? t.replace(SPACE_BETWEEN_HAN, (m, at: number) => wrapSpace(t, at, m.length))
    : t.replace(SPACE_BETWEEN_HAN, '');
  return undoubled(t);
}

/**
 * A space next to a figure that parts it from words (…规范性 规范 2.8 好 2.8…): a text whose cells were copied
 * with one space between them. Four or more make a run of cells, not a sentence that names a figure; a text that
 * holds sentences (。) is prose or a flattened page, whose spaces are the extraction's.
 */
const SPACED_FIGURE = new RegExp(
  `\\d[%％]?[ \\t]+(?=[${HAN}=≥≤<>])|(?<=[${HAN}])[ \\t]+(?=[=≥≤<>]?\\d)`,
  'gu',
);
const SPACED_RUN_MIN = 4;

function spacedRun(text: string): boolean {
  if (text.includes('。')) return false;
  let n = 0;
  for (const _ of text.matchAll(SPACED_FIGURE)) if (++n >= SPACED_RUN_MIN) return true;
  return false;
}

const IS_HAN = /\p{Script=Han}/u;

/**
 * In a run of cells parted by spaces, a space between words parts two cells (招标过程规范性 规范: a name and its
 * target) and stays; one beside a lone character is a wrap or letter spacing inside a cell (及时,整 洁, 实际完成 值,
 * “三 公”: the characters of the word on each side, without its punctuation) and goes. Two characters each way
 * decide it, so a long cell costs no more than its length.
 */
function wrapSpace(text: string, at: number, length: number): string {
  const end = at + length;
  const loneBefore = !IS_HAN.test(text[at - 2] ?? '') || !IS_HAN.test(text[at - 1] ?? '');
  const loneAfter = !IS_HAN.test(text[end] ?? '') || !IS_HAN.test(text[end + 1] ?? '');
  return loneBefore || loneAfter ? '' : ' ';
}

// Full-width digits, letters, ． ／ as some templates type every figure (９５, ２０２３年度): the figure a person
// reads. Chinese punctuation (（）：，；) and ％ stay as printed (every reader takes ％ for %).
const FULL_WIDTH_ASCII = /[０-９Ａ-Ｚａ-ｚ．／]/;
const FULL_WIDTH_ASCII_ALL = /[０-９Ａ-Ｚａ-ｚ．／]/g;

export function halfWidthFigures(text: string): string {
  return text.replace(FULL_WIDTH_ASCII_ALL, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** A cell's text on one line: line breaks inside Han text vanish (a wrapped word), others become a space. */
export function oneLine(text: string): string {
  if (!text.includes('\n')) return text.trim();
  return text
    .replace(NEWLINE_BETWEEN_HAN, '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

/** Figures alone, as a cell of a budget line or an indicator's value prints them: 23.3, 1,500.00, 100%. */
const FIGURES_ONLY = /^[\d.,%％]+$/;

/**
 * "XX" → "X" when an extraction wrote the same text twice in one cell. Not figures alone: 23.323.3 is two cells run
 * together (a budget spent in full, a target met), likelier than one figure written twice.
 */
export function undoubled(text: string): string {
  const n = text.length;
  if (n >= 8 && n % 2 === 0 && !FIGURES_ONLY.test(text)) {
    const half = text.slice(0, n / 2);
    if (half === text.slice(n / 2)) return half;
  }
  return text;
}

// The key a label is matched by lives in core, where the server and the web app use it too.
export { labelKey } from '@jixiao/core';

/** True for a cell that says nothing: empty, spaces, or a template placeholder such as …… . */
export function isBlankCell(text: string): boolean {
  if (text === '') return true;
  // Almost every cell starts with a Han character, a digit or a letter: none of those is a placeholder.
  const c = text.charCodeAt(0);
  if (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a)
  )
    return false;
  return BLANK.test(text);
}

const BLANK = /^[\s\u3000…．.·。\-—_□]*$/;
