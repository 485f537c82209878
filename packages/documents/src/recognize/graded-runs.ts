// A target table graded 优 | 良 | 中 | 差 (a 绩效指标评价标准 band: the standard each row is graded by, 邯郸's
// 预算指标绩效目标表) whose cells ran together in one line, as a library's preview prints a .doc: the title, the
// goal, the headings glued (绩效指标分类绩效指标绩效指标描述绩效指标评价标准评价标准确定依据优良中差), then each row as
// its words, its grades' thresholds glued (100%90%85%85%) and its basis. The thresholds, as many as the grades, part
// the rows; the words between two of them are the last row's basis and the next row's 一级, name and description.
// Rebuilt here into the rows the table readers know (grade-band header rows, SPLIT confidence).
import { KNOWN_UNITS, toHalfWidth } from '@jixiao/core';
import type { Row } from '../rows/row.ts';
import { columnConcept, goalConcept, lexiconKey } from './lexicon.ts';
import {
  GRADE_BANDS,
  GRADED_STANDARD_HEADINGS,
  TABLE_SECTION_LABELS,
  type ColumnRole,
} from './lexicon-columns.ts';
import { isLevelName } from './level-names.ts';
import { titleKind } from './titles.ts';
import { rebuildRuns } from './rebuilt-runs.ts';

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
const THRESHOLD = `(?:[≥≤><=＞＜]=?)?\\d+(?:\\.\\d+)?(?:${UNIT})(?:及?以[上下内])?`;
/**
 * The best grade written as the target's words (海南's 项目绩效目标表: 全部完成 | 80% | 60% | 60%以下): the grade the
 * row's target is set at, the lower grades figures.
 */
const WORDED_GRADE = '(?:全部|全面|按时|按期|如期)?完成|达标|合格';
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
  /** How many headings stand after the band (a basis column: 评价标准确定依据). */
  after: number;
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
    const glued = gradesIn(text, grades);
    if (!glued) continue;
    const g = glued.index;
    // The longest run of headings that ends at the grades (at least three, one of them the band's).
    for (let start = Math.max(0, g - MAX_HEADER); start <= g - 6; start++) {
      const hs = headings(text.slice(start, g));
      const band = hs?.findIndex((h) => GRADED_STANDARD_HEADINGS.includes(lexiconKey(h))) ?? -1;
      if (!hs || hs.length < 3 || band < 0) continue;
      return {
        start,
        end: g + glued[0].length,
        after: hs.length - band - 1,
        cells: [...hs.slice(0, band), ...grades, ...hs.slice(band + 1)],
        before: hs.slice(0, band).map((h) => columnConcept(lexiconKey(h))),
        grades: grades.length,
      };
    }
  }
  return null;
}

/**
 * The grades glued in `text`, each with the same note after it where the band notes what each grade is graded on
 * (优(年初/调整后)良(年初/调整后)…: 海南's 绩效标准 band).
 */
function gradesIn(text: string, grades: readonly string[]): RegExpExecArray | null {
  const note = '([（(][^（()）]{1,10}[)）])?';
  return new RegExp(grades.map((g, k) => (k === 0 ? `${g}${note}` : `${g}\\1`)).join('')).exec(text);
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
    // A page number the copy ran into the title (…25日10项目绩效目标表): the title starts after it (a year that
    // opens the title, 2019年…, stays in it).
    const lead = /^.*\d(?![\d年月日号.%])/u.exec(title)?.[0] ?? '';
    if (lead && titleKind(title.slice(lead.length)) === kind) {
      rows.push(at([lead]), at([title.slice(lead.length)]));
    } else rows.push(at([title]));
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

/** The thresholds of a run, the best grade's words first where it is worded (全部完成80%60%60%以下). */
function gradeFigures(run: string): string[] {
  const word = new RegExp(`^(?:${WORDED_GRADE})`, 'u').exec(run)?.[0] ?? '';
  return [...(word ? [word] : []), ...(run.slice(word.length).match(new RegExp(THRESHOLD, 'gu')) ?? [])];
}

/**
 * A row written in a template's numbered name slots (产出指标指标1:…, 成效指标指标:…): its 一级 (the word before
 * the slot) and the rest after the slot's mark; the empty slots before it (指标2: with nothing in it) dropped.
 */
function slotted(words: string): { level: string; rest: string } | null {
  const m = /^(?:指标\d{0,2}[:：])*(?:(\p{Script=Han}{2,4}指标))?指标\d{0,2}[:：]/u.exec(words);
  return m ? { level: m[1] ?? '', rest: words.slice(m[0].length) } : null;
}

/**
 * The name, the target and the adjusted target's cell of a row's words that end with its target (the best grade's
 * threshold) and what an adjusted target's column holds after it (无, or the target again); null otherwise.
 */
function targetAtEnd(words: string, best: string): { name: string; target: string; adjusted: string } | null {
  for (const adjusted of ['无', best, '']) {
    const tail = best + adjusted;
    if (words.length > tail.length + 1 && words.endsWith(tail))
      return { name: words.slice(0, -tail.length), target: best, adjusted };
  }
  return null;
}

/** The rows of one line holding a graded table run together, or null where the line holds none. */
export function gradedRunRows(text: string, line?: number): Row[] | null {
  const header = findHeader(text);
  if (!header) return null;
  const body = text.slice(header.end);
  const thresholds = new RegExp(
    `(?:${WORDED_GRADE}|${THRESHOLD})(?:${THRESHOLD}){${header.grades - 1}}`,
    'gu',
  );
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
    if (k > 0 && header.after > 0) {
      const [basis, rest] = basisAt(words, bases);
      bases.push(basis);
      pending[k - 1]!.push(basis);
      words = rest.trim();
    }
    const figures = run[1] !== undefined ? sameUnitFigures(run) : gradeFigures(run[0]);
    const slot = slotted(words);
    const level = slot ? null : level1In(words);
    const level1 = slot ? slot.level : level && level.at === 0 ? level.name : '';
    // The target's column before the band (年初绩效目标 | 调整后绩效目标): the words end with the target, set at the
    // best grade, and what the adjusted target's column holds (无 where it was not adjusted).
    const targetAt = header.before.indexOf('value');
    const targeted =
      targetAt >= 0 ? targetAtEnd(slot ? slot.rest : words.slice(level1.length), figures[0]!) : null;
    const [name, description] = targeted
      ? [targeted.name, '']
      : nameAndDescription(slot ? slot.rest : words.slice(level1.length));
    // The columns left of the name are its levels (a heading the copy cut short, 指标分类, still heads the
    // 一级); a column of words beside them (绩效指标描述) is the description.
    const nameAt = header.before.indexOf('name');
    const before = header.before.map((role, c) =>
      role === 'name'
        ? name
        : role === 'value'
          ? (targeted?.target ?? '')
          : c === targetAt + 1 && targeted
            ? targeted.adjusted
            : role !== 'other' && c < nameAt
              ? level1
              : description,
    );
    pending.push([...before, ...figures]);
    from = run.index + run[0].length;
  }
  // After the last thresholds: that row's basis, then what follows the table (a next form's title cut short).
  const [basis, after] = header.after > 0 ? basisAt(body.slice(from).trim(), bases) : ['', body.slice(from)];
  if (header.after > 0) pending.at(-1)!.push(basis);
  rows.push(...pending.map(table));
  if (after.trim()) rows.push({ cells: [after.trim()], table: false, ...(line ? { line } : {}) });
  return rows;
}

/** Rows with every line that holds a graded table run together rebuilt; other rows as they were. */
export function readGradedRuns(rows: Row[]): Row[] {
  // Most documents hold no such line: the rows are copied only from the first that is rebuilt.
  return rebuildRuns(rows, (i) => {
    const r = rows[i]!;
    const text = r.cells.length === 1 ? r.cells[0]! : null;
    // Figures, signs and brackets read half-width (a copy in full-width forms: ≥５次, ９５％).
    const rebuilt = text && text.length >= 40 ? gradedRunRows(toHalfWidth(text), r.line) : null;
    return rebuilt ? { rows: rebuilt, end: i + 1 } : null;
  });
}
