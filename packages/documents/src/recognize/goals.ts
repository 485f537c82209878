// Goal labels (长期绩效目标1, 年度目标 2, 长期目标：) and the term they name.
import type { Goal, Term } from '@jixiao/core';
import { isBlankCell, labelKey, oneLine } from '../rows/clean-cell.ts';
import type { Row } from '../rows/row.ts';
import { goalConcept, lexiconKey } from './lexicon.ts';
import { withoutTrailingBracket } from './trailing-bracket.ts';

/** 长期/总体 → long, 年度 → annual, from a label or a table title. */
export function termOfLabel(key: string): Term | null {
  if (/^(长期|总体|中长期|中期)/.test(key)) return 'long';
  if (/^(年度|当年|本年)/.test(key)) return 'annual';
  return null;
}

/** 年度绩效目标表, 长期绩效指标(表): a heading over a table that gives the term of its rows. */
const TERM_HEADING = /^(长期|年度|总体)绩效目标表$|^(长期|年度)绩效指标表?$/;

/** The term a heading alone on its row gives the table under it (keyed text), or null for any other text. */
export function termHeadingOf(key: string): Term | null {
  return TERM_HEADING.test(key) ? termOfLabel(key) : null;
}

const NUMBERED = /^(长期|总体|中长期|中期|年度)(绩效)?目标\s*(\d+)/;
const PLAIN = /^(长期|总体|中长期|中期|年度|年度总体)(绩效)?目标(（[^）]*）)?$/;

/**
 * The canonical label of a goal written in a cell: numbered goals become 长期绩效目标N / 年度绩效目标N,
 * unnumbered ones keep their words (长期目标, 年度目标). Returns null when the text is not a goal label.
 */
export function goalLabelOf(
  text: string,
  fallbackTerm: Term | null,
): { term: Term | null; label: string } | null {
  const colon = text.search(/[：:]/);
  const key = labelKey(colon < 0 ? text : text.slice(0, colon));
  const n = NUMBERED.exec(key);
  if (n) {
    const term = termOfLabel(n[1]!) ?? fallbackTerm;
    return { term, label: `${term === 'annual' ? '年度' : '长期'}绩效目标${n[3]}` };
  }
  if (PLAIN.test(key)) return { term: termOfLabel(key) ?? fallbackTerm, label: withoutTrailingBracket(key) };
  // 中期滚动目标（2019年--2021年）: the period in brackets is no part of the label.
  const stem = withoutTrailingBracket(lexiconKey(key));
  const known = goalConcept(stem);
  if (known) return { term: known, label: stem };
  return null;
}

/** A goal heading such as "长期目标 2：按照厉行节约原则…" → its label and text. */
export function goalHeading(text: string): { term: Term; label: string; text: string | null } | null {
  const m = /^\s*((长期|总体|年度)(绩效)?目标\s*\d+)\s*[：:]\s*(.*)$/s.exec(text);
  if (!m) return null;
  const g = goalLabelOf(m[1]!, null);
  if (!g || !g.term) return null;
  const body = m[4]!.trim().replace(/[；;]$/, '');
  return { term: g.term, label: g.label, text: body || null };
}

/** A goal heading standing over a column: its column and label. */
export interface GoalColumn {
  col: number;
  term: Term;
  label: string;
}

/** A section label that names the goals as a whole, written left of the goal headings. */
const GOALS_SECTION = /^(项目)?(绩效)?(总体)?目标$|^项目绩效目标$|^绩效总目标$|^项目绩效总目标$/;

/**
 * A row of goal headings whose texts are in the next row: "项目绩效目标 | 长期目标 | 年度目标",
 * "总体目标 | 年度目标". Null for any other row (a goal with its text, a field, an indicator header).
 */
export function goalColumnsOf(row: Row): GoalColumn[] | null {
  // Asked of every row: the cells are keyed one by one, and the first that is no heading ends the look.
  const columns: GoalColumn[] = [];
  let filled = 0;
  for (let col = 0; col < row.cells.length; col++) {
    const key = labelKey(oneLine(row.cells[col]!));
    if (isBlankCell(key)) continue;
    const g = goalLabelOf(key, null);
    if (g?.term && !/[：:]./.test(key)) columns.push({ col, term: g.term, label: g.label });
    else if (!(filled === 0 && GOALS_SECTION.test(key))) return null;
    filled++;
  }
  return filled >= 2 && columns.length > 0 ? columns : null;
}

/** The goals written under headings found by `goalColumnsOf`, column by column. */
export function goalsUnderColumns(row: Row, headings: readonly GoalColumn[]): Goal[] {
  let columns = headings;
  if (!row.table) return [];
  const texts = columns.map((c) => oneLineText(row.cells[c.col] ?? ''));
  // Merged cells may shift the texts left: read them in order when the columns do not line up.
  const filled = row.cells.map(oneLineText).filter((t): t is string => t !== null);
  const byColumn = texts.filter((t) => t !== null).length === filled.length;
  if (filled.some((t) => goalLabelOf(t, null) !== null && labelKey(t).length <= 12)) return [];
  // 总体目标 | 中期滚动目标 | 年度目标 over two texts: the first heading names the block, the others the texts.
  const blockHeading = columns.length === filled.length + 1 && columns[0]!.col === 0 && texts.at(-1) === null;
  if (blockHeading) columns = columns.slice(1);
  const goals: Goal[] = [];
  columns.forEach((c, k) => {
    const text = byColumn && !blockHeading ? texts[k] : filled[k - (columns.length - filled.length)];
    if (text) goals.push({ term: c.term, label: c.label, text });
  });
  return goals;
}

function oneLineText(cell: string): string | null {
  const t = cell.trim();
  return isBlankCell(t) ? null : t;
}
