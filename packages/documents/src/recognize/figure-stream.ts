// A target form's indicator table run together after its header (指标 指标内容 指标值产出指标 年度趋势报告次数 各 1 次
// 发生动态与短期预报报告次数 2000 次汇总突发事件…): with no cell border left, each row is its name and then its value,
// a figure with its measure word — and the measure word runs into the next row's name. The figure marks the edge
// between name and value; the measure word the edge between value and the next name (the longest measure word the
// units know, 人次 before 人). Levels (产出指标, 效益指标) standing between rows open their groups.
import { KNOWN_UNITS } from '@jixiao/core';
import { COMPARATOR_SIGNS, MEASURE_WORDS, PER_MEASURE_WORDS } from './evaluation-value-words.ts';
import { COMPARATOR_WORDS } from './evaluation-atoms.ts';
import { isLevelName } from './level-names.ts';
import { columnConcept, lexiconKey } from './lexicon.ts';
import { TABLE_SECTION_LABELS } from './lexicon-columns.ts';
import { splitRunTogether, type Token } from './tokenize.ts';
import { opensName } from './unit-opening-name.ts';
import { judgementThenName, restatedName } from './target-at-end.ts';

/** Measure words a figure's value ends in, longest first (人次 before 人, 元/亩 before 元). */
const UNITS = [...new Set([...KNOWN_UNITS, ...MEASURE_WORDS, '%', '％', '‰'])].sort(
  (a, b) => b.length - a.length,
);
/**
 * Words that open a value before its figure: a comparison (≥, 不低于, 小于 — which, alone, may end a name too, but
 * here a name of words enough stands before it and the figure right after) or a share or a bound of it (各 1 次
 * for each of two reports, 约, 共).
 */
const LEADS = [
  ...COMPARATOR_WORDS,
  ...['大于', '小于', '高于', '低于', '少于', '多于', '超过', '达到'],
  ...['各', '约', '共'],
].sort((a, b) => b.length - a.length);
const SIGN = new RegExp(`[${COMPARATOR_SIGNS}]`);

/** Words enough to name an indicator: four characters at least, two of them Han. */
const namesEnough = (t: string) => t.length >= 4 && (t.match(/\p{Script=Han}/gu)?.length ?? 0) >= 2;

export interface StreamPart {
  kind: 'level1' | 'level2' | 'text' | 'value';
  text: string;
}

/**
 * A date as a target prints it (2021年12月31日, 2021年1月-12月, 12月底前): one value, not a figure and the 年 unit.
 */
const DATE =
  /^(?:\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:[-—–~～至]{1,2}(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月(?:\d{1,2}日)?)(?:[底末](?:之前|以前|前)?|以前|之前|前|内)?/u;
/**
 * A base after a measure word (人/次, 元/人·月), and a bound in words after it (2次以上, 200人以内). A copy may print the
 * middle dot before a period as a full stop (元/人.每天, 元/人.月): a period's base, which no name opens with.
 */
const PER_BASE = /^(?:[/·]\p{Script=Han})?(?:[·/]\p{Script=Han}|[.．]每?[天日周月年])?/u;
const BOUND = /^(?:及以上|以上|及以下|以下|以内|左右)/u;

/** The figure's value starting at the number at `at`, with its measure word: its end, or -1 where none closes it. */
function valueEnd(text: string, at: number): number {
  const date = DATE.exec(text.slice(at));
  if (date && /[年月]/.test(date[0])) return at + date[0].length;
  const number = /^\d[\d,]*(?:\.\d+)?/.exec(text.slice(at));
  if (!number) return -1;
  let k = at + number[0].length;
  const spaced = /^[ \u3000]?/.exec(text.slice(k))![0].length;
  const found = UNITS.find((u) => text.startsWith(u, k + spaced));
  // (10组织实施率: a unit of one character that begins a word names open with is no unit here.)
  const unit = found?.length === 1 && opensName(text.slice(k + spaced)) ? undefined : found;
  // A bare figure is a value only where the text ends or a space parts it from what follows.
  if (!unit) return k === text.length || /^[ \u3000]/.test(text.slice(k)) ? k : -1;
  k += spaced + unit.length;
  // 种次, 户次, 台次: a one-character classifier and 次 count times it was done, one measure word.
  if (/^\p{Script=Han}$/u.test(unit) && text[k] === '次') k++;
  k += PER_BASE.exec(text.slice(k))?.[0].length ?? 0;
  k += BOUND.exec(text.slice(k))?.[0].length ?? 0;
  return k;
}

/** What a compared value is counted per, before its comparison (每周, 每亩): 每 and a period or a measure. */
const PER_BEFORE = new RegExp(`每(?:${[...PER_MEASURE_WORDS, '周', '季度', '学期'].join('|')})$`, 'u');

/** Where the value whose number starts at `at` begins: before a sign or a word that opens it, spaces between. */
function valueStart(text: string, from: number, at: number): number {
  let k = at;
  while (k > from && /[ \u3000]/.test(text[k - 1]!)) k--;
  const signed = k;
  while (k > from && SIGN.test(text[k - 1]!)) k--;
  const lead = LEADS.find((w) => text.slice(from, k).endsWith(w));
  if (lead) k -= lead.length;
  // 开放时间每周不少于42小时: the period the comparison is counted per opens the value, the name's words before it.
  const per = lead || k < signed ? PER_BEFORE.exec(text.slice(from, k)) : null;
  if (per && namesEnough(text.slice(from, k - per[0].length))) k -= per[0].length;
  while (k > from && /[ \u3000]/.test(text[k - 1]!)) k--;
  return k;
}

/**
 * The level names (产出指标, 数量指标) a piece of a name opens with, and the name after them. The table block's own
 * heading (项目绩效指标), printed down its side and so run into the rows where its merged cell's middle fell, is
 * no word of the name after it.
 */
function levelsOpening(piece: string): { levels: StreamPart[]; rest: string } {
  const levels: StreamPart[] = [];
  let rest = piece.trim();
  const block = TABLE_SECTION_LABELS.find((w) => w.length >= 4 && lexiconKey(rest).startsWith(w));
  if (block && rest.startsWith(block) && namesEnough(rest.slice(block.length)))
    rest = rest.slice(block.length);
  for (let guard = 0; guard < 3; guard++) {
    let found: StreamPart | null = null;
    for (let end = Math.min(rest.length, 12); end >= 4; end--) {
      const word = rest.slice(0, end);
      const level = word.endsWith('指标') ? isLevelName(lexiconKey(word)) : null;
      if (level) {
        found = { kind: level, text: word };
        break;
      }
    }
    if (!found) break;
    levels.push(found);
    rest = rest.slice(found.text.length).trim();
  }
  return { levels, rest };
}

/** Whether a level's name (…成本指标, …效益指标) stands anywhere in the text: a level is printed between rows, never in a name. */
function holdsLevel(text: string): boolean {
  for (let end = text.indexOf('指标'); end >= 0; end = text.indexOf('指标', end + 1))
    for (let start = Math.max(0, end - 6); start <= end - 2; start++)
      if (isLevelName(lexiconKey(text.slice(start, end + 2)))) return true;
  return false;
}

/**
 * The rows of a run-together name-then-figure stream, as parts (levels, names, values), and where the parts end
 * in `text`: the stream is read while each piece is a name followed by its figure; it ends before the first piece
 * that holds no figure. Null unless two rows at least are read so.
 */
export function cutFigureStream(text: string): { parts: StreamPart[]; end: number } | null {
  const parts: StreamPart[] = [];
  let from = 0;
  let rows = 0;
  for (let guard = 0; guard < 500; guard++) {
    const row = nextRow(text, from);
    if (!row) break;
    // Where a row's reading is in doubt the stream ends before it, the rest left to the other rules: a figure with a
    // comma or another figure right after it (自愿咨询检测1000人次以上,艾滋病人检测600人次…; 新建水泥路1条2km) is
    // inside a target's sentence or counts what the name names — a row's value is followed by the next name.
    const after = text.slice(row.end);
    const nextDigit = after.search(/\d/);
    const gap = nextDigit < 0 ? '' : levelsOpening(after.slice(0, valueStart(after, 0, nextDigit))).rest;
    if (/^[，,、；;]/.test(after) || (nextDigit >= 0 && !namesEnough(gap))) break;
    parts.push(...row.parts);
    rows++;
    from = row.end;
  }
  return rows >= 2 ? { parts, end: from } : null;
}

/** The next row from `from`: its levels, name and value, and where it ends; null where none is read. */
function nextRow(text: string, from: number): { parts: StreamPart[]; end: number } | null {
  for (let at = from; at < text.length; at++) {
    if (!/\d/.test(text[at]!) || (at > from && /[\d.,]/.test(text[at - 1]!))) continue;
    const end = valueEnd(text, at);
    if (end < 0) continue;
    const start = valueStart(text, from, at);
    const { levels, rest } = levelsOpening(text.slice(from, start));
    // A level inside the words before the figure (…影响长远生态环境成本指标提升…): rows whose targets are worded
    // stand there, which no figure parts — the stream of figures ends before them.
    if (holdsLevel(rest)) return null;
    // A figure inside the name's words (7岁以下, 第2批): the name goes on.
    if (!namesEnough(rest) || !/\p{Script=Han}$/u.test(rest)) continue;
    // 资金到位率资金到位率达100%: a target that writes its name again opens with it; the name is written once.
    const once = restatedName(rest, text.slice(start, end).trim());
    return {
      parts: [...levels, { kind: 'text', text: once.name }, { kind: 'value', text: once.value }],
      end,
    };
  }
  return null;
}

/** Where each token's text stands in `raw` (tokens keep the text as written, in order); null if one is not found. */
function offsets(tokens: readonly Token[], raw: string): Array<[number, number]> | null {
  const out: Array<[number, number]> = [];
  let at = 0;
  for (const t of tokens) {
    const k = raw.indexOf(t.text, at);
    if (k < 0) return null;
    out.push([k, k + t.text.length]);
    at = k + t.text.length;
  }
  return out;
}

/** A column heading of the indicator header, and its concept. */
const roleOf = (t: Token) => (t.kind === 'column' ? columnConcept(lexiconKey(t.text)) : null);

/**
 * The tokens of a run-together line whose indicator header (its last heading the value's) is followed by a
 * name-then-figure stream, with that stream's rows cut by its figures (cutFigureStream); the 指标 that opens such a
 * header, run on after the text before it (…培训。指标 指标内容 指标值), cut off as the header's first heading. Other
 * tokens as they were.
 */
export function withFigureStream(tokens: Token[], raw: string): Token[] {
  const valueAt = tokens.findIndex(
    (t, k) => roleOf(t) === 'value' && k > 0 && roleOf(tokens[k - 1]!) === 'name',
  );
  if (valueAt < 0) return tokens;
  const at = offsets(tokens, raw);
  if (!at) return tokens;
  // (A section heading inside the rows is the block's label down its side: the rows go on after it.)
  const endAt = tokens.findIndex((t, k) => k > valueAt && t.kind === 'label');
  // The header's last heading is its value's: a 自评表's band (年初目标值 (A) 实际完成值 (B) 得分) goes on after it
  // with headings of its own, and its rows are its own reader's.
  if (tokens.slice(valueAt + 1, endAt < 0 ? undefined : endAt).some((t) => t.kind === 'column'))
    return tokens;
  const stop = endAt < 0 ? raw.length : at[endAt]![0];
  const from = at[valueAt]![1];
  const stream = cutFigureStream(raw.slice(from, stop));
  if (!stream) return tokens;
  const like = tokens[valueAt]!;
  const make = (kind: Token['kind'], text: string): Token => ({ ...like, kind, text, split: true });
  const rest = raw.slice(from + stream.end, stop).trim();
  const head = openingHeading(tokens.slice(0, valueAt + 1), make);
  return [
    ...head,
    ...stream.parts.map((p) => make(p.kind, p.text)),
    ...(rest
      ? (wordedTail(rest)?.map((p) => make(p.kind, p.text)) ?? splitRunTogether(rest, like.line, like.source))
      : []),
    ...(endAt < 0 ? [] : tokens.slice(endAt)),
  ];
}

/**
 * The header's tokens with a 指标 run on after the text before its first heading cut off as a heading of its own:
 * a header printed 指标 | 指标内容 | 指标值 whose first word, too short to be cut at in running text, the copy glued
 * to the cell before it.
 */
function openingHeading(head: Token[], make: (kind: Token['kind'], text: string) => Token): Token[] {
  let first = head.length - 1;
  while (first > 0 && head[first - 1]!.kind === 'column') first--;
  const before = head[first - 1];
  if (!before || before.kind !== 'text' || !/[。；;，,]指标$/.test(before.text)) return head;
  return [
    ...head.slice(0, first - 1),
    { ...before, text: before.text.slice(0, -2) },
    make('column', '指标'),
    ...head.slice(first),
  ];
}

/**
 * A preview's page that ends inside an indicator table run together (its header's value heading read, no head
 * label after it) and a next page that opens with no heading or label of its own and goes on in rows of names and
 * figures: the page break fell inside the table, and the two pages are one text.
 */
export function tableRunsOnto(before: string, after: string): boolean {
  const head = splitRunTogether(before);
  const valueAt = head.findIndex((t, k) => roleOf(t) === 'value' && k > 0 && roleOf(head[k - 1]!) === 'name');
  if (valueAt < 0 || head.slice(valueAt + 1).some((t) => t.kind === 'label')) return false;
  const next = splitRunTogether(after);
  if (next.some((t) => t.kind === 'label' || t.kind === 'column')) return false;
  return cutFigureStream(after) !== null;
}

/**
 * Adverbs of manner or degree a worded target opens with, and the two-character verb they qualify (有效减少, 明显提高,
 * 及时发放): the target's whole judgement where the next name runs on after it.
 */
const MANNER_OPENING =
  /^(?:及时|按时|按期|如期|全部|基本|明显|显著|有效|持续|逐步|不断|稳步|有所|大幅|全面|进一步|更加)\p{Script=Han}{2}/u;

/** A worded target the next row's name runs on after: the judgement it opens with and that name; null if none. */
function valueThenName(piece: string): { value: string; name: string } | null {
  const manner = MANNER_OPENING.exec(piece)?.[0];
  if (manner && namesEnough(piece.slice(manner.length)))
    return { value: manner, name: piece.slice(manner.length) };
  // 通过预警信息的发布,…不稳定因素。对促进: a target in sentences, its last one closed; the words after it the next name.
  const stop = piece.lastIndexOf('。');
  if (stop > 0 && stop < piece.length - 1)
    return { value: piece.slice(0, stop + 1), name: piece.slice(stop + 1) };
  return judgementThenName(piece);
}

/**
 * The worded rows after a figure stream, where the copy kept a space between a name and its target but none between
 * the target and the next name (效益指标 森林资源生长因害损失量 有效减少对维护社会稳定的作用 通过…。对促进): the spaced
 * pieces are name, then target and next name, and so on; a level opens a piece's group. Null unless every piece
 * fits so and one target at least is cut from the name after it.
 */
export function wordedTail(text: string): StreamPart[] | null {
  const out: StreamPart[] = [];
  let awaits: 'name' | 'value' = 'name';
  let cut = 0;
  for (const raw of text.split(/[ \u3000]+/)) {
    const { levels, rest: piece } = levelsOpening(raw);
    if (levels.length > 0) {
      if (awaits === 'value') return null;
      out.push(...levels);
    }
    if (piece === '') continue;
    if (awaits === 'name') {
      if (!namesEnough(piece) || /\d/.test(piece)) return null;
      out.push({ kind: 'text', text: piece });
      awaits = 'value';
      continue;
    }
    const split = valueThenName(piece);
    if (split) {
      out.push({ kind: 'value', text: split.value }, { kind: 'text', text: split.name });
      cut++;
    } else {
      out.push({ kind: 'value', text: piece });
      awaits = 'name';
    }
  }
  return cut > 0 ? out : null;
}
