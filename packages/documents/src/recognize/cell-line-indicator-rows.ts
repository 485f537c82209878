// An indicator table a PDF's text layer wrote one cell a line with its merged cells dropped (fresh/642: 一级指标 /
// 二级指标 / 三级指标 / 年度(/项目)指标值, then 产出指标 / 数量指标 / 道路建设长度 / 985米 / 质量指标 / 项目验收达标率 / …):
// each row is the levels it opens, then the indicator's name and its value. A level's name wrapped in its narrow
// cell comes as pieces (社会效益 / 指标, 服务对象 / 满意度指 / 标) and is whole again when its pieces make a level's
// name. A text layer keeping each row on a line writes its cells parted by single spaces instead (fresh/641), the
// pieces of a label wrapped in a tall cell on lines of their own between the rows. The run is rebuilt as table rows — the header, then level 1 | level 2 | name | value, a level left empty
// where the row goes on under the one above — so the readers after take it as any table.
import type { Row } from '../rows/row.ts';
import { soleTrimmedCell } from './row-helpers.ts';
import { levelLabel } from './evaluation-cells.ts';
import { indicatorColumnOf } from './evaluation-lexicon.ts';
import { isValueShaped } from './tokenize.ts';

/** A figure, half- or full-width (a copy may write ２０万元). */
const FIGURE = /[\d０-９]/;

/** The most characters a piece of a wrapped level name holds (社会效益, 满意度指). */
const MOST_PIECE = 6;
/** The longest qualitative value taken without a figure (可控, 及时, 提升, 健全). */
const MOST_WORD_VALUE = 4;
/** The longest line taken as an indicator's name. */
const MOST_NAME = 30;

/** A line of one text and nothing else, as a text layer gives each cell. */
const lineText = (row: Row | undefined): string | null =>
  row && !row.table && row.cells.length === 1 ? soleTrimmedCell(row) : null;

/** A header line: a column the indicator table names (一级指标, 三级指标), or its value column (…指标值). */
const headerColumn = (text: string) => indicatorColumnOf(text) ?? (/指标值$/.test(text) ? 'target' : null);

/**
 * A header of levels and a name, then one value column: the only shape whose rows a value line ends without doubt (a
 * 完成值 beside the 指标值 leaves one value a row to two columns — the lines variant of wide/500).
 */
function levelsThenTarget(header: readonly string[]): boolean {
  return (
    header.length >= 3 &&
    /^target/.test(headerColumn(header.at(-1)!) ?? '') &&
    header.slice(0, -1).every((h) => /^(level1|level2|name)$/.test(headerColumn(h) ?? ''))
  );
}

/** The level a run of one to three lines names when their pieces are put together: the level and the count. */
function levelAt(rows: readonly Row[], k: number): { level: 1 | 2; name: string; count: number } | null {
  let text = '';
  const found: Array<{ level: 1 | 2; name: string; count: number }> = [];
  for (let n = 1; n <= 3; n++) {
    const piece = lineText(rows[k + n - 1]);
    if (piece === null || piece.length > MOST_PIECE + (n === 1 ? 4 : 0) || FIGURE.test(piece)) break;
    text += piece;
    const level = levelLabel(text);
    if (level) found.push({ level: level.level, name: level.name, count: n });
  }
  // The longest whole name: 服务对象 / 满意度指 / 标 rather than a shorter run that happens to read as one.
  return found.at(-1) ?? null;
}

const isValue = (text: string | null): text is string =>
  text !== null &&
  headerColumn(text) === null &&
  levelLabel(text) === null &&
  (isValueShaped(text) || (text.length <= MOST_WORD_VALUE && !FIGURE.test(text)));

/** The run's rows from the header at `start` (header lines already counted), or null where too few indicators. */
function readRun(rows: readonly Row[], start: number, header: string[]): { out: Row[]; end: number } | null {
  const out: Row[] = [{ cells: header, table: true, line: rows[start]!.line }];
  let k = start + header.length;
  let level1 = '';
  let level2 = '';
  let indicators = 0;
  while (k < rows.length) {
    const level = levelAt(rows, k);
    if (level) {
      if (level.level === 1) [level1, level2] = [level.name, ''];
      else level2 = level.name;
      k += level.count;
      continue;
    }
    const name = lineText(rows[k]);
    const value = lineText(rows[k + 1]);
    if (name === null || name.length > MOST_NAME || isValue(name) || !isValue(value)) break;
    out.push({ cells: [level1, level2, name, value], table: true, line: rows[k]!.line });
    // The levels a row opens are merged over the rows under it: written once.
    level1 = '';
    level2 = '';
    indicators++;
    k += 2;
  }
  // Read to the table's end or not at all: a value where the reading stopped is a row it could not tell.
  if ([lineText(rows[k]), lineText(rows[k + 1])].some((t) => t !== null && isValueShaped(t))) return null;
  return indicators >= 2 ? { out, end: k } : null;
}

/** The most lines of a wrapped label's pieces (绩效 / 指标, 服务对象满意度) passed over between rows. */
const MOST_PIECES = 3;

/** A header written on one line, its cells parted by single spaces (一级指标 二级指标 三级指标 年度(/项目)指标值). */
function spacedHeader(text: string): string[] | null {
  const parts = text.split(/\s+/);
  return headerColumn(parts[0]!) === 'level1' && levelsThenTarget(parts) ? parts : null;
}

/**
 * The rows under a header written on one line, each row a line of cells parted by single spaces (fresh/641: 产出指标
 * 质量指标 违法建筑销项正确率 =100.00(%)): its leading level names, then a name and a value; a short piece of a
 * wrapped label on a line of its own (绩效 / 指标) is passed over.
 */
function readSpacedRun(
  rows: readonly Row[],
  start: number,
  header: string[],
): { out: Row[]; end: number } | null {
  const out: Row[] = [{ cells: header, table: true, line: rows[start]!.line }];
  let k = start + 1;
  let pieces = 0;
  let before = '';
  let indicators = 0;
  for (; k < rows.length; k++) {
    const text = lineText(rows[k]);
    if (text === null) break;
    const parts = text.split(/\s+/);
    const levels: string[] = ['', ''];
    let at = 0;
    while (at < parts.length - 2) {
      const level = levelLabel(parts[at]!);
      if (!level) break;
      levels[level.level - 1] = level.name;
      at++;
    }
    const [name, value, ...rest] = parts.slice(at);
    if (name !== undefined && rest.length === 0 && !isValue(name) && isValue(value ?? null)) {
      // A level cell wrapped around the row's line: its first piece above the row, its end below it (服务对象满意度 /
      // 满意度指标 群众满意度 ≥90.00(%) / 指标) — the row's own level, the piece below taken with it.
      const after = lineText(rows[k + 1]);
      const around = before && after && !FIGURE.test(after) ? levelLabel(before + after) : null;
      if (around && levels[around.level - 1] === '') {
        levels[around.level - 1] = around.name;
        k++;
      }
      out.push({ cells: [...levels, name, value!], table: true, line: rows[k]!.line });
      indicators++;
      pieces = 0;
      before = '';
      continue;
    }
    if (parts.length === 1 && text.length <= 8 && !FIGURE.test(text) && pieces < MOST_PIECES) {
      pieces++;
      before += text;
      continue;
    }
    break;
  }
  // The table read to its end, or not at all: a row still holding a figure where the reading stopped (成本指标 20万元
  // 100%, a name the reading cannot tell; 质量指标 补助款结算误差率 ≤ 3 %, a value parted by spaces) is left with the rows
  // before it to the readers after (wide/523, the narrow layout's variants); so is one shaped as a row, three cells or
  // more or a level first (打造…系列品牌赛事 影响可持续: a value longer than a word).
  const stop = lineText(rows[k]);
  const stopParts = stop?.split(/\s+/) ?? [];
  if (stop !== null && (FIGURE.test(stop) || stopParts.length >= 3 || levelLabel(stopParts[0]!) !== null))
    return null;
  return indicators >= 2 ? { out, end: k - pieces } : null;
}

/** The rows with each indicator table written one row a line, cells parted by single spaces, rebuilt as table rows. */
export function readSpacedIndicatorRows(rows: Row[]): Row[] {
  let out: Row[] | null = null;
  for (let k = 0; k < rows.length; k++) {
    const first = lineText(rows[k]);
    const header = first === null ? null : spacedHeader(first);
    const run = header ? readSpacedRun(rows, k, header) : null;
    if (!run) {
      out?.push(rows[k]!);
      continue;
    }
    out ??= rows.slice(0, k);
    out.push(...run.out);
    k = run.end - 1;
  }
  return out ?? rows;
}

/** The rows with each one-cell-a-line indicator table rebuilt as table rows. */
export function readCellLineIndicatorRows(rows: Row[]): Row[] {
  let out: Row[] | null = null;
  for (let k = 0; k < rows.length; k++) {
    const first = lineText(rows[k]);
    if (first === null || headerColumn(first) !== 'level1') {
      out?.push(rows[k]!);
      continue;
    }
    const header: string[] = [];
    while (header.length < 6) {
      const t = lineText(rows[k + header.length]);
      if (t === null || headerColumn(t) === null) break;
      header.push(t);
    }
    const run = levelsThenTarget(header) ? readRun(rows, k, header) : null;
    if (!run) {
      out?.push(rows[k]!);
      continue;
    }
    out ??= rows.slice(0, k);
    out.push(...run.out);
    k = run.end - 1;
  }
  return out ?? rows;
}
