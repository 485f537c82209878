// A target table graded 优 | 良 | 中 | 差 (a 绩效指标评价标准 band: the standard each row is graded by, 邯郸's
// 预算指标绩效目标表) whose cells ran together in one line, as a library's preview prints a .doc: the title, the
// goal, the headings glued (绩效指标分类绩效指标绩效指标描述绩效指标评价标准评价标准确定依据优良中差), then each row as
// its words, its grades' thresholds glued (100%90%85%85%) and its basis. The thresholds, as many as the grades, part
// the rows; the words between two of them are the last row's basis and the next row's 一级, name and description.
// Rebuilt here into the rows the table readers know (grade-band header rows, SPLIT confidence).
import { KNOWN_UNITS, toHalfWidth } from '@jixiao/core';
import type { Row } from '../rows/row.ts';
import {
  columnConcept,
  goalConcept,
  GRADE_BANDS,
  GRADED_STANDARD_HEADINGS,
  lexiconKey,
  TABLE_SECTION_LABELS,
  type ColumnRole,
} from './lexicon.ts';
import { isLevelName } from './level-names.ts';
import { titleKind } from './titles.ts';

/** How sure the cell boundaries of rows cut out of run-together text are (as cell-stream.ts gives them). */
const SPLIT_CONFIDENCE = 0.7;
/** The longest heading a glued header is cut into, and the most headings looked at before the grades. */
const MAX_HEADING = 12;
const MAX_HEADER = 80;
/** A unit a threshold is written in, longest first (人次 before 人). */
const UNIT = [...KNOWN_UNITS]
  .sort((a, b) => b.length - a.length)
  .map((u) => u.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
  .join('|');
/** A threshold as a grade band prints it: a figure with its unit (98%, 200人次), an operator before it at most. */
const THRESHOLD = `(?:[≥≤><=＞＜]=?)?\\d+(?:\\.\\d+)?(?:${UNIT})`;
/** A figure with its sign, before its unit. */
const FIGURE = '(?:[≥≤><=＞＜]=?)?\\d+(?:\\.\\d+)?';
/**
 * A band's thresholds all in one unit no list knows (1600元/亩, ≥80人数): the unit is what stands after the first
 * figure and again after every other one — a word the next row opens with is no unit, as it does not repeat.
 */
const sameUnitRun = (grades: number) =>
  new RegExp(
    `${FIGURE}(\\p{Script=Han}{1,3}(?:/\\p{Script=Han}{1,2})?)(?:${FIGURE}\\1){${grades - 1}}`,
    'gu',
  );
/**
 * Where a basis (评价标准确定依据) begins and ends: 按临时救助标准评价, 依据行业标准确定 — at its verb where it has
 * one (the 标准 inside 按…标准评价 does not end it), else at 标准 (参照行业标准).
 */
const BASIS_SHAPES = [
  /^(?:按照|按|依据|根据|参照|参考)[^，,。；;]{1,24}?(?:评价|确定|测算|计算)/u,
  /^(?:按照|按|依据|根据|参照|参考)[^，,。；;]{1,24}?标准/u,
];
/** A name's end when its description is glued after it: a rate or a degree, its bracketed unit with it. */
const NAME_END = /^.{2,30}?(?:率|度)(?:[（(][^）)]{1,4}[）)])?/u;

interface Header {
  /** Where the glued headings start in the text, and where the grades after them end. */
  start: number;
  end: number;
  /** The header row: the headings, the band's heading replaced by its grades. */
  cells: string[];
  /** The roles of the columns before the band (level1 / name / other), and how many grades it has. */
  before: Array<ColumnRole | null>;
  grades: number;
}

/** The headings `text` is made of, each a column heading of the lexicon (longest first), or null. */
function headings(text: string): string[] | null {
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    let hit = 0;
    for (let n = Math.min(MAX_HEADING, text.length - at); n >= 2; n--) {
      if (columnConcept(lexiconKey(text.slice(at, at + n)))) {
        hit = n;
        break;
      }
    }
    if (hit === 0) return null;
    out.push(text.slice(at, at + hit));
    at += hit;
  }
  return out;
}

/** The glued grade-band header in `text`: the grades written together, right after headings the lexicon knows. */
function findHeader(text: string): Header | null {
  for (const grades of GRADE_BANDS) {
    const g = text.indexOf(grades.join(''));
    if (g < 0) continue;
    // The longest run of headings that ends at the grades (at least three, one of them the band's).
    for (let start = Math.max(0, g - MAX_HEADER); start <= g - 6; start++) {
      const hs = headings(text.slice(start, g));
      const band = hs?.findIndex((h) => GRADED_STANDARD_HEADINGS.includes(lexiconKey(h))) ?? -1;
      if (!hs || hs.length < 3 || band < 0) continue;
      return {
        start,
        end: g + grades.join('').length,
        cells: [...hs.slice(0, band), ...grades, ...hs.slice(band + 1)],
        before: hs.slice(0, band).map((h) => columnConcept(lexiconKey(h))),
        grades: grades.length,
      };
    }
  }
  return null;
}

/** A 一级 name inside `text` (产出指标, 效果指标): where it starts and the name, the earliest one. */
function level1In(text: string): { at: number; name: string } | null {
  for (let at = 0; at < text.length; at++) {
    for (let n = Math.min(8, text.length - at); n >= 2; n--) {
      const word = text.slice(at, at + n);
      if (word.endsWith('指标') && isLevelName(word) === 'level1') return { at, name: word };
    }
  }
  return null;
}

/** A row's words before its thresholds parted into name and description (the name ends at its rate or degree). */
function nameAndDescription(words: string): [string, string] {
  const half = words.length / 2;
  // A description that says the name again (补助发放的比率补助发放的比率).
  if (Number.isInteger(half) && words.slice(0, half) === words.slice(half)) return [words.slice(0, half), ''];
  const m = NAME_END.exec(words);
  return m && m[0].length < words.length ? [m[0], words.slice(m[0].length)] : [words, ''];
}

/** The basis at the start of `words` (the last row's), and the words after it; no basis where none opens. */
function basisAt(words: string, seen: readonly string[]): [string, string] {
  const repeated = seen.find((b) => b !== '' && words.startsWith(b));
  if (repeated) return [repeated, words.slice(repeated.length)];
  const level = level1In(words);
  if (level && level.at > 0) return [words.slice(0, level.at), words.slice(level.at)];
  for (const shape of BASIS_SHAPES) {
    const m = shape.exec(words);
    if (m) return [m[0], words.slice(m[0].length)];
  }
  return ['', words];
}

/** The goal's label (绩效目标, 年度目标) a text opens with, the longest the lexicon knows; null without one. */
function goalLabelAt(text: string): string | null {
  for (let n = Math.min(8, text.length - 1); n >= 2; n--) {
    const key = lexiconKey(text.slice(0, n));
    if (goalConcept(key) || TABLE_SECTION_LABELS.includes(key)) return text.slice(0, n);
  }
  return null;
}

/** The rows of the title and goal written before the glued header: the title ends at its 表, list numbers dropped. */
function headRows(text: string, line: number | undefined): Row[] {
  const rows: Row[] = [];
  const at = (cells: string[]): Row => ({
    cells,
    table: false,
    confidence: SPLIT_CONFIDENCE,
    ...(line ? { line } : {}),
  });
  for (const raw of text.trim().split(/\s+/)) {
    const part = raw.replace(/^\d{1,2}、/, '');
    const end = part.indexOf('表') + 1;
    const title = end > 0 ? part.slice(0, end) : '';
    const kind = title ? titleKind(title) : null;
    if (kind !== 'project' && kind !== 'department') {
      if (part) rows.push(at([part]));
      continue;
    }
    rows.push(at([title]));
    const rest = part.slice(end);
    // The goal's label glued to its text (绩效目标保障…): label and text apart.
    const label = goalLabelAt(rest);
    if (label) rows.push({ ...at([label, rest.slice(label.length)]), table: true });
    else if (rest) rows.push(at([rest]));
  }
  return rows;
}

/** The thresholds of a run in one unit of its own, each with the unit (1600元/亩 ×4). */
function sameUnitFigures(run: RegExpMatchArray): string[] {
  const unit = run[1]!;
  return run[0]
    .split(unit)
    .filter((f) => f !== '')
    .map((f) => f + unit);
}

/** The rows of one line holding a graded table run together, or null where the line holds none. */
export function gradedRunRows(text: string, line?: number): Row[] | null {
  const header = findHeader(text);
  if (!header) return null;
  const body = text.slice(header.end);
  const thresholds = new RegExp(`(?:${THRESHOLD}){${header.grades}}`, 'gu');
  const runs = [...body.matchAll(thresholds)];
  // Rows whose thresholds carry a unit of their own are found between (or without) the others.
  for (const m of body.matchAll(sameUnitRun(header.grades)))
    if (!runs.some((r) => m.index < r.index + r[0].length && r.index < m.index + m[0].length)) runs.push(m);
  runs.sort((a, b) => a.index - b.index);
  if (runs.length === 0) return null;
  const table = (cells: string[]): Row => ({
    cells,
    table: true,
    confidence: SPLIT_CONFIDENCE,
    ...(line ? { line } : {}),
  });
  const rows: Row[] = [...headRows(text.slice(0, header.start), line), table(header.cells)];
  const bases: string[] = [];
  const pending: string[][] = [];
  let from = 0;
  for (const [k, run] of runs.entries()) {
    let words = body.slice(from, run.index).trim();
    if (k > 0) {
      const [basis, rest] = basisAt(words, bases);
      bases.push(basis);
      pending[k - 1]!.push(basis);
      words = rest.trim();
    }
    const level = level1In(words);
    const level1 = level && level.at === 0 ? level.name : '';
    const [name, description] = nameAndDescription(words.slice(level1.length));
    // The columns left of the name are its levels (a heading the copy cut short, 指标分类, still heads the
    // 一级); a column of words beside them (绩效指标描述) is the description.
    const nameAt = header.before.indexOf('name');
    const before = header.before.map((role, c) =>
      role === 'name' ? name : role !== 'other' && c < nameAt ? level1 : description,
    );
    const figures =
      run[1] !== undefined ? sameUnitFigures(run) : (run[0].match(new RegExp(THRESHOLD, 'gu')) ?? []);
    pending.push([...before, ...figures]);
    from = run.index + run[0].length;
  }
  // After the last thresholds: that row's basis, then what follows the table (a next form's title cut short).
  const [basis, after] = basisAt(body.slice(from).trim(), bases);
  pending.at(-1)!.push(basis);
  rows.push(...pending.map(table));
  if (after.trim()) rows.push({ cells: [after.trim()], table: false, ...(line ? { line } : {}) });
  return rows;
}

/** Rows with every line that holds a graded table run together rebuilt; other rows as they were. */
export function readGradedRuns(rows: Row[]): Row[] {
  let changed = false;
  const out = rows.flatMap((r) => {
    const text = r.cells.length === 1 ? r.cells[0]! : null;
    // Figures, signs and brackets read half-width (a copy in full-width forms: ≥５次, ９５％).
    const rebuilt = text && text.length >= 40 ? gradedRunRows(toHalfWidth(text), r.line) : null;
    if (!rebuilt) return [r];
    changed = true;
    return rebuilt;
  });
  return changed ? out : rows;
}
