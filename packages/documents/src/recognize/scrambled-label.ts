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

/**
 * A header label a mirror's OCR cut short and ran into noise (全年實際完.IK/-4- for 全年实际完成值): the spelling's
 * first two-thirds or more, then characters that are no Chinese (the noise), then a known label. Read as that
 * spelling, the noise with it; null elsewhere. Only between labels (a header band), as a scrambled piece.
 */
export function cutShortLabelAt<V>(
  key: string,
  at: number,
  spellings: ReadonlyArray<readonly [string, V]>,
  labelAt: (i: number) => boolean,
): { end: number; value: V } | null {
  let best: { end: number; value: V; length: number } | null = null;
  for (const [spelling, value] of spellings) {
    if (spelling.length < 6) continue;
    for (let p = spelling.length - 1; p >= Math.max(4, Math.ceil((spelling.length * 2) / 3)); p--) {
      if (!key.startsWith(spelling.slice(0, p), at)) continue;
      const noise = /^[^\p{Script=Han}]+/u.exec(key.slice(at + p))?.[0] ?? '';
      if (noise === '' || noise.length > 12 || !labelAt(at + p + noise.length)) continue;
      if (!best || p > best.length) best = { end: at + p + noise.length, value, length: p };
      break;
    }
  }
  return best ? { end: best.end, value: best.value } : null;
}
