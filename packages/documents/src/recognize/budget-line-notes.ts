// Lines of a 自评表's budget block read from run-together text that are no fund source: a figure's bracketed
// breakdown (38.75万元(少数民族发展资金37万元,中央衔接资金1.75万元)) and the total's cells printed again under the
// project's name before the sources (年度资金总额:38.75万元 | 某某项目38.75万元 | … | 其中:财政拨款…37万元).

interface TextLine {
  name: string;
  figures: string[];
}

const OPENS = /^[(（]/;
const CLOSES = /[)）]/;

/**
 * Drops the lines a bracket after a figure holds: (少数民族发展资金 37万元 ,中央衔接资金 1.75万元 ) are the parts of
 * the figure before them, written as its note, not lines of the block. The line the bracket closes in keeps the
 * words after it (…)其中:财政拨款 37万元). A bracket that never closes is left as read: no note can be told.
 */
export function withoutBracketedBreakdowns<L extends TextLine>(lines: readonly L[]): L[] {
  const out: L[] = [];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const opens = OPENS.test(line.name) && !CLOSES.test(line.name) && (out.at(-1)?.figures.length ?? 0) > 0;
    const close = opens ? lines.findIndex((l, j) => j > k && CLOSES.test(l.name)) : -1;
    if (close < 0) {
      out.push(line);
      continue;
    }
    const after = lines[close]!;
    const name = after.name.replace(/^.*[)）]/, '');
    if (name !== '' || after.figures.length > 0) out.push({ ...after, name });
    k = close;
  }
  return out;
}

/** Words that name money by where it comes from: a line so named is a source, whatever its figures. */
const FUND_WORDS = /资金|拨款|结转|结余|收入|补助|自筹|债券|总额|合计|小计/;

/**
 * Drops the lines between the total line and the first 其中 line that print the total's figures again under a
 * name that is no fund's (the project's name in the total row's cells): 其中 opens the total's parts, so a line
 * before it is the total still. A line named by a fund (财政拨款 100 before 其中:中央 60 …) stays.
 */
export function withoutRestatedTotal<L extends TextLine>(
  lines: readonly L[],
  isTotal: (name: string) => boolean,
): L[] {
  const total = lines.findIndex((l) => isTotal(l.name) && l.figures.length > 0);
  const parts = lines.findIndex((l, k) => k > total && /^其中/.test(l.name));
  if (total < 0 || parts < 0) return [...lines];
  const figures = lines[total]!.figures.join('|');
  return lines.filter(
    (l, k) => k <= total || k >= parts || l.figures.join('|') !== figures || FUND_WORDS.test(l.name),
  );
}
