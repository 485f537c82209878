// A target form's indicator table whose template numbers the rows under each level (目标1 目标2 目标3, or 1. 2. 3.
// 4.), run together in one paragraph as a document library's preview gives it: the template's words glued to each
// other (时效目标目标1, 目标2目标3成本目标目标1, 3.4.效益指标（…）1.), the values the unit filled in parted by spaces
// (目标1 免费开放时间 国家标准 每周不少于42小时). The numbered slots part the rows: a slot followed by a space holds
// an indicator — its name, then the columns after the name up to its value —; one glued to what follows was left
// empty. Text after a slot that is a level (ends in 目标 / 指标, a note in brackets allowed, or a level name) opens
// the next group; a term heading and the table's header again (本年度绩效指标 一级指标 …) open the next table;
// anything else ends the tables. The paragraph is cut into the text before the table, the tables' rows under a
// header of the lexicon's words (each after its term's heading, where the template gives one), and the text after.
import type { Term } from '@jixiao/core';
import type { Row } from '../rows/row.ts';
import { columnConcept, lexiconKey } from './lexicon.ts';
import { TABLE_SECTION_LABELS, type ColumnRole } from './lexicon-columns.ts';
import { isLevelName } from './level-names.ts';
import { termOfLabel } from './goals.ts';

/** A slot's number: 目标1, 指标2 — the word and one or two digits, no figure or unit after them. */
const WORD_SLOT = /(目标|指标)(\d{1,2})(?![\d.%％万个人次])/g;
/** 1. 2. 3.4.: a row's number with its point, no figure's decimals (0.8元), possibly one right after another. */
const NUMBER_SLOT = /(?<!\d)(\d{1,2})[.．](?=\D|\d{1,2}[.．])/g;

/** Words too common to head a column in running text (指标 of 绩效指标, 目标 of 总目标). */
const SECTIONS: ReadonlySet<string> = new Set([...TABLE_SECTION_LABELS, '指标', '目标', '值']);

/** The longest spelling of a column heading, in characters. */
const MOST_HEADING = 10;

interface Header {
  roles: ColumnRole[];
  start: number;
  end: number;
}

/** The indicator table's header: three or more column headings in a row, a name and a value among them. */
function findHeader(text: string): Header | null {
  for (let i = 0; i < text.length; i++) {
    const roles: ColumnRole[] = [];
    let at = i;
    for (;;) {
      let hit: { role: ColumnRole; end: number } | null = null;
      for (let n = Math.min(MOST_HEADING, text.length - at); n >= 2; n--) {
        const words = text.slice(at, at + n);
        // Headings are words without spaces; keying every slice would only fill the key cache.
        // (绩效指标 over the band is the table's section, not its name column.)
        const role = /[\s(（]/.test(words) || SECTIONS.has(words) ? null : columnConcept(words);
        if (role && role !== 'goal') {
          hit = { role, end: at + n };
          break;
        }
      }
      if (!hit) break;
      roles.push(hit.role);
      at = hit.end;
    }
    if (roles.length >= 3 && roles.includes('name') && roles.includes('value'))
      return { roles, start: i, end: at };
  }
  return null;
}

/** The words without their bracketed notes: 产出（工作量）指标（数量、质量…） → 产出指标. */
const withoutNotes = (key: string) => key.replace(/（[^（）]*）/g, '');

/** A level's words (时效目标, 效益经济效益目标, 产出（工作量）指标（…）): a level name, or words ending as a level does. */
function isLevelText(text: string): boolean {
  const key = withoutNotes(lexiconKey(text));
  return key.length <= 16 && (isLevelName(key) !== null || (key.length >= 4 && /(目标|指标)$/.test(key)));
}

/**
 * The level's words as 一级 and 二级: a 一级 they open with split off where the rest is a level (满意度指标 |
 * 服务对象满意度指标, 效益 | 经济效益目标); a 一级 alone (产出（工作量）指标（…）) has no 二级.
 */
function splitLevels(text: string): [string, string] {
  const key = lexiconKey(text);
  const bare = withoutNotes(key);
  // 成本目标 is a 二级 whole, though 成本指标 is a 一级 in one tree.
  if (isLevelName(bare) === 'level2') return ['', key];
  if (isLevelName(bare) === 'level1') return [key, ''];
  for (const withWord of [false, true])
    for (let n = Math.min(6, key.length - 2); n >= 2; n--) {
      const head = key.slice(0, n);
      const rest = key.slice(n);
      // (Not where the rest starts with the level's own word: 满意度 | 指标服务对象… cuts 满意度指标.)
      if (/^(指标|目标)/.test(rest)) continue;
      if (isLevelName(withWord ? `${head}指标` : head) === 'level1' && isLevelText(rest)) return [head, rest];
    }
  return ['', key];
}

/** The term a heading before a table's header gives (总目标绩效指标, 本年度绩效指标), or null. */
function termOf(heading: string): Term | null {
  const key = lexiconKey(heading);
  if (!/绩效(指标|目标)$/.test(key)) return null;
  return termOfLabel(key) ?? (/^总目标/.test(key) ? 'long' : null);
}

/** The row readers' heading for each column role. */
function headingOf(role: ColumnRole): string {
  switch (role) {
    case 'name':
      return '三级指标';
    case 'value':
      return '指标值';
    case 'basis':
      return '指标值确定依据';
    case 'unit':
      return '计量单位';
    case 'weight':
      return '分值';
    default:
      return '备注';
  }
}

/**
 * A filled slot's words placed under the columns after the levels, name first: the columns up to the value take
 * the words in order (the value the last where fewer were filled); words after the value are the slot's `tail`.
 */
function slotCells(parts: string[], columns: readonly ColumnRole[]): { cells: string[]; tail: string[] } {
  const cells = columns.map(() => '');
  const nameAt = columns.indexOf('name');
  const valueAt = columns.indexOf('value');
  cells[nameAt] = parts[0]!;
  const needed = valueAt - nameAt;
  if (parts.length - 1 >= needed) {
    for (let k = 1; k <= needed; k++) cells[nameAt + k] = parts[k]!;
    return { cells, tail: parts.slice(needed + 1) };
  }
  if (parts.length > 1) {
    cells[valueAt] = parts.at(-1)!;
    parts.slice(1, -1).forEach((p, k) => (cells[nameAt + 1 + k] = p));
  }
  return { cells, tail: [] };
}

/** The rows of a run-together paragraph holding numbered-slot tables, or null where it holds none. */
function slotRows(row: Row): Row[] | null {
  if (row.cells.length !== 1) return null;
  const text = row.cells[0]!;
  if (text.length < 40) return null;
  const header = findHeader(text);
  if (!header) return null;
  const body = text.slice(header.end);
  const words = [...body.matchAll(WORD_SLOT)];
  const slots = words.length >= 3 ? words : [...body.matchAll(NUMBER_SLOT)];
  if (slots.length < 3) return null;
  const columns = header.roles.filter((r) => r !== 'level1' && r !== 'level2');
  const line = row.line;
  const headerRow = (): Row => ({
    cells: ['一级指标', '二级指标', ...columns.map(headingOf)],
    table: true,
    line,
    confidence: 0.6,
  });
  const termRow = (heading: string): Row[] => {
    const term = termOf(heading);
    return term ? [{ cells: [term === 'long' ? '长期绩效指标' : '年度绩效指标'], table: false, line }] : [];
  };
  // The heading the first header follows (总目标绩效指标), at the end of the text before it.
  const before = text.slice(0, header.start);
  const lastWords = /[\p{Script=Han}]{4,12}$/u.exec(before.trim())?.[0] ?? '';
  const out: Row[] = [...termRow(lastWords), headerRow()];
  let level1 = '';
  let level2 = '';
  // A level written with a note on what it holds (产出（工作量）指标（数量、质量…）) is the level the note qualifies.
  const plain = (level: string) => (isLevelName(withoutNotes(level)) ? withoutNotes(level) : level);
  const setLevels = (words: string) => {
    const [l1, l2] = splitLevels(words);
    if (l1) level1 = plain(l1);
    level2 = plain(l2);
  };
  /** Text after a slot: the next group's level, or the next table's heading and header; false where it is neither. */
  const opens = (glued: string): boolean => {
    if (glued === '') return true;
    if (isLevelText(glued)) {
      setLevels(glued);
      return true;
    }
    const next = findHeader(glued);
    if (!next || next.roles.join() !== header.roles.join()) return false;
    out.push(...termRow(glued.slice(0, next.start)), headerRow());
    [level1, level2] = ['', ''];
    const levels = glued.slice(next.end).trim();
    return levels === '' || isLevelText(levels) ? (levels && setLevels(levels), true) : false;
  };
  // The words before the first slot: the first group's levels (投入 时效目标, 产出（工作量）指标（…）).
  const lead = body.slice(0, slots[0]!.index).trim().split(/\s+/).filter(Boolean);
  const leadLevels =
    (lead.length === 1 && isLevelText(lead[0]!)) ||
    (lead.length === 2 && lead[0]!.length <= 6 && isLevelText(lead[1]!));
  if (!leadLevels) return null;
  if (lead.length === 2) [level1, level2] = [lead[0]!, lead[1]!];
  else setLevels(lead[0]!);
  let end = body.length;
  let rows = 0;
  for (const [k, m] of slots.entries()) {
    const from = m.index + m[0].length;
    const to = slots[k + 1]?.index ?? body.length;
    const after = body.slice(from, to);
    let glued = after.trim();
    if (/^\s/.test(after) && glued !== '') {
      // A filled slot: its words up to the value; words after the value belong to what follows.
      const { cells, tail } = slotCells(glued.split(/\s+/), columns);
      out.push({ cells: [level1, level2, ...cells], table: true, line, confidence: 0.6 });
      rows++;
      glued = tail.join(' ');
      if (!opens(glued)) {
        end = body.indexOf(tail[0]!, from);
        break;
      }
      continue;
    }
    // An empty slot, and glued after it the next group's level, the next table, or nothing.
    if (!opens(glued)) {
      end = from;
      break;
    }
  }
  if (rows === 0) return null;
  // The first table's term heading is read as its row: no part of the text before it.
  const head = (termOf(lastWords) ? before.trim().slice(0, -lastWords.length) : before).trim();
  const rest = body.slice(end).trim();
  return [...(head ? [{ ...row, cells: [head] }] : []), ...out, ...(rest ? [{ ...row, cells: [rest] }] : [])];
}

/**
 * A slot number glued to a template word (目标1, 指标2), or a numbered point (1.2 …) later followed by 指标 with no
 * space between — what /(目标|指标)\d|\d[.．]\d{0,2}[.．]?\S*指标/ finds, written as looks that each run once:
 * the pattern ran \S* to the end of the spaceless run from every numbered point and backtracked, so a passage
 * joined into one cell, a figure like 1.2 in each sentence, took time growing with its square.
 */
export function hasSlotMark(cell: string): boolean {
  if (/(目标|指标)\d/.test(cell)) return true;
  // (\d{0,2}[.．]? are spaceless characters the \S* takes as well: a point, then 指标 later in its spaceless run)
  for (const run of cell.split(/\s+/)) {
    const point = run.search(/\d[.．]/);
    if (point >= 0 && run.includes('指标', point + 2)) return true;
  }
  return false;
}

/** The rows with each run-together numbered-slot table cut into its rows; others as they are. */
export function readGoalSlotRows(rows: Row[]): Row[] {
  // Cheap test first: a slot number glued to a template word, or two numbers with their points.
  if (!rows.some((r) => r.cells.length === 1 && hasSlotMark(r.cells[0]!))) return rows;
  return rows.flatMap((r) => slotRows(r) ?? [r]);
}
