// A target form's indicator table whose template numbers the rows under each 二级 (目标1 目标2 目标3, 指标1 …),
// run together in one paragraph as a document library's preview gives it: the template's words glued to each
// other (时效目标目标1, 目标2目标3成本目标目标1), the values the unit filled in parted by spaces
// (目标1 免费开放时间 国家标准 每周不少于42小时). The numbered slots part the rows: a slot followed by a space holds
// an indicator (its name, then the columns after the name, its value last); one glued to what follows was left
// empty. Text glued after a slot that ends in 目标 / 指标 or is a level name is the next group's level; anything
// else ends the table. The paragraph is cut into the text before the table, the table's rows under a header of
// the lexicon's words, and the text after it.
import type { Row } from '../rows/row.ts';
import { columnConcept, lexiconKey, type ColumnRole } from './lexicon.ts';
import { isLevelName } from './level-names.ts';

/** A slot's number: 目标1, 指标2 — the word and one or two digits, no unit after them. */
const SLOT = /(目标|指标)(\d{1,2})(?![\d.%％万个人次])/g;

/** The longest spelling of a column heading, in characters. */
const MOST_HEADING = 10;

/** The indicator table's header: three or more column headings in a row, a name and a value among them. */
function findHeader(text: string): { roles: ColumnRole[]; start: number; end: number } | null {
  for (let i = 0; i < text.length; i++) {
    const roles: ColumnRole[] = [];
    let at = i;
    for (;;) {
      let hit: { role: ColumnRole; end: number } | null = null;
      for (let n = Math.min(MOST_HEADING, text.length - at); n >= 2; n--) {
        const words = text.slice(at, at + n);
        // Headings are words without spaces; keying every slice would only fill the key cache.
        const role = /[\s(（]/.test(words) ? null : columnConcept(words);
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

/** A level's words (时效目标, 效益经济效益目标, 产出指标): a level name, or words ending as a template's level does. */
function isLevelText(text: string): boolean {
  const key = lexiconKey(text);
  return key.length <= 16 && (isLevelName(key) !== null || (key.length >= 4 && /(目标|指标)$/.test(key)));
}

/** A 一级 the level's words open with (效益 | 经济效益目标, 产出 | 数量目标): split off where the rest is a level. */
function splitLevels(text: string): [string, string] {
  const key = lexiconKey(text);
  // 成本目标 is a 二级 whole, though 成本指标 is a 一级 in one tree.
  if (isLevelName(key) === 'level2') return ['', key];
  for (let n = 2; n <= 5 && n < key.length - 1; n++) {
    const head = key.slice(0, n);
    const rest = key.slice(n);
    if ((isLevelName(head) === 'level1' || isLevelName(`${head}指标`) === 'level1') && isLevelText(rest))
      return [head, rest];
  }
  return ['', key];
}

/** The cells of one filled slot placed under the columns after the levels: name first, value last. */
function slotCells(parts: string[], roles: readonly ColumnRole[]): string[] {
  const cells = roles.map(() => '');
  const nameAt = roles.indexOf('name');
  const valueAt = roles.indexOf('value');
  if (parts.length === 1) {
    cells[nameAt] = parts[0]!;
    return cells;
  }
  cells[valueAt] = parts.at(-1)!;
  const middle = roles.flatMap((r, c) =>
    c > nameAt && c !== valueAt && r !== 'level1' && r !== 'level2' ? [c] : [],
  );
  const between = parts.slice(1, -1);
  // More parts than columns: the extra words are the name's (a name the copy spaced).
  const extra = Math.max(0, between.length - middle.length);
  cells[nameAt] = [parts[0]!, ...between.slice(0, extra)].join(' ');
  between.slice(extra).forEach((p, k) => (cells[middle[k]!] = p));
  return cells;
}

/** The rows of a run-together paragraph holding a numbered-slot table, or null where it holds none. */
function slotRows(row: Row): Row[] | null {
  if (row.cells.length !== 1) return null;
  const text = row.cells[0]!;
  if (text.length < 40) return null;
  const header = findHeader(text);
  if (!header) return null;
  const body = text.slice(header.end);
  const slots = [...body.matchAll(SLOT)];
  if (slots.length < 3) return null;
  // The columns the template's headings name after the levels; the levels come first in the rows built.
  const columns = header.roles.filter((r) => r !== 'level1' && r !== 'level2');
  const headerCells = ['一级指标', '二级指标', ...columns.map(headingOf)];
  const out: Row[] = [];
  let level1 = '';
  let level2 = '';
  const setLevels = (words: string) => {
    const [l1, l2] = splitLevels(words);
    if (l1) level1 = l1;
    level2 = l2;
  };
  // The words before the first slot: the first group's levels (投入 时效目标).
  // (The 一级 may be a word of the template's own, 投入, apart from the 二级 by a space.)
  const lead = body.slice(0, slots[0]!.index).trim().split(/\s+/).filter(Boolean);
  if (lead.length === 0 || lead.length > 2 || !isLevelText(lead.at(-1)!) || lead[0]!.length > 6) return null;
  if (lead.length === 2) [level1, level2] = [lead[0]!, lead[1]!];
  else setLevels(lead[0]!);
  let end = body.length;
  for (const [k, m] of slots.entries()) {
    const from = m.index + m[0].length;
    const to = slots[k + 1]?.index ?? body.length;
    const after = body.slice(from, to);
    if (/^\s/.test(after)) {
      // A filled slot: the space-parted words up to the next slot.
      const cells = slotCells(after.trim().split(/\s+/), columns);
      out.push({ cells: [level1, level2, ...cells], table: true, line: row.line, confidence: 0.6 });
      continue;
    }
    // An empty slot, and glued after it the next group's level, or nothing.
    const glued = after.trim();
    if (glued === '') continue;
    if (isLevelText(glued)) setLevels(glued);
    else {
      // Text that names no level: the table ended with the slot before it.
      end = from;
      break;
    }
  }
  if (out.length === 0) return null;
  const before = text.slice(0, header.start).trim();
  const rest = body.slice(end).trim();
  return [
    ...(before ? [{ ...row, cells: [before] }] : []),
    { cells: headerCells, table: true, line: row.line, confidence: 0.6 },
    ...out,
    ...(rest ? [{ ...row, cells: [rest] }] : []),
  ];
}

/** A heading the row readers know for each column role. */
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

/** The rows with each run-together numbered-slot table cut into its rows; others as they are. */
export function readGoalSlotRows(rows: Row[]): Row[] {
  // Cheap test first: a slot number glued to a template word.
  if (!rows.some((r) => r.cells.length === 1 && /(目标|指标)\d/.test(r.cells[0]!))) return rows;
  return rows.flatMap((r) => slotRows(r) ?? [r]);
}
