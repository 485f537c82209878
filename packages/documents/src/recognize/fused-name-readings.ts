// A fused row's name and the words it may end in: the template's numbering taken off, and the tails that are
// rather the row's first cells (a 指标性质 word, a unit, a restated or qualitative target).
import { doubledHalf, unitAt } from './evaluation-atoms.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';
import { ONE_CHARACTER_VALUES } from './fused-fit-costs.ts';
import { JUDGEMENT_WORDS, QUALITATIVE_VALUES } from './lexicon-columns.ts';

/**
 * 指标1免费发放原原种 → 免费发放原原种, 任务1:诊断准确率 → 诊断准确率, 1:是否满意 (its 指标 gone to the cell before) →
 * 是否满意: the template's row numbering is no part of the name. A figure with decimals opening the name
 * (1290.3平方米冷库仓储建设…) is the name's own measure, not a number 1290. before it.
 */
export function nameOf(text: string): string {
  return (
    text
      // 指标12021年…: the numbering is the digits before the year the name opens with.
      .replace(
        /^((?:指标|任务)(?:\d{1,2}(?=(?:19|20)\d\d年)|\d+)[:：、.．]?|\d+[.、．](?!\d)|\d{1,2}[:：](?=\p{Script=Han})|[（(]\d+[)）])\s*/u,
        '',
      )
      .replace(/^[★☆]+/, '')
      // 项目绩效实现情况(80分)投入目标(28分)资金节约率: the section labels with their points, printed in merged cells
      // before the section's first row and run into its name, are headings (points-heading.ts), not the name's.
      .replace(/^(?:[^()（）\d]{2,12}[（(]\d+(?:\.\d+)?分[)）])+(?=\p{Script=Han})/u, '')
      // （因全校总人数减少,…）国家励志奖学金人数: a reason in brackets the row before printed after its points (38分
      // (因…)) with no column of its own ran into this name; no name opens with one.
      .replace(/^[（(](因|由于|受)[^（）()]*[）)]/, '')
      // 服务对象满指标1:是否满意: words before the template's numbering are a level name broken over the cell,
      // not the indicator's (the numbering opens the name's own cell).
      .replace(/^[^:：\d]{1,10}?(?:指标|任务)\d{1,2}[:：](?=\p{Script=Han})/u, '')
      .trim()
  );
}

/** The words a 指标性质 column holds in place of a sign, the longest first. */
const KIND_WORDS = ['定量指标', '定性指标', '正向指标', '反向指标', '定量', '定性', '正向', '反向'];

/** Whether `piece` holds exactly the characters of `word` in another order (性标定指 for 定性指标: OCR debris). */
const isAnagram = (piece: string, word: string): boolean =>
  piece.length === word.length && [...piece].sort().join('') === [...word].sort().join('');

/**
 * The name and the 指标性质 word it ends in, where the table has that column after the name (and its 计量单位):
 * 固定资产利用率%定量指标 → 固定资产利用率% | 定量指标. A four-character word the OCR scrambled (管理制度健全性性标定指)
 * is read as the word it holds. None where the name ends in no such word.
 */
function kindWordTail(written: string, columns: readonly IndicatorColumn[]): [string, string] | null {
  const at = columns.indexOf('name');
  const next = columns[at + 1] === 'unit' ? columns[at + 2] : columns[at + 1];
  if (next !== 'op') return null;
  for (const word of KIND_WORDS) {
    const tail = written.slice(-word.length);
    if (written.length - word.length < 2) continue;
    if (tail === word || (word.length === 4 && isAnagram(tail, word)))
      return [written.slice(0, -word.length), word];
  }
  return null;
}

/** Readings whose name ends in a 指标性质 word (健全性定性指标 | 高 | 高): the word cut off into its column too. */
export function withKindWords(
  readings: ReadonlyArray<readonly [string, readonly string[]]>,
  columns: readonly IndicatorColumn[],
): Array<readonly [string, readonly string[]]> {
  const out: Array<readonly [string, readonly string[]]> = [];
  for (const [name, values] of readings) {
    const kind = kindWordTail(name, columns);
    if (kind) out.push([nameOf(kind[0]), [kind[1], ...values]]);
  }
  return out;
}

/**
 * A name, and where the table has a 计量单位 column right after the name, the name with a unit it ends in
 * cut off (森林火灾受害率% → 森林火灾受害率 | %); a 指标性质 word after the unit is cut off the same way.
 */
export function nameAndUnit(written: string, columns: readonly IndicatorColumn[]): Array<[string, string[]]> {
  const out: Array<[string, string[]]> = [];
  const kind = kindWordTail(written, columns);
  const [text, after] = kind ? [kind[0], [kind[1]]] : [written, []];
  const unitColumn = columns[columns.indexOf('name') + 1] === 'unit';
  // The longest unit first: on a tie 万亩 wins over 亩.
  for (let k = 4; unitColumn && k >= 1; k--) {
    const unit = text.slice(-k);
    if (k < text.length && unitAt(unit) === unit) out.push([nameOf(text.slice(0, -k)), [unit, ...after]]);
  }
  // 播发稿件数量tot扁: the unit cell an OCR misread (篇 as tot扁) — lower-case letters glued to the Han name with
  // one Han character after them are no name's words; they are the unit column's cell.
  const misread = unitColumn ? /(?<=\p{Script=Han})[a-z]{1,4}\p{Script=Han}$/u.exec(text) : null;
  if (misread) out.push([nameOf(text.slice(0, misread.index)), [misread[0], ...after]]);
  out.push([nameOf(text), after]);
  if (kind) out.push([nameOf(written), []]);
  return out;
}

/**
 * A name run into its target and actual when both print the same words (保证专款专用专款专用专款专用: the name
 * ends in 专款专用 and the two cells after it say it again): the name and the two repeated cells.
 */
export function repeatedTail(
  written: string,
  cuts: ReadonlySet<number> | null = null,
): Array<readonly [string, readonly string[]]> {
  const out: Array<readonly [string, readonly string[]]> = [];
  // (A phrase longer than the name before it, 公用经费标准 | 符合相关文件要求 ×2, is tried too: four characters of
  // the name at least are left.)
  const longest = Math.max(Math.floor(written.length / 3), Math.floor((written.length - 4) / 2));
  for (let len = longest; len >= 2; len--) {
    const phrase = written.slice(-len);
    if (!/\p{Script=Han}/u.test(phrase) || written.slice(-2 * len, -len) !== phrase) continue;
    // Cells copied apart (one per line) show where each ends: the repeated cells start where a cell starts,
    // not inside the name's cell (保证…专款专用 | 专款专用 | 专款专用 is a name ending in the words its target repeats)
    // — unless they start inside the last cell, which then ran the name's last words and the cells together
    // (音响、灯光、服装 | 质量等合格合格: a name a line wrap parted, its end glued to its target and actual).
    const start = written.length - 2 * len;
    if (cuts && !cuts.has(start) && start <= Math.max(...cuts)) break;
    const name = written.slice(0, -2 * len);
    // 项目数量≥1个1个: a comparator before the first of the two is the target's (≥1个 | 1个), not the name's end.
    const op = /(?:[≥≤=＝<>＜＞≧≦]|>=|<=)$/.exec(name)?.[0] ?? '';
    if (name.length - op.length >= 2)
      out.push([nameOf(name.slice(0, name.length - op.length)), [op + phrase, phrase]]);
    break;
  }
  // 评审程序是否公正是是: a one-character value (是, 无, 高 …) printed as the target and again as the actual.
  const last = written.at(-1) ?? '';
  if (
    out.length === 0 &&
    written.length >= 4 &&
    written.at(-2) === last &&
    ONE_CHARACTER_VALUES.test(last) &&
    written.at(-3) !== last
  )
    out.push([nameOf(written.slice(0, -2)), [last, last]]);
  return out;
}

/**
 * A name run into the qualitative target after it (…的影响程度效果明显 | 达成预期指标): the name, and the
 * lexicon's qualitative value it ends in as the row's first value.
 */
export function qualitativeTail(written: string): Array<readonly [string, readonly string[]]> {
  const word = QUALITATIVE_VALUES.find((w) => written.endsWith(w) && written.length - w.length >= 4);
  return word ? [[nameOf(written.slice(0, -word.length)), [word]]] : [];
}

/** What a qualitative target opens with: a rule to keep (严格执行…), a standard to meet, a deadline (在…内完成). */
const TARGET_OPENER =
  /^(?:严格(?:执行|按照|遵守)|符合|按时|按照|按规定|不超过?|达到|全部|全面|在.{1,16}?[内前])/u;

/**
 * A name ending in what it judges (…合规性, …及时性, …合格率, …满意度) run into a qualitative target that opens as
 * targets do (严格执行相关制度规定, 在项目计划完成时间内完成): the name, and the target as the row's first value.
 */
export function openedTargetTail(written: string): Array<readonly [string, readonly string[]]> {
  for (let end = 4; end <= written.length - 4; end++) {
    if (!/[性率度]$/.test(written.slice(0, end))) continue;
    if (TARGET_OPENER.test(written.slice(end)))
      return [[nameOf(written.slice(0, end)), [written.slice(end)]]];
  }
  return [];
}

/**
 * 指导城市建设指导城市建设 | 10 | 完成 under 指标名称 | 指标值 | 得分 | 实际完成值: a text written twice whole, where the
 * header's first column after the name holds a target or an actual, is the name and that cell restating it (forms
 * fill a worded target with the indicator's own words). A name is never printed twice in its own cell. Where the
 * header's first two columns after the name are both a target or an actual, a judgement of the lexicon may stand
 * after the two (指导城市建设指导城市建设完成: name | target | actual) or between them (…建设完成指导城市建设: name |
 * actual | target).
 */
export function restatedWholeName(
  written: string,
  columns: readonly IndicatorColumn[],
): Array<readonly [string, readonly string[]]> {
  // (A 偏差原因 column, which a row reached its target leaves blank, stands between them or not.)
  const after = columns.slice(columns.indexOf('name') + 1).filter((c) => c !== 'reason' && c !== 'remark');
  const worded = (c: IndicatorColumn | undefined) => c === 'target' || c === 'targetValue' || c === 'actual';
  if (!worded(after[0])) return [];
  const named = (x: string) => (x.match(/\p{Script=Han}/gu)?.length ?? 0) >= 4;
  const half = doubledHalf(written);
  if (half !== null) return named(half) ? [[nameOf(half), [half]]] : [];
  if (!worded(after[1])) return [];
  const out: Array<readonly [string, readonly string[]]> = [];
  for (const j of JUDGEMENT_WORDS) {
    if (written.length <= j.length + 8) continue;
    const both = j.length + 2 * Math.floor((written.length - j.length) / 2) === written.length;
    const x = written.slice(0, (written.length - j.length) / 2);
    if (!both || !named(x)) continue;
    if (written === x + x + j) out.push([nameOf(x), [x, j]]);
    else if (written === x + j + x) out.push([nameOf(x), [j, x]]);
  }
  return out;
}
