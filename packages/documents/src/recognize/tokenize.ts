// Splits the text of a cell into tokens by meaning: lexicon labels, 一级/二级 indicator names and 指标值-shaped
// values. Used where an extraction ran the cells of a form together ("项目名称XX主管部门YY…"). Linear in the
// text: at each position only the spellings that start with its character are tried (a trie walk).
import { allLevel1Names, allLevel2Names, KNOWN_UNITS } from '@jixiao/core';
import {
  allSpellings,
  columnConcept,
  departmentConcept,
  goalConcept,
  lexiconKey,
  projectConcept,
} from './lexicon.ts';
import { WHOLE_CELL_ONLY } from './lexicon-department-fields.ts';
import { TABLE_SECTION_LABELS } from './lexicon-columns.ts';
import { isLevelName, levelOf } from './level-names.ts';
import { titleKind } from './titles.ts';
import { COMPARATOR_SIGNS, MEASURE_WORDS } from './evaluation-value-words.ts';
import { indicatorColumnSpellings } from './evaluation-lexicon.ts';
import { isTaughtLabel } from './labels.ts';
import { opensName, unitOpeningName } from './unit-opening-name.ts';
import {
  giveNameItsProjectWord,
  goalAfterName,
  keepNameWordsAtEnd,
  keepNameWordsBeforeUnit,
} from './head-name-edges.ts';
import { withoutTrailingBracket } from './trailing-bracket.ts';

export type TokenKind = 'label' | 'column' | 'section' | 'level1' | 'level2' | 'value' | 'text' | 'blank';

/**
 * A label that is an ordinary word inside text: a hit only where the text or another label ends ('weak'); and a
 * 自评表's column heading (实际完成值, 自评得分, 完成率) likewise, as it may be the last words of an indicator's name.
 */
type HitKind = TokenKind | 'weak' | 'weakColumn';

export interface Token {
  kind: TokenKind;
  text: string;
  /** True when the token was cut out of a longer cell (run-together text): its boundaries are a guess. */
  split: boolean;
  /** 1-based line (or row) of the source the token came from. */
  line?: number;
  source?: string;
}

/** No cell is split into more tokens than this (a hostile line cannot make the work explode). */
export const MAX_TOKENS_PER_CELL = 2000;
/** Cells longer than this are prose, never split. */
export const MAX_SPLIT_LENGTH = 20_000;

/** Two-letter column headings that do not occur inside indicator names. */
const SHORT_HEADINGS = ['备注', '分值', '权重', '序号'];

interface TrieNode {
  next: Map<string, TrieNode>;
  /** The kind of the spelling that ends here. */
  end: HitKind | null;
}

const OP = `[${COMPARATOR_SIGNS}]`;
/**
 * A date as a target prints it: a year and a month (its day, a range to another month, the words closing it), a
 * month the words closing a date follow (11月底之前), or a year's end (2025年年底前, 2025年底前): cut at its figure,
 * 2025 | 年 would leave 年底前 to stand as a row of its own.
 */
const DATE_PART =
  '\\d{4}年\\d{1,2}月(?:\\d{1,2}日)?(?:[-—–~～至]{1,2}(?:\\d{4}年)?\\d{1,2}月(?:\\d{1,2}日)?)?(?:[底末](?:之前|以前|前)?|以前|之前|前)?' +
  '|\\d{1,2}月[底末](?:之前|以前|前)?' +
  '|\\d{4}年年?[底末](?:之前|以前|前)?';
const NUMBER = '[-+]?\\d[\\d,，]*(?:\\.\\d+)?';
const UNITS = [...KNOWN_UNITS, '百分比'].sort((a, b) => b.length - a.length);
/** UNITS by their first character, in the same order (longest first): a lookup tries only those that can match. */
const UNITS_BY_FIRST_CHAR: ReadonlyMap<string, readonly string[]> = UNITS.reduce((m, u) => {
  m.set(u.charAt(0), [...(m.get(u.charAt(0)) ?? []), u]);
  return m;
}, new Map<string, string[]>());
// Patterns built once (not on every call): a value's leading operator or number, the parts of a fused row
// (matchAll works on a copy of the pattern, so the shared one keeps no state).
const OP_FIRST = new RegExp(`^(?:${OP}|[±])`);
const NUMBER_FIRST = new RegExp(`^${NUMBER}`);
// (％ after a figure: a copy in full-width figures prints its percent sign so, the same unit; inside a name's
// brackets, 控制率（％）, it stays the name's, and before a bound's word, ９０％以上, with that word as before. A
// percent sign opening brackets, 开工率(%), is the unit note of the name before it, as the full-width one is.)
// A date is one part (2021年12月31日, 2021年1月-12月): cut at its figures, its year would be a value and 年 a unit.
const FUSED_PART = new RegExp(
  `(${DATE_PART}|${OP}+|\\d[\\d,.]*|(?<![（(])%|(?<=\\d)％(?!以|及|左右)|‰)`,
  'g',
);
const OP_VALUE = new RegExp(`^(?:${OP}|[±])+\\s*${NUMBER}`);
/** An operator (or ±) and the number after it, anywhere in a cell. */
const OP_BEFORE_NUMBER = new RegExp(`(?:${OP}|[±])+\\s*[-+]?\\d`);
/** Units a cut-out value keeps: the core's, and the measure words of 指标值 (元/亩, 万株, 课时). */
const VALUE_UNITS = [...new Set([...UNITS, ...MEASURE_WORDS])].sort((a, b) => b.length - a.length);
/** A base after a unit (次/年, 元/人·月): kept only where a cell ends after it, so a name run on is not taken. */
const PER_BASE = /^[/·]\p{Script=Han}{1,2}(?:[·/]\p{Script=Han}{1,2})?(?=$|[^\p{Script=Han}])/u;

function buildTrie(): TrieNode {
  const root: TrieNode = { next: new Map(), end: null };
  const add = (spelling: string, kind: HitKind) => {
    const key = lexiconKey(spelling);
    // Two-letter labels (单位, 年度, 指标) are too common inside text to split at, but for a few headings.
    if (key.length < 3 && !SHORT_HEADINGS.includes(key)) return;
    let node = root;
    for (const ch of key) {
      let n = node.next.get(ch);
      if (!n) node.next.set(ch, (n = { next: new Map(), end: null }));
      node = n;
    }
    node.end ??= kind;
  };
  for (const s of allSpellings()) add(s, WHOLE_CELL_ONLY.includes(s) ? 'weak' : (kindOfLabel(s) ?? 'label'));
  // The 自评表's headings from the one list of them (joined-header.ts reads the same): a header run together parts
  // at each of them. Spellings the lexicon already has keep their kind (add keeps the first).
  for (const [s] of indicatorColumnSpellings()) add(s, 'weakColumn');
  for (const s of allLevel1Names) if (s.length >= 4) add(s, 'level1');
  for (const s of allLevel2Names) if (s.length >= 4 && !allLevel1Names.has(s)) add(s, 'level2');
  for (const [s, level] of levelOf) if (s.length >= 4) add(s, level);
  return root;
}

let trie: TrieNode | null = null;

/** What a whole cell is, by the lexicon and the indicator trees; null for other text. */
export function kindOfLabel(text: string): TokenKind | null {
  const key = lexiconKey(text);
  if (key === '') return 'blank';
  if (TABLE_SECTION_LABELS.includes(key)) return 'section';
  if (projectConcept(key) || departmentConcept(key) || goalConcept(key) || isTaughtLabel(key)) return 'label';
  if (columnConcept(key) || columnConcept(withoutTrailingBracket(key))) return 'column';
  const level = isLevelName(key);
  if (level) return level;
  return null;
}

/** A cell read whole: its kind, or text. */
export function cellToken(text: string, line?: number, source?: string): Token {
  const t = text.trim();
  const kind = t === '' ? 'blank' : (kindOfLabel(t) ?? (isValueShaped(t) ? 'value' : 'text'));
  return {
    kind,
    text: t,
    split: false,
    ...(line !== undefined ? { line } : {}),
    ...(source ? { source } : {}),
  };
}

/** Where labels and indicator names start inside `text`: [start, end, kind] by longest match. */
function findHits(text: string, from = 0): Array<[number, number, TokenKind]> {
  trie ??= buildTrie();
  const hits: Array<[number, number, TokenKind]> = [];
  const lead = /^(其中：?|[\d一二三四五六七八九十]{1,2}[.、．])?\s*/.exec(text)?.[0].length ?? 0;
  let i = from;
  while (i < text.length && hits.length < MAX_TOKENS_PER_CELL) {
    let best = longestAt(text, i);
    // A level name without 指标 (预算执行, 经济效益) inside a word (预算执行率) is part of that word.
    if (
      best &&
      isLevelKind(best[1]) &&
      !text.slice(i, best[0]).endsWith('指标') &&
      continuesWord(text, best[0])
    ) {
      i++;
      continue;
    }
    // 绩效目标 in …项目支出绩效目标表 or 绩效目标自评表: a word of a title, not a label.
    if (best && /^(自评|自评价|运行监控|监控|申报|审核|批复)?表/.test(text.slice(best[0], best[0] + 5))) {
      i = best[0];
      continue;
    }
    // A weak label is one only where a word begins: after the text's start, another label or a figure. Where a
    // word goes on after it (年度预算总成本, an indicator's name) it is no label at all, even at the start.
    // A 自评表's heading is one only right after another heading or label (a header run together): at a cell's start
    // it is a value's words (完成进度40%).
    if (best?.[1] === 'weakColumn' && (hits.at(-1)?.[1] !== i || continuesWord(text, best[0]))) {
      i++;
      continue;
    }
    if (
      best?.[1] === 'weak' &&
      !amountFollows(i, best[0], text, hits) &&
      !goalAfterName(text, i, best[0], hits, (end) => wordsAfter(text, end)) &&
      ((i > lead && hits.at(-1)?.[1] !== i && !/[\d元]/.test(text[i - 1] ?? '')) ||
        continuesWord(text, best[0]))
    ) {
      i++;
      continue;
    }
    // 质量指标项目资金使用合规性反映项目资金使用合规情况: among the indicator rows (a level the last hit), a head's
    // label (项目资金) right after the level or inside a word, where the word goes on after it, is words of the
    // name or its explanation; a form's head prints no label there.
    // 时效指标项目总实施周期12个月: such a label run on after words of the row (项目总) is the name's end, whatever
    // follows it.
    if (
      best?.[1] === 'label' &&
      inIndicatorRow(text, hits.at(-1), i) &&
      (hits.at(-1)![1] === i || /[\p{Script=Han}%％]/u.test(text[i - 1] ?? '')) &&
      (continuesWord(text, best[0]) || hits.at(-1)![1] !== i)
    ) {
      i = best[0];
      continue;
    }
    // 车辆购置税收入补助地方资金（普通省道公路建设）: a label run into the words before it and followed by a bracket of
    // words is the end of a name the bracket qualifies — a label's own note names a unit, a letter or points.
    if (
      best?.[1] === 'label' &&
      i > lead &&
      /\p{Script=Han}/u.test(text[i - 1] ?? '') &&
      qualifiesName(text, best[0])
    ) {
      i = best[0];
      continue;
    }
    if (best) {
      // Leftmost-longest would cut 资金总额及构成总额 after 2021年度资金总额: a spelling that starts inside
      // this one and reaches further wins — unless, among the head's labels, another label starts where this
      // one ends (资金使用单位资金情况 is 资金使用单位 | 资金情况, not 资金使用 | 单位资金 | 情况).
      const abutted = abutsItsKind(text, best);
      for (let k = i + 1; k < best[0] && !abutted; k++) {
        const inner = longestAt(text, k);
        if (inner && inner[0] > best[0] && !isLevelKind(inner[1])) {
          i = k;
          best = inner;
          break;
        }
      }
      let end = best[0];
      // A bracket right after a label belongs to it: 资金情况（万元）, 绩效指标（权重分值90分，…）.
      if (text[end] === '（') {
        const close = text.indexOf('）', end);
        if (close > 0 && close - end < 80) end = close + 1;
      }
      while (text[end] === '：') end++;
      if (isLevelKind(best[1])) {
        // 社会效益 指标: a level written in two words; 服务对象满意度指标等: the template's "and the like".
        const apart = /^[ \u3000]+指标/.exec(text.slice(end));
        if (apart && isLevelName(text.slice(i, end) + '指标')) end += apart[0].length;
        if (text[end] === '等' && /^[ \u3000]|^$/.test(text.slice(end + 1, end + 2))) end++;
      }
      // 产出数量指标: a 一级 printed short (产出 for 产出指标) in its own merged cell, run into the 二级 after it.
      const from = hits.at(-1)?.[1] ?? lead;
      if (best[1] === 'level2' && isShortLevel1(text.slice(from, i))) hits.push([from, i, 'level1']);
      hits.push([i, end, best[1] === 'weak' ? 'label' : best[1] === 'weakColumn' ? 'column' : best[1]]);
      i = end;
    } else i++;
  }
  giveNameItsProjectWord(text, hits);
  keepNameWordsBeforeUnit(text, hits);
  keepNameWordsAtEnd(text, hits);
  return hits;
}

/** Words a label's bracketed note may hold (（盖章）, （必填）): a note, not a thing the bracket names. */
const NOTE_WORDS = /^(盖章|公章|签章|签字|签名|必填|选填|可选|单位|万元|元|含.*|不含.*)$/;

/** At `at` a bracket of four Han characters or more that is no note: words qualifying the name before it. */
function qualifiesName(text: string, at: number): boolean {
  if (text[at] !== '（') return false;
  const close = text.indexOf('）', at);
  if (close < 0) return false;
  const inner = text.slice(at + 1, close);
  return /^\p{Script=Han}{4,}$/u.test(inner) && !NOTE_WORDS.test(inner);
}

/** Characters an indicator's name and explanation take after its level at most. */
const ROW_AFTER_LEVEL = 30;

/** `i` stands a row's name and explanation after a level printed as a table's heading (质量指标, 数量指标). */
function inIndicatorRow(text: string, last: [number, number, TokenKind] | undefined, i: number): boolean {
  if (!last || !isLevelKind(last[2]) || i - last[1] > ROW_AFTER_LEVEL) return false;
  return text.slice(last[0], last[1]).endsWith('指标');
}

/**
 * A label with another label right where it ends (资金使用单位资金情况), or a column heading (or the block's heading,
 * 绩效指标) with another column heading there (三级指标目标值, 绩效指标目标值: a header run together): each is a heading
 * of its own, which a longer spelling starting inside the first (指标目标值) must not cut.
 */
function abutsItsKind(text: string, best: [number, HitKind]): boolean {
  const next = longestAt(text, best[0])?.[1];
  if (best[1] === 'label') return next === 'label';
  return (best[1] === 'column' || best[1] === 'section') && (next === 'column' || next === 'weakColumn');
}

/** The longest spelling starting at `i`: its end and kind. */
function longestAt(text: string, i: number): [number, HitKind] | null {
  let node: TrieNode | undefined = trie!;
  let best: [number, HitKind] | null = null;
  for (let j = i; j < text.length && node; j++) {
    node = node.next.get(text[j]!);
    if (node?.end) best = [j + 1, node.end];
  }
  return best;
}

const isLevelKind = (k: HitKind) => k === 'level1' || k === 'level2';

/** A 一级 name without its 指标 (产出, 效益, 满意度): too short to split at alone, but a level before a 二级. */
function isShortLevel1(text: string): boolean {
  const t = text.trim();
  return t.length >= 2 && t.length <= 4 && !t.endsWith('指标') && isLevelName(`${t}指标`) === 'level1';
}

/** An amount as a head prints it after its label: a unit's note or none, then the figure (（万元）854, 93,100.00). */
const AMOUNT_AFTER = /^(?:（(?:万元|元)）)?\s*\d[\d,，.]*(?:万元|元)?/u;

/**
 * In a form's head (no level or column heading read yet), a weak label before its amount is a label though words
 * stand right before it: 实施单位农田建设服务中心预算数854预期目标… — 预算数 run on after the unit's name, its amount after
 * it and another label or the text's end after that. (A weak label after an amount, 360158.4年度目标, is left to the
 * readers as before: a budget block's run of figures stays with the words after it.)
 */
function amountFollows(
  start: number,
  end: number,
  text: string,
  hits: ReadonlyArray<[number, number, TokenKind]>,
): boolean {
  if (hits.some(([, , kind]) => isLevelKind(kind) || kind === 'column')) return false;
  // 年度预算总金额3万元: a label's words right before it (年度预算) make one phrase with it, a goal's words.
  if (spellingEndsAt(text, hits.at(-1)?.[1] ?? 0, start)) return false;
  const amount = AMOUNT_AFTER.exec(text.slice(end));
  if (!amount) return false;
  const after = end + amount[0].length;
  return after === text.length || longestAt(text, after) !== null;
}

/** Some spelling starting at or after `from` ends right at `at` (a label or heading just before it). */
function spellingEndsAt(text: string, from: number, at: number): boolean {
  for (let k = Math.max(from, at - 16); k < at; k++) {
    let node: TrieNode | undefined = trie!;
    for (let j = k; j < at && node; j++) node = node.next.get(text[j]!);
    if (node?.end) return true;
  }
  return false;
}

/** Characters from `at` up to the next spelling the lexicon knows (or the text's end), at most 40. */
function wordsAfter(text: string, at: number): number {
  let k = at;
  while (k < text.length && k - at < 40 && longestAt(text, k) === null) k++;
  return k - at;
}

/** A Han character follows at `at` that starts no label: the word goes on. */
function continuesWord(text: string, at: number): boolean {
  return /\p{Script=Han}/u.test(text[at] ?? '') && longestAt(text, at) === null;
}

/**
 * Text normalised for matching — full-width brackets and colons, no OCR asterisks or ellipses, words spaced
 * out letter by letter (项 目 名 称) closed up — with, for each of its characters, where it stood in `text`.
 */
function normalise(text: string): { t: string; at: number[] } {
  const drop = new Set<number>();
  // Words spaced out letter by letter are one word; other spaces part cells.
  for (const m of text.matchAll(
    /(?<![\p{Script=Han}])\p{Script=Han}(?:[ \u3000]\p{Script=Han}(?![\p{Script=Han}]))+/gu,
  ))
    for (let k = 0; k < m[0].length; k++) if (/[ \u3000]/.test(m[0][k]!)) drop.add(m.index + k);
  // …申报表项 目 名 称 X: a preview ran the word before into the spaced one's first letter. Closed up only where
  // the letters make a label (项目名称), as the glued letter may as well end a word of its own.
  // (项 目 名 称某某: the label's last letter run into its value; 项目名 is a label's start then, left as it is.)
  for (const m of text.matchAll(/\p{Script=Han}(?:[ \u3000]\p{Script=Han}(?![\p{Script=Han}]))+/gu)) {
    const word = m[0].replace(/[ \u3000]/g, '');
    const next = /^[ \u3000](\p{Script=Han})/u.exec(text.slice(m.index + m[0].length))?.[1];
    const glued = m.index > 0 && /\p{Script=Han}/u.test(text[m.index - 1]!);
    if (!glued || kindOfLabel(word) !== 'label' || (next && kindOfLabel(word + next) === 'label')) continue;
    for (let k = 0; k < m[0].length; k++) if (/[ \u3000]/.test(m[0][k]!)) drop.add(m.index + k);
  }
  // A label broken by spaces (部门(单位) 名称; 年度主要目标     和成果, a cell's label wrapped in the copy and
  // padded to the cell's width): two words that are no label apart but one together.
  const words = [...text.matchAll(/[^ \u3000]+/g)];
  for (let w = 0; w + 1 < words.length; w++) {
    const [a, b] = [words[w]!, words[w + 1]!];
    const gapFrom = a.index + a[0].length;
    if (a[0].length > 12 || b[0].length > 6) continue;
    // 部门总体 资金情况: the second word may be a label of its own (资金情况) that the first one lengthens.
    if (kindOfLabel(a[0]) === null && kindOfLabel(a[0] + b[0]) === 'label')
      for (let k = gapFrom; k < b.index; k++) drop.add(k);
  }
  let t = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (drop.has(i) || ch === '*') continue;
    t += ch === '(' ? '（' : ch === ')' ? '）' : ch === ':' ? '：' : ch === '…' || ch === '\u3000' ? ' ' : ch;
    at.push(i);
  }
  return { t, at };
}

/** The original text of normalised characters [start, end). */
function original(text: string, at: readonly number[], start: number, end: number): string {
  if (end <= start) return '';
  return text.slice(at[start]!, at[end - 1]! + 1);
}

/**
 * A cell worth splitting: it starts with a label or an indicator name and goes on, or (with no sentence in
 * it) holds three labels or more. Prose and plain values are left whole.
 */
export function isRunTogether(text: string): boolean {
  if (text.length > MAX_SPLIT_LENGTH || text.length < 4) return false;
  const { t } = normalise(text.trim());
  const hits = findHits(t);
  if (hits.length === 0) return false;
  // 其中：财政拨款数 3, 2.市级资金 153.5184: list numbering before the label.
  const lead = /^(其中：?|[\d一二三四五六七八九十]{1,2}[.、．])\s*/.exec(t)?.[0].length ?? 0;
  if (hits[0]![0] <= lead && hits[0]![1] < t.length) return true;
  return hits.length >= 3 && !/[。]/.test(t);
}

/**
 * A form's head block run together with the prose after it (…部门职能概述 （一）负责…。): three labels or more
 * before its first sentence ends, under a project or department form's title. The rows rebuilder splits it; readers that take a whole document as one
 * cell keep to isRunTogether.
 */
export function isRunTogetherHead(text: string): boolean {
  if (isRunTogether(text)) return true;
  if (text.length > MAX_SPLIT_LENGTH) return false;
  const { t } = normalise(text.trim());
  const sentence = t.indexOf('。');
  if (sentence < 0) return false;
  const head = t.slice(0, sentence);
  // Only under the title of a form the rebuilder reads (…绩效目标申报表): a 自评表 run together is read whole.
  // (A library preview's page number before the first page's text, 1、附件1:…申报表, is no list item.)
  const titled = head.split(/\s+/).some((raw, k) => {
    const part = k === 0 ? raw.replace(/^\d{1,2}、/, '') : raw;
    const kind = part.includes('表') ? titleKind(part.slice(0, part.indexOf('表') + 1)) : null;
    return kind === 'project' || kind === 'department';
  });
  return titled && findHits(head).length >= 3;
}

/**
 * A form's title with its head run on after it (中央引导…绩效目标自评表项目类别:…项目名称:…承担单位:…, a library's
 * preview of a .docx): the title ends at its first 表 and three labels or more follow before any sentence ends. Such
 * a line is no title alone; it is split like any run-together head.
 */
export function isTitleThenHead(text: string): boolean {
  if (text.length > MAX_SPLIT_LENGTH) return false;
  const { t } = normalise(text.trim());
  const end = t.indexOf('表');
  if (end < 0) return false;
  const rest = t.slice(end + 1);
  const sentence = rest.indexOf('。');
  return findHits(sentence < 0 ? rest : rest.slice(0, sentence)).length >= 3;
}

/** Splits a run-together cell into tokens at labels, indicator names and operator-led values. */
export function splitRunTogether(text: string, line?: number, source?: string): Token[] {
  const raw = text.trim();
  const { t, at: map } = normalise(raw);
  const out: Token[] = [];
  const push = (kind: TokenKind, s: string) => {
    const v = s.trim();
    if (v === '' || out.length >= MAX_TOKENS_PER_CELL) return;
    out.push({
      kind,
      text: v,
      split: true,
      ...(line !== undefined ? { line } : {}),
      ...(source ? { source } : {}),
    });
  };
  // Tokens keep the text as written; labels were matched on the normalised text.
  const slice = (start: number, end: number) => original(raw, map, start, end);
  let at = 0;
  // A title the text opens with stays whole: 项目绩效目标表（2021年度）填报单位…
  const title = leadingTitle(t);
  if (title) {
    push('text', slice(0, title.length));
    at = title.length;
  }
  for (const [start, end, kind] of findHits(t, at)) {
    // 其中： before a part's label says only that it is a part.
    if (!/^\s*其中：?\s*$/.test(t.slice(at, start))) pushText(slice(at, start), push);
    push(kind, slice(start, end));
    at = end;
  }
  pushText(slice(at, t.length), push);
  return out;
}

/** The title at the start of run-together text (…表, with its bracketed note or year), or null. */
function leadingTitle(text: string): string | null {
  // Before 表 a title has words only: no value, operator or number (a value run into a title is no title).
  const m = /^[^=≥≤<>＝%\d]{2,60}?表(（[^）]{0,30}）|\d{4}年度?)*/u.exec(text);
  return m && titleKind(m[0]) ? m[0] : null;
}

/** Text between labels: split at spaces, and operator-led values (=300天, ≥95%) cut out of it. */
function pushText(text: string, push: (kind: TokenKind, s: string) => void): void {
  for (const part of joinSplitDecimals(text.split(/[ \t\u3000…]+/))) {
    let rest = part;
    // 20100社会公众…: a number run into the text after it (not 2023年底, a value with its words, nor a date
    // with a note after it: 2019年12月(计划标准)).
    const lead =
      isValueShaped(rest) || /^\d{4}年(?:\d{1,2}月)?/.test(rest)
        ? null
        : /^(\d[\d.,]*)(?=\p{Script=Han})/u.exec(rest);
    if (lead) {
      push('value', lead[1]!);
      rest = rest.slice(lead[1]!.length);
    }
    let guard = 0;
    while (rest.length > 0 && guard++ < MAX_TOKENS_PER_CELL) {
      const m = OP_BEFORE_NUMBER.exec(rest);
      if (!m) {
        push(isValueShaped(rest) ? 'value' : 'text', rest);
        break;
      }
      // A unit written before the operator (及时率%=99百分比) is dropped: the value carries its own.
      const before = rest.slice(0, m.index).replace(/[%‰]+$/, '');
      if (before) push('text', before);
      const v = valueAt(rest.slice(m.index));
      push('value', v);
      rest = rest.slice(m.index + v.length);
      // ≥1260公里1262公里危桥改造座数: a bare figure right after the marked one, with a unit and a name after it, is
      // the row's next value (its actual) with its unit — a cell of its own, not words opening the text after it.
      const next = bareFigureBeforeName(rest);
      if (next) {
        push('value', next);
        rest = rest.slice(next.length);
      }
    }
  }
}

/** A bare figure opening the text. */
const BARE_FIGURE = /^\d[\d,]*(?:\.\d+)?/;

/** The bare figure and its unit opening `text` where a name follows the unit (1262公里危桥…: 1262公里), or null. */
function bareFigureBeforeName(text: string): string | null {
  const figure = BARE_FIGURE.exec(text)?.[0];
  if (!figure) return null;
  const named = unitOpeningName(text.slice(figure.length));
  return named ? figure + named.unit : null;
}

/**
 * A PDF text layer breaks an amount inside its decimals (968.191 8 for 968.1918 万元): a decimal number followed
 * by a lone group of digits that completes it to four decimals (万元 to the yuan) is one number. A value and a
 * score (95.5 10) or two amounts (12.5 3.2) do not add up to four decimals and stay apart; nor does an amount
 * printed as the amount before it was (65.66 65.07 10 99%: a line prints its amounts to one number of
 * decimals, so 65.07 is whole and 10 the next cell, its 分值).
 */
export function joinSplitDecimals(parts: readonly string[]): string[] {
  const out: string[] = [];
  let printed: number | null = null;
  for (let k = 0; k < parts.length; k++) {
    const decimals = /^\d+\.(\d{2,3})$/.exec(parts[k]!)?.[1];
    const rest = parts[k + 1];
    if (
      decimals &&
      rest &&
      /^\d{1,2}$/.test(rest) &&
      decimals.length + rest.length === 4 &&
      printed !== decimals.length
    ) {
      out.push(parts[k]! + rest);
      printed = 4;
      k++;
      continue;
    }
    out.push(parts[k]!);
    const own = /^\d+\.(\d+)$/.exec(parts[k]!)?.[1];
    if (own) printed = own.length;
  }
  return out;
}

/** The operator-led value at the start of `text` with its unit: "=300天质量…" → "=300天". */
function valueAt(text: string): string {
  const m = OP_VALUE.exec(text);
  if (!m) return text;
  const after = text.slice(m[0].length);
  // (≥10组织实施率: a unit of one character that begins a word names open with is the next name's; =6万立方米: a
  // magnitude before a unit is the unit's, as a value prints it.)
  const scaled = /^[万千亿]/.test(after) ? VALUE_UNITS.find((u) => after.startsWith(u, 1)) : undefined;
  const plain = VALUE_UNITS.find((u) => after.startsWith(u)) ?? '';
  const found = scaled && scaled.length + 1 > plain.length ? after[0]! + scaled : plain;
  // (≤620万/月: a magnitude alone over the base a rate is counted per, short for 万元/月, is the unit too.)
  const over = found === '' && /^[万亿]/.test(after) ? PER_BASE.exec(after.slice(1))?.[0] : undefined;
  if (over !== undefined) return m[0] + after[0]! + over;
  const unit = found.length === 1 && opensName(after) ? '' : found;
  const base = unit
    ? (PER_BASE.exec(after.slice(unit.length))?.[0] ?? perUnitBase(after.slice(unit.length)))
    : '';
  return m[0] + unit + base;
}

/**
 * A base of two characters or more that is itself a unit, after a slash (元/公里, 元/平方米): the rate's, though a
 * name runs on after it (≤2400元/公里群众出行成本) — no name opens with a slash, and the unit's words end where the
 * unit does. Empty where no such unit follows.
 */
function perUnitBase(text: string): string {
  if (text[0] !== '/') return '';
  const unit = VALUE_UNITS.find(
    (u) => u.length >= 2 && /^\p{Script=Han}+$/u.test(u) && text.startsWith(u, 1),
  );
  return unit ? `/${unit}` : '';
}

/** A 指标值 on its own: ≥95%, 100%, 1600元/亩, 3500公斤, 2023年底, 85. */
export function isValueShaped(text: string): boolean {
  const t = /\s/.test(text) ? text.replace(/\s+/g, '') : text;
  if (t.length === 0 || t.length > 24) return false;
  if (OP_FIRST.test(t)) return /\d/.test(t);
  const m = NUMBER_FIRST.exec(t);
  if (!m) return false;
  const rest = t.slice(m[0].length);
  const unit = UNITS_BY_FIRST_CHAR.get(rest.charAt(0))?.find((u) => rest.startsWith(u));
  // 3500公斤, 2023年底, 95%以上: a unit and a few words after the number; not a sentence or a title.
  return (
    rest === '' ||
    (unit !== undefined && rest.length - unit.length <= 4) ||
    /^[\p{Script=Han}/%]{1,6}$/u.test(rest)
  );
}

/**
 * Splits fused cells of an indicator row written without separators ("预算执行率10%=100") into the name,
 * the numbers, the units and the operators, for a table that has weight, unit or operator columns.
 */
export function splitFusedRow(text: string): string[] {
  const parts: string[] = [];
  let at = 0;
  for (const m of text.matchAll(FUSED_PART)) {
    if (parts.length >= 64) break;
    const before = text.slice(at, m.index);
    if (before) parts.push(before);
    parts.push(m[0] === '％' ? '%' : m[0]);
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  // A unit written after a number stays with it unless an operator or another number follows.
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}
