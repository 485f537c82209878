// Lines of a 自评表's budget block read from run-together text that are no fund source: a figure's bracketed
// breakdown (38.75万元(少数民族发展资金37万元,中央衔接资金1.75万元)) and the total's cells printed again under the
// project's name before the sources (年度资金总额:38.75万元 | 某某项目38.75万元 | … | 其中:财政拨款…37万元).

import { PROJECT_FIELDS } from './lexicon-project-fields.ts';

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

/**
 * Drops a line whose figure stands inside brackets its name opens and the next line's closes: (100字以内), a note's
 * count, never a fund's amount (a line prints its figures after its name, bracketed by nothing). The next line
 * keeps its words after the bracket.
 */
export function withoutBracketedFigures<L extends TextLine>(lines: readonly L[]): L[] {
  const out: L[] = [];
  for (let k = 0; k < lines.length; k++) {
    const [line, next] = [lines[k]!, lines[k + 1]];
    if (/[(（]$/.test(line.name) && next && /^[^(（]*[)）]/.test(next.name)) {
      out.push({ ...next, name: next.name.replace(/^[^(（]*[)）]/, '') });
      k++;
    } else out.push(line);
  }
  return out;
}

/**
 * …3.其他资金包括:社会投入资金、银行贷款.其中:财政资金 0.00 3.36 3.36: a note printed inside the block ran into the
 * first part's label; the line is named from its 其中 on (a label of its own, not the note's words). A line named by
 * a rate's formula is the note's own, and a name's leading slashes are blank cells' (// 单位资金).
 */
export function namedAfterNote<L extends TextLine>(lines: readonly L[]): L[] {
  return lines.flatMap((l) => {
    // 1.预算执行率=预算执行数/调整后预算数,…未达到 90%: a rate's formula is the block's note, no line.
    if (/[=＝][^=＝]*[/÷]/.test(l.name)) return [];
    const m = /[。;；.,，]其中[:：]([^:：。;；,，]{1,30})$/.exec(l.name);
    // //单位资金: the slashes of the cells the line before left blank (分值 / 得分 printed as /).
    const name = m ? `其中:${m[1]}` : l.name.replace(/^[/／]+/, '');
    return [name === l.name ? l : { ...l, name }];
  });
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

/**
 * A source line whose label a text layer moved away from its figures (250000.00 250000.00 215,457.6 10 8.62 |
 * 250000.00 250000.00 215457.6 | 上年结转资金 0 0 | 其他资金 0 0 | … 其中:当年财政拨款): the total line took the
 * source's amounts after its own, more figures than the header has columns. Where a line later names a fund part
 * (当年财政拨款) with no figure and no other line bears that name, the last figures of the total — one for each
 * amount column, none above the total's own figure in that column — are that part's line, put after the total.
 */
export function sourceLineInTotal<L extends TextLine & { alone: boolean[] }>(
  lines: readonly L[],
  columns: readonly string[],
  isTotal: (name: string) => boolean,
): L[] {
  const at = lines.findIndex((l) => isTotal(l.name));
  const total = lines[at];
  const amounts = columns.filter((c) => c === 'initial' || c === 'annual' || c === 'executed').length;
  if (!total || amounts === 0 || total.figures.length <= columns.length) return [...lines];
  const head = total.figures.slice(0, -amounts);
  const tail = total.figures.slice(-amounts);
  const value = (f: string) => Number(f.replace(/[,，]/g, ''));
  if (head.length < amounts || tail.some((f, k) => !(value(f) <= value(head[k]!)))) return [...lines];
  const named = (l: L) => PARTS.find((p) => l.name.endsWith(p));
  const label = lines.find((l, k) => k > at && l.figures.length === 0 && named(l));
  const part = label && named(label);
  if (!part || lines.some((l) => l !== label && l.name.replace(/^其中[:：]?/, '') === part))
    return [...lines];
  const cut = total.figures.length - amounts;
  const source = { ...total, name: part, figures: tail, alone: total.alone.slice(cut) };
  const kept = { ...total, figures: head, alone: total.alone.slice(0, cut) };
  return [...lines.slice(0, at), kept, source, ...lines.slice(at + 1).filter((l) => l !== label)];
}

/** The spellings of a fund part, longest first (当年财政拨款 before 财政拨款). */
const PARTS = [...PROJECT_FIELDS['budget.part']].sort((a, b) => b.length - a.length);

/**
 * 其中:本年一般公共预算拨款 310.2154.74 under 年度资金总额 310.2154.741050%5 read 310.2 | 154.74 | 10 | 50% | 5: a
 * source's run of digits that is the total's amounts printed again, in the columns' order (a column the source
 * leaves out skipped), is cut as the total's was. Null where the run is no such repeat.
 */
export function cutLikeTotal<C extends string>(
  run: string,
  total: Partial<Record<C, string>>,
  columns: readonly C[],
): Partial<Record<C, string>> | null {
  const out: Partial<Record<C, string>> = {};
  let at = 0;
  let count = 0;
  for (const c of columns) {
    const figure = total[c];
    if (c !== 'initial' && c !== 'annual' && c !== 'executed') continue;
    if (figure === undefined || !run.startsWith(figure, at)) continue;
    out[c] = figure;
    at += figure.length;
    count++;
  }
  return at === run.length && count >= 2 ? out : null;
}
