// A CSV copied through a page that lost its record breaks (a forum repost of a sheet saved as CSV): a record ends
// with a space where the newline stood — "考评得分" "一般公共预算支出管理(60分)", or "20", ,"结转结余情况" where the
// next record opens with an empty cell — and the page's own line breaks fall anywhere between fields. A program
// writing CSV never puts a bare space between two separators (an empty field is written as nothing), so such a
// space is the lost break, and where a text has enough of them its other breaks outside quotes are the page's
// (a line holding no comma, a title or the post's byline, keeps its break).

/** Fewest lost breaks a text must show before its newlines are taken for the page's wrapping. */
const MIN_LOST = 3;

/**
 * The text with each bare space between separators (a comma or a quote on either side, outside quotes) made the
 * record break it stood for and its other line breaks outside quotes taken out; a last record cut inside an open
 * quote dropped. Null when fewer than MIN_LOST such spaces show lost breaks.
 */
export function withLostBreaksRestored(text: string): string | null {
  // Pieces in an array, the last character and the current line's comma kept as we go: reading back a string
  // built by += (its last character, its last line) flattens it on every step, quadratic on a large paste.
  const out: string[] = [];
  let last: string | undefined;
  let lineHasComma = false;
  let quoted = false;
  let lost = 0;
  let lastBreak = 0;
  const put = (c: string) => {
    out.push(c);
    last = c;
    if (c === '\n') lineHasComma = false;
    else if (c === ',') lineHasComma = true;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      quoted = !quoted;
      put(c);
      continue;
    }
    if (quoted) {
      put(c);
      continue;
    }
    if (c === '\n' || c === '\r') {
      // A line without a separator (a title, the post's byline) is no piece of a record: its break stays.
      if (!lineHasComma && c === '\n') put(c);
      continue;
    }
    if (c === ' ' || c === '\u3000') {
      let j = i;
      while (text[j] === ' ' || text[j] === '\u3000') j++;
      const after = text[j];
      if ((last === ',' || last === '"') && (after === ',' || after === '"')) {
        put('\n');
        lastBreak = out.length;
        lost++;
        i = j - 1;
        continue;
      }
    }
    put(c);
  }
  if (lost < MIN_LOST) return null;
  return (quoted ? out.slice(0, lastBreak) : out).join('');
}
