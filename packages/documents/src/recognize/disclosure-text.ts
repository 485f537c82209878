// Disclosure text made comparable: spaces, quotes and half-width punctuation taken out or made full-width,
// with a map back to the written text so that every figure can say where it stood.

export interface Normalized {
  text: string;
  /** For each character of `text`, its index in the written text. */
  map: number[];
}

const PUNCT: Record<string, string> = {
  '(': '（',
  ')': '）',
  ',': '，',
  ':': '：',
  ';': '；',
  '%': '%',
  '％': '%',
  '?': '？',
  '!': '！',
};

const SKIPPED = /[\s\u3000"'“”‘’「」『』]/;
const THREE_DIGITS = /\d{3}(?!\d)/y;

/** Drops spaces and quotes, writes brackets and punctuation full-width, thousands separators out of numbers. */
export function normalizeProse(written: string): Normalized {
  let text = '';
  // The last character written so far, kept beside the text: asking the text for it (text.at(-1)) makes the
  // engine flatten the string built by +=, the whole of it, at every comma — a long passage's square.
  let last = '';
  const map: number[] = [];
  for (let i = 0; i < written.length; i++) {
    let ch = written[i]!;
    if (SKIPPED.test(ch)) continue;
    const code = ch.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) ch = String.fromCharCode(code - 0xfee0);
    // 24,268.22: a separator between digits followed by three digits is no punctuation. Both looks stay at
    // their place (the last character so far, a sticky match at i + 1): testing the whole text or a copy
    // of the rest at every comma grew with the square of a long passage.
    THREE_DIGITS.lastIndex = i + 1;
    if ((ch === ',' || ch === '，') && /\d/.test(last) && THREE_DIGITS.test(written)) continue;
    last = PUNCT[ch] ?? ch;
    text += last;
    map.push(i);
  }
  return { text, map };
}
