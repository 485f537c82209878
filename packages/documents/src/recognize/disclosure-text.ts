// Disclosure text made comparable: spaces, quotes and half-width punctuation taken out or made full-width,
// with a map back to the written text so that every figure can say where it stood.

export interface Normalized {
  text: string;
  /** For each character of `text`, its index in the written text. */
  map: number[];
}

const PUNCT: Record<string, string> = { '(': '（', ')': '）', ',': '，', ':': '：', ';': '；', '%': '%', '％': '%', '?': '？', '!': '！' };

/** Drops spaces and quotes, writes brackets and punctuation full-width, thousands separators out of numbers. */
export function normalizeProse(written: string): Normalized {
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < written.length; i++) {
    let ch = written[i]!;
    if (/[\s\u3000"'“”‘’「」『』]/.test(ch)) continue;
    const code = ch.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) ch = String.fromCharCode(code - 0xfee0);
    // 24,268.22: a separator between digits followed by three digits is no punctuation.
    if ((ch === ',' || ch === '，') && /\d$/.test(text) && /^\d{3}(?!\d)/.test(written.slice(i + 1))) continue;
    text += PUNCT[ch] ?? ch;
    map.push(i);
  }
  return { text, map };
}
