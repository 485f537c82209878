// A form whose indicators a band's one cell lists, numbered (湖南's 2017 部门整体支出绩效目标申报表): a row
// 产出指标 | 指标1部门重点支出占部门整体支出的比例是15%: 指标2… 指标7(重点工作办结率)100%: …… under the
// band's label, and 效益指标 | 指标1(经济效益):预计收费4000元 指标2(社会效益):… . Each numbered slot is an
// indicator: its name and the value it ends with (after 是 / 为, or after the name's brackets), or a bracketed
// 二级 and what its colon says. The rows are written again as the indicator table the form reader reads: a
// header, then one row per slot under its 一级.
// — h-templates40: the slots numbered as a list is (1. 1、 (1) as well as 指标1), a name and its value parted by a
// colon, or by 为 / 是 before a worded value (满意度为满意), as people fill such a cell.
import { isLevel1Name, isLevel2Name } from '@jixiao/core';
import type { Row } from '../rows/row.ts';
import { isBlankCell, oneLine } from '../rows/clean-cell.ts';

/** Fewest slots a cell must number for its list to be read: one 指标1 is a name like any other. */
const MIN_SLOTS = 2;
/** The longest cell looked at: a list of a band's indicators is a paragraph, not a page. */
const MAX_CELL = 3000;
/** A date (2025年, 2025年12月, 2025年12月31日) a slot's value may be or open and close a span with. */
const DATE = String.raw`\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?`;
/**
 * The value a slot ends with: a figure and its unit (15%, 990元, 100%), after 是 / 为 if the name says so; a unit
 * per one thing or more (780元/生/年, 17元/人.每天) or in letters (80M, 5km); a comparator of two signs (<=6962人);
 * a date or a span of two (2020年1月--2020年11月).
 */
const TRAILING_VALUE = new RegExp(
  String.raw`^(.*?[^\d.])(?:是|为|达到)?((?:>=|<=|[≥≤><＞＜=≧≦]|不低于|不高于|不少于)?\d+(?:\.\d+)?\s*(?:%|％|[A-Za-z²³]{1,5}|\p{Script=Han}{1,4}(?:[/／.][\p{Script=Han}]{1,2}){0,3})?(?:以上|以下|以内)?|${DATE}(?:\s*(?:-+|—+|－+|~|～|至|到)\s*${DATE})?(?:前|底前|以前)?)$`,
  'u',
);
/** (name)value or (name):value — the name in brackets, the value after it. */
const BRACKETED = /^[(（]([^()（）]{2,40})[)）]\s*[:：]?\s*(.*)$/s;
/** name:value or name：value — the name before the colon (no bracket of its own), the value after it. */
const COLON_PARTED = /^([^:：()（）]{2,40})[:：]\s*(\S.*)$/su;
/** A word that parts a name from its value: 为, 是 (not 是否), 达到. */
const PARTING_VERB = /为|达到|是(?!否)/gu;
/** The longest value after such a word: values are short, a name's sentence goes on. */
const MAX_VERB_VALUE = 20;
/** The longest name before such a word. */
const MAX_VERB_NAME = 40;
/**
 * An 以 a 为 after it closes (以资金的使用进度为衡量标准): 以…为 makes the name's own phrase, so that 为 parts no value.
 * Not 以上 / 以下 / 以内 / 以前 / 以后 / 以来, nor 可以 / 予以 / 所以 / 难以 / 得以 / 加以, whose 以 opens no such phrase.
 */
const OPEN_YI = /(?<![可予所难得加足])以(?![上下内前后来])[^为是]*$/u;
/** Where a loose mark may stand: the cell's start, or after a space or a mark parting two slots. */
const PARTED = '(?<=^|[\\s;；,，。])';
/**
 * The numberings of a list's slots: 指标1, 1. / 1．, 1、, (1) / （1）, each with the pattern of its n-th mark — strict
 * (no digit after it) and loose (a name opening with figures, 指标27 岁以下儿童… or 1.12350安全生产…, read where no
 * strict mark is found: after the cell's start or a mark parting two slots, never a colon before a value's 2.5).
 */
const NUMBERINGS: ReadonlyArray<{ strict: (n: number) => string; loose: (n: number) => string }> = [
  { strict: (n) => `指标\\s*${n}(?!\\d)`, loose: (n) => `${PARTED}指标\\s*${n}` },
  { strict: (n) => `(?<!\\d)${n}[.．](?!\\d)`, loose: (n) => `${PARTED}${n}[.．]` },
  { strict: (n) => `(?<!\\d)${n}、`, loose: (n) => `(?<!\\d)${n}、` },
  { strict: (n) => `[(（]${n}[)）]`, loose: (n) => `[(（]${n}[)）]` },
];
/** What a template leaves after its last slot or a slot's end: …… and the colon parting slots. */
const TAIL = /[\s:：;；,，。]*(?:…+|\.{3,})?[\s:：;；,，。]*$/u;

interface Slot {
  level2: string;
  name: string;
  value: string;
}

/** The rows with each band row listing numbered indicators in one cell written as an indicator table. */
export function readNumberedIndicatorCells(rows: Row[]): Row[] {
  // A band's row that numbers one indicator only (指标1服务对象满意度95%) is read where the band's rows number two or
  // more together: alone, one numbered name is a name like any other.
  const slots = rows.reduce((n, row) => n + (listedIndicators(row, 1)?.slots.length ?? 0), 0);
  if (slots < MIN_SLOTS) return rows;
  let found = false;
  const out: Row[] = [];
  for (const row of rows) {
    const listed = listedIndicators(row, 1);
    if (listed === null) {
      out.push(row);
      continue;
    }
    if (!found) {
      out.push({ ...row, cells: ['一级指标', '二级指标', '三级指标', '指标值'] });
      found = true;
    }
    for (const s of listed.slots)
      out.push({ ...row, cells: [listed.level1, s.level2, s.name, s.value], table: true });
  }
  return found ? out : rows;
}

/** The 一级 a row names and the slots its next cell numbers, or null for any other row. */
function listedIndicators(row: Row, fewest: number): { level1: string; slots: Slot[] } | null {
  // Asked of every row: only a row with a cell opening with 指标 can hold such a list.
  if (!row.table || !row.cells.some((c) => OPENS_LIST.test(c.trimStart().normalize('NFKC')))) return null;
  // Full-width figures and marks (１．, ：, ９５％) read as the ASCII ones a list's numbers and values are matched by.
  const filled = row.cells.map((c) => oneLine(c).normalize('NFKC')).filter((c) => !isBlankCell(c));
  const at = filled.findIndex((c) => isLevel1Name(c));
  // The list is the row's last cell: a numbered name with its value in a cell after it is a table's row.
  const list = at >= 0 && at + 2 === filled.length ? filled[at + 1] : undefined;
  if (list === undefined || list.length > MAX_CELL) return null;
  const mark = NUMBERINGS.find((m) => new RegExp(`^(?:${m.strict(1)}|${m.loose(1)})`).test(list));
  if (mark === undefined) return null;
  const parts = numberedParts(list, mark);
  if (parts.length < fewest) return null;
  return { level1: filled[at]!, slots: parts.map(slotOf) };
}

/** A cell that may open such a list: its first slot's number. */
const OPENS_LIST = /^(?:指标\s*1|1[.．、]|[(（]1[)）])/;

/** Where the n-th mark stands in the text (strict before loose), and how long it is; null where it is not. */
function markAt(
  text: string,
  mark: (typeof NUMBERINGS)[number],
  n: number,
): { at: number; length: number } | null {
  for (const pattern of [mark.strict(n), mark.loose(n)]) {
    const m = new RegExp(pattern, 'u').exec(text);
    if (m) return { at: m.index, length: m[0].length };
  }
  return null;
}

/** The texts of 指标1, 指标2, … (or 1. 2. …) in order: a slot is cut only where the next number follows. */
function numberedParts(text: string, mark: (typeof NUMBERINGS)[number]): string[] {
  const parts: string[] = [];
  let here = markAt(text, mark, 1);
  if (here === null || here.at !== 0) return [];
  let from = 0;
  for (let n = 1; ; n++) {
    const rest = text.slice(from + here.length);
    const next = markAt(rest, mark, n + 1);
    const body = (next === null ? rest : rest.slice(0, next.at)).replace(TAIL, '').trim();
    if (body !== '') parts.push(body);
    if (next === null) return parts;
    from += here.length + next.at;
    here = next;
  }
}

/** A slot's 二级 (a bracketed level name), its name and its value. */
function slotOf(text: string): Slot {
  const bracketed = BRACKETED.exec(text);
  if (bracketed) {
    const name = bracketed[1]!.trim();
    const level2 = isLevel2Name(name) ? name : isLevel2Name(`${name}指标`) ? `${name}指标` : '';
    return { level2, name, value: bracketed[2]!.trim() };
  }
  const colon = COLON_PARTED.exec(text);
  if (colon) return { level2: '', name: colon[1]!.trim(), value: colon[2]!.trim() };
  // After 是 / 为 the whole rest is the value, figures in it or not (是补助资金及时到位100%).
  const verb = verbParted(text);
  if (verb) return { level2: '', ...verb };
  const m = TRAILING_VALUE.exec(text);
  return m ? { level2: '', name: m[1]!.trim(), value: m[2]!.trim() } : { level2: '', name: text, value: '' };
}

/**
 * name为value / name是value / name达到value: the name before the first such word that parts a value of a value's
 * length, the rest the value; null where none does. A 为 closing the name's 以…为 phrase parts the value only where
 * no later word does (以报告的进度衡量标准为全部完成 has no other).
 */
function verbParted(text: string): { name: string; value: string } | null {
  let closingYi: { name: string; value: string } | null = null;
  for (const m of text.matchAll(PARTING_VERB)) {
    const name = text.slice(0, m.index);
    const value = text.slice(m.index + m[0].length);
    if (name.length > MAX_VERB_NAME) break;
    if (name.length < 2 || value.length < 1 || value.length > MAX_VERB_VALUE) continue;
    const split = { name: name.trim(), value: value.trim() };
    if (m[0] !== '为' || !OPEN_YI.test(name)) return split;
    closingYi ??= split;
  }
  return closingYi;
}
