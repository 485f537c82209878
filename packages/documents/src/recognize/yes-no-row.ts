// A yes/no indicator's row run together under a header with an 指标解释 and an 指标方向 column, its explanation not
// opened by 反映: 已建工程是否存在质量问题当年已完工项目是否在检查中发现质量问题是/否否否 (name, explanation, the
// direction 是/否, then one answer per value column). The direction says only that the answer is yes or no — the
// row's value is the first answer, as a bound's sign run into its figure (≤100%100%) is read with it.

/** The words, the direction 是/否 (有/无), and the answers after it, each one character. */
const YES_NO_ROW = /^(\p{Script=Han}[^/／]{3,}?)(是[/／]否|是或否|有[/／]无)((?:是|否|有|无)+)$/u;

/**
 * An explanation written without 反映 restates what its indicator asks and ends with the indicator's own closing
 * words (…存在质量问题 | …发现质量问题): the name ends at the first use of the words the run ends with, when
 * two characters or more of them stand earlier and both the name and the explanation keep four characters.
 */
export function nameBeforeEcho(words: string): [string, string] | null {
  for (let k = Math.floor(words.length / 2); k >= 2; k--) {
    const tail = words.slice(-k);
    const first = words.indexOf(tail);
    const end = first + k;
    if (first >= 0 && end < words.length - k && end >= 4 && words.length - end >= 4)
      return [words.slice(0, end), words.slice(end)];
  }
  return null;
}

/**
 * The row's pieces (name, explanation, value, further answers), or null for another text — and where the name and
 * explanation cannot be parted, since the pieces are placed column by column.
 */
export function yesNoRow(text: string): string[] | null {
  const m = YES_NO_ROW.exec(text.trim());
  const parted = m ? nameBeforeEcho(m[1]!) : null;
  return parted ? [...parted, ...m![3]!] : null;
}
