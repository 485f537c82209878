// A label the OCR misread in one character (年初预匏数 for 年初预算数, 调整预算将 for 调整预算数): a spelling of five
// characters or more is still recognised where all but one of its characters stand in place and the misread one
// is a Han character too (a digit or a bracket in its place is another text, not a misreading).

/** The shortest spelling that may be matched with one character wrong: four right ones leave no doubt. */
const MIN_LENGTH = 5;

/** The spellings matching `key` at `at` with exactly one Han character misread, longest first. */
export function nearMissesAt<V>(
  key: string,
  at: number,
  spellings: ReadonlyArray<readonly [string, V]>,
): Array<{ end: number; value: V }> {
  const out: Array<{ end: number; value: V; length: number }> = [];
  for (const [spelling, value] of spellings) {
    if (spelling.length < MIN_LENGTH || at + spelling.length > key.length) continue;
    let wrong = 0;
    for (let k = 0; k < spelling.length && wrong <= 1; k++) {
      const ch = key[at + k]!;
      if (ch === spelling[k]) continue;
      if (!/\p{Script=Han}/u.test(ch) || !/\p{Script=Han}/u.test(spelling[k]!)) wrong = 2;
      else wrong++;
    }
    if (wrong === 1) out.push({ end: at + spelling.length, value, length: spelling.length });
  }
  return out.sort((a, b) => b.length - a.length).map(({ end, value }) => ({ end, value }));
}
