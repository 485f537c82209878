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
/** The value a slot ends with: a figure and its unit (15%, 990元, 100%), after 是 / 为 if the name says so. */
const TRAILING_VALUE =
  /^(.*?[^\d.])(?:是|为|达到)?((?:[≥≤><＞＜=≧≦]|不低于|不高于|不少于)?\d+(?:\.\d+)?\s*(?:%|％|\p{Script=Han}{1,4}(?:\/\p{Script=Han}{1,2})?)?(?:以上|以下|以内)?|\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:前|底前|以前)?)$/u;
/** (name)value or (name):value — the name in brackets, the value after it. */
const BRACKETED = /^[(（]([^()（）]{2,40})[)）]\s*[:：]?\s*(.*)$/s;
/** name:value or name：value — the name before the colon (no bracket of its own), the value after it. */
const COLON_PARTED = /^([^:：()（）]{2,40})[:：]\s*(\S.*)$/su;
/** name为value / name是value / name达到value — a value after the first such word (not 是否), short as values are. */
const VERB_PARTED = /^(.{2,40}?)(?:为|达到|是(?!否))(.{1,20})$/su;
/** The numberings of a list's slots: 指标1, 1. / 1．, 1、, (1) / （1）, each with the pattern of its n-th mark. */
const NUMBERINGS: ReadonlyArray<(n: number) => string> = [
  (n) => `指标\\s*${n}(?!\\d)`,
  (n) => `(?<!\\d)${n}[.．](?!\\d)`,
  (n) => `(?<!\\d)${n}、`,
  (n) => `[(（]${n}[)）]`,
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
  const mark = NUMBERINGS.find((m) => new RegExp(`^${m(1)}`).test(list));
  if (mark === undefined) return null;
  const parts = numberedParts(list, mark);
  if (parts.length < fewest) return null;
  return { level1: filled[at]!, slots: parts.map(slotOf) };
}

/** A cell that may open such a list: its first slot's number. */
const OPENS_LIST = /^(?:指标\s*1|1[.．、]|[(（]1[)）])(?!\d)/;

/** The texts of 指标1, 指标2, … (or 1. 2. …) in order: a slot is cut only where the next number follows. */
function numberedParts(text: string, mark: (n: number) => string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let n = 1; ; n++) {
    const here = text.slice(from).search(new RegExp(mark(n)));
    if (here !== 0 && n === 1) return [];
    const next = text.slice(from + 1).search(new RegExp(mark(n + 1)));
    const end = next < 0 ? text.length : from + 1 + next;
    const body = text
      .slice(from, end)
      .replace(new RegExp(`^${mark(n)}`), '')
      .replace(TAIL, '')
      .trim();
    if (body !== '') parts.push(body);
    if (next < 0) return parts;
    from = end;
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
  const m = VERB_PARTED.exec(text) ?? TRAILING_VALUE.exec(text);
  return m ? { level2: '', name: m[1]!.trim(), value: m[2]!.trim() } : { level2: '', name: text, value: '' };
}
