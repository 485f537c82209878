// A table listing several projects' targets copied with one space between cells (项目名称 项目单位 预算数 年度绩效目标
// 一级指标 … 目标值 计量单位 分值): each row arrives as one line, its empty cells gone. The header's words are cut
// apart; each row's words are placed from the right by what they are (分值 a number, 计量单位 a unit, 目标值 a figure,
// 指标方向 / 指标性质 their words) and the rest right-aligned under the name and the columns before it, so a
// project's first row fills the project's own cells too. A 定性 row whose 目标值 and 分值 the copy put on lines of
// their own takes them back. The project-list reader then reads the rows as cut.
import type { Row } from '../rows/row.ts';
import { isBlankCell } from '../rows/clean-cell.ts';
import { indicatorColumnOf } from './evaluation-lexicon.ts';
import { COMPARATOR_WORD, isOperatorCell, levelLabel } from './evaluation-cells.ts';
import { isUnitText } from './unit-gloss.ts';

/** The columns a list gives each project before its indicators. */
const PROJECT_COLUMN =
  /^(项目名称|项目单位|单位名称|预算单位|项目类别|项目类型|预算数|预算金额|年度绩效目标|年度目标|绩效目标)$/;

/** The most words a row holds: its columns and no sentence cut at its spaces. */
const MAX_WORDS = 16;

type Concept = 'project' | 'level1' | 'level2' | 'name' | 'op' | 'target' | 'unit' | 'weight';

const words = (text: string) => text.trim().split(/[ \u3000]+/);
const SPACED = /[ \u3000]/;

function conceptOf(word: string): Concept | null {
  if (PROJECT_COLUMN.test(word)) return 'project';
  const c = indicatorColumnOf(word);
  return c === 'level1' ||
    c === 'level2' ||
    c === 'name' ||
    c === 'op' ||
    c === 'target' ||
    c === 'unit' ||
    c === 'weight'
    ? c
    : null;
}

/** The header's columns, when the line names the projects' columns before the three levels and a value. */
function listHeader(text: string): Concept[] | null {
  // Six words at least, so five spaces between them: a line without one is turned away before it is cut.
  if (!SPACED.test(text)) return null;
  const ws = words(text);
  if (ws.length < 6 || ws.length > MAX_WORDS) return null;
  const concepts = ws.map(conceptOf);
  if (concepts.some((c) => c === null)) return null;
  const at = (c: Concept) => concepts.indexOf(c);
  if (at('project') !== 0 || at('level1') < 0 || at('level2') < 0 || at('name') < 0 || at('target') < 0)
    return null;
  return at('level1') < at('level2') && at('level2') < at('name') ? (concepts as Concept[]) : null;
}

/** Whether a word can stand in a value column of that kind. */
function fits(concept: Concept, word: string): boolean {
  switch (concept) {
    case 'weight':
      return /^\d+(\.\d+)?$/.test(word);
    case 'unit':
      return !/\d/.test(word) && isUnitText(word);
    case 'target':
      return /\d/.test(word);
    case 'op':
      return isOperatorCell(word) || COMPARATOR_WORD.test(word);
    default:
      return false;
  }
}

/** A row's words placed under the header's columns, or null where no word fits a value column. */
function placeRow(ws: readonly string[], header: readonly Concept[]): string[] | null {
  const cells = header.map(() => '');
  const nameAt = header.indexOf('name');
  let j = ws.length - 1;
  for (let c = header.length - 1; c > nameAt && j >= 0; c--)
    if (fits(header[c]!, ws[j]!)) cells[c] = ws[j--]!;
  const placed = cells.some((c) => c !== '');
  // What is left is the name and, before it, the levels and the project's own cells, right-aligned.
  const rest = ws.slice(0, j + 1);
  if (rest.length === 0 || rest.length > nameAt + 1) return null;
  rest.forEach((w, k) => (cells[nameAt - (rest.length - 1) + k] = w));
  // 产出指标（50分） 车辆购置成本: a 一级 written right before the name stands in its own column.
  const level1At = header.indexOf('level1');
  const level2At = header.indexOf('level2');
  if (rest.length === 2 && cells[level2At] !== '' && levelLabel(cells[level2At]!)?.alsoLevel2 === false) {
    cells[level1At] = cells[level2At]!;
    cells[level2At] = '';
  }
  return placed || rest.length >= 2 ? cells : null;
}

/** The row's one filled cell, trimmed; null when it has none or several (no array built: asked of every row). */
function soleFilled(row: Row): string | null {
  let sole: string | null = null;
  for (const c of row.cells) {
    if (isBlankCell(c)) continue;
    if (sole !== null) return null;
    sole = c;
  }
  return sole === null ? null : sole.trim();
}

/** The rows with a project-list table written one spaced line a row cut into its columns. */
export function readSpacedProjectList(rows: readonly Row[]): Row[] {
  // Nothing changes before the list's header line: a document without one comes back as it was (a copy).
  let from = 0;
  while (from < rows.length && !headsList(rows[from]!)) from++;
  if (from === rows.length) return [...rows];
  const out: Row[] = rows.slice(0, from);
  let header: Concept[] | null = null;
  for (const row of rows.slice(from)) {
    const text = soleFilled(row);
    if (text === null) {
      header = null;
      out.push(row);
      continue;
    }
    const heading = listHeader(text);
    if (heading) {
      header = heading;
      out.push({ ...row, cells: words(text), table: true });
      continue;
    }
    if (!header) {
      out.push(row);
      continue;
    }
    const ws = words(text);
    const last = out.at(-1)!;
    // 长期 / 15 under a 定性 row: its 目标值, then its 分值, each on a line of its own.
    if (ws.length === 1 && last.table) {
      const target = header.indexOf('target');
      const weight = header.indexOf('weight');
      const cells = [...last.cells];
      if (cells[target] === '' && cells[weight] === '') cells[target] = ws[0]!;
      else if (weight >= 0 && cells[weight] === '' && fits('weight', ws[0]!)) cells[weight] = ws[0]!;
      else {
        header = null;
        out.push(row);
        continue;
      }
      out[out.length - 1] = { ...last, cells };
      continue;
    }
    const cells = ws.length <= MAX_WORDS ? placeRow(ws, header) : null;
    if (!cells) {
      header = null;
      out.push(row);
      continue;
    }
    out.push({ ...row, cells, table: true });
  }
  return out;
}

/** The row is a list's header line (the loop above reads it as one). */
function headsList(row: Row): boolean {
  const text = soleFilled(row);
  return text !== null && listHeader(text) !== null;
}
