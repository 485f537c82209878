// Text normalisation shared by the grammar and the importers: full-width forms, stray spaces.

const FULL_WIDTH: Record<string, string> = {
  '＞': '>',
  '＜': '<',
  '＝': '=',
  '≧': '≥',
  '≦': '≤',
  '％': '%',
  '．': '.',
  '，': ',',
  '－': '-',
  '～': '~',
  '（': '(',
  '）': ')',
  '：': ':',
  '﹪': '%',
  // Look-alikes that extractions and fonts put for the comparators: box-drawing ═, slanted ⩾ ⩽,
  // "not less/greater than" ≮ ≯, and the small/full-width variants.
  '═': '=',
  '﹦': '=',
  '⩾': '≥',
  '⩽': '≤',
  '≮': '≥',
  '≯': '≤',
  '﹥': '>',
  '﹤': '<',
};

/** Full-width digits, letters and comparators to their ASCII forms; ≥ and ≤ stay as they are. */
const NEEDS_HALF_WIDTH = /[\uff01-\uff5e≧≦﹪═﹦⩾⩽≮≯﹥﹤]|[<>=≥≤][<>=≥≤]/;

export function toHalfWidth(text: string): string {
  if (!NEEDS_HALF_WIDTH.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xfee0);
    else if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a))
      out += String.fromCharCode(code - 0xfee0);
    else out += FULL_WIDTH[ch] ?? ch;
  }
  return normalizeComparators(out);
}

/**
 * One comparator for the doubled spellings people type: >= => ≥= =≥ → ≥, <= =< ≤= =≤ → ≤, == → =.
 * Spaces between the two halves (≥ =) are the caller's to strip first.
 */
export function normalizeComparators(text: string): string {
  if (!/[<>=≥≤][<>=≥≤]/.test(text)) return text;
  return text
    .replace(/>=|=>|≥=|=≥|≥≥/g, '≥')
    .replace(/<=|=<|≤=|=≤|≤≤/g, '≤')
    .replace(/={2,}/g, '=');
}

const SPACE = /[\s\u3000\u00a0\u200b]/;

/** Removes every kind of space, including the ideographic space U+3000 and NBSP. */
export function stripSpaces(text: string): string {
  // Most values have no space: testing costs less than replacing.
  return SPACE.test(text) ? text.replace(/[\s\u3000\u00a0\u200b]+/g, '') : text;
}
