// A header label the OCR scrambled or padded (考值参分 for 参考分值 / 分值): between two labels it recognises, a short
// piece of characters that holds every character of one of the lexicon's spellings is read as that label. The
// piece must sit between two known labels (a header band), so a name or a sentence is never read this way.

/** The longest a scrambled piece may be, and how many characters it may hold beyond the spelling's. */
const MAX_PIECE = 6;
const MAX_EXTRA = 2;

const holdsAll = (piece: string, spelling: string): boolean => {
  const left = [...piece];
  for (const ch of spelling) {
    const k = left.indexOf(ch);
    if (k < 0) return false;
    left.splice(k, 1);
  }
  return true;
};

/**
 * The label a scrambled piece starting at `at` stands for, and where it ends: the longest spelling whose
 * characters the piece holds, where a known label starts right after the piece. `labelAt` tells whether a
 * known label starts at a position.
 */
export function scrambledLabelAt<V>(
  key: string,
  at: number,
  spellings: ReadonlyArray<readonly [string, V]>,
  labelAt: (i: number) => boolean,
): { end: number; value: V } | null {
  for (let len = 2; len <= MAX_PIECE && at + len <= key.length; len++) {
    const piece = key.slice(at, at + len);
    if (!/^\p{Script=Han}+$/u.test(piece)) return null;
    if (!labelAt(at + len)) continue;
    let best: { spelling: string; value: V } | null = null;
    for (const [spelling, value] of spellings)
      if (
        spelling.length >= 2 &&
        spelling.length + MAX_EXTRA >= len &&
        spelling.length <= len &&
        holdsAll(piece, spelling) &&
        (!best || spelling.length > best.spelling.length)
      )
        best = { spelling, value };
    if (best) return { end: at + len, value: best.value };
  }
  return null;
}
