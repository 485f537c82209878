// Targets a notice sets out as an outline of numbered headings rather than a table (a county's 项目绩效目标设定
// addressed to its government): 一、产出指标 on a line, (一)数量指标 on the next, then the row itself on a line of
// its own with the name and the value run together — joined by the comparator (参训学员满意度≥95%), the value's
// figure (培训人数300人) or a comma (完成时限,2025年10月底前; 综合素质,持续提高) — and closed by ; or 。. The
// numbering says what is a heading and the levels' names which heading it is: rebuilt into the indicator table
// the form reader reads (一级指标 | 二级指标 | 三级指标 | 指标值); nothing else changes.
import { isLevel1Name, isLevel2Name } from '@jixiao/core';
import type { Row } from '../rows/row.ts';
import { soleTrimmedCell } from './row-helpers.ts';
import { gluedValue, unitValueAtEnd } from './glued-values.ts';
import { wholeValue } from './name-value-run.ts';
import { rebuildRuns } from './rebuilt-runs.ts';

/** 一、 before a 一级's name. */
const LEVEL1_NUMBER = /^[一二三四五六七八九十]{1,2}[、.．]\s*/;
/** (一) or （1） before a 二级's name. */
const LEVEL2_NUMBER = /^[（(][一二三四五六七八九十\d]{1,2}[)）]\s*/;
/** The marks a row is closed by. */
const ROW_END = /[;；。,，\s]+$/;
/**
 * What a row writes after its comma: a value of a few words (增加, 参照政府采购成本控制, 1130元/月/人, ±3%以内) —
 * no clause of a sentence (the marks that part clauses) and no longer than a table's 指标值 cell holds.
 */
const VALUE_AFTER_COMMA = /^[^,，;；。:：]{1,20}$/u;
/** Fewest headings (一级 and 二级) and rows that make an outline of targets: one heading of a notice is none. */
const MIN_HEADINGS = 2;
const MIN_ROWS = 3;

/** The row's one filled cell, null when it has none or several. */
const soleText = soleTrimmedCell;

const isBlank = (r: Row) => r.cells.every((c) => c.trim() === '');

/** The 一级's name a numbered heading gives (一、产出指标 → 产出指标), or null. */
function level1Of(text: string): string | null {
  const m = LEVEL1_NUMBER.exec(text);
  const name = m ? text.slice(m[0].length).replace(ROW_END, '') : '';
  return m && isLevel1Name(name) ? name : null;
}

/** The 二级's name a bracket-numbered heading gives ((一)数量指标 → 数量指标), or null. */
function level2Of(text: string): string | null {
  const m = LEVEL2_NUMBER.exec(text);
  const name = m ? text.slice(m[0].length).replace(ROW_END, '') : '';
  return m && isLevel2Name(name) ? name : null;
}

/**
 * A row of the outline, its name and its value: run together at the comparator or the figure, or parted by the
 * last comma before a value (a date, a figure, a qualitative word). Null for any other line.
 */
export function outlineRow(line: string): { name: string; value: string } | null {
  const text = line.replace(ROW_END, '');
  const comma = Math.max(text.lastIndexOf(','), text.lastIndexOf('，'));
  if (comma > 0) {
    const name = text.slice(0, comma).trim();
    const value = text.slice(comma + 1).trim();
    // The name is a phrase, not a sentence of several clauses.
    if (VALUE_AFTER_COMMA.test(value) && /\p{Script=Han}{2}/u.test(name) && !/[,，;；。]/.test(name))
      return { name, value };
    return null;
  }
  return gluedValue(text) ?? unitValueAtEnd(text) ?? wholeValueAtEnd(text);
}

/** A name with a whole value glued on after its last Han character or bracket (项目完成时间2023年底). */
function wholeValueAtEnd(text: string): { name: string; value: string } | null {
  for (let i = 2; i < text.length; i++) {
    if (!/[\p{Script=Han}）)]/u.test(text[i - 1]!)) continue;
    const value = text.slice(i);
    if (wholeValue(value)) return { name: text.slice(0, i), value };
  }
  return null;
}

/** The rows with each outline of targets rebuilt as an indicator table. */
export function readHeadingOutlines(rows: Row[]): Row[] {
  return rebuildRuns(rows, (i) => {
    const first = soleText(rows[i]!);
    return first !== null && level1Of(first) !== null ? readOutline(rows, i) : null;
  });
}

/** The outline starting at `start` (a 一级's heading) as table rows, and where it ends; null where it is none. */
function readOutline(rows: readonly Row[], start: number): { rows: Row[]; end: number } | null {
  const body: string[][] = [];
  let level1: string | null = null;
  let level2 = '';
  let headings = 0;
  let end = start;
  for (; end < rows.length; end++) {
    const r = rows[end]!;
    if (isBlank(r)) continue;
    const text = soleText(r);
    if (text === null) break;
    const l1 = level1Of(text);
    if (l1 !== null) {
      level1 = l1;
      level2 = '';
      headings++;
      continue;
    }
    const l2 = level2Of(text);
    if (l2 !== null) {
      level2 = l2;
      headings++;
      continue;
    }
    const row = outlineRow(text);
    if (row === null || level1 === null) break;
    body.push([level1, level2, row.name, row.value]);
  }
  if (headings < MIN_HEADINGS || body.length < MIN_ROWS) return null;
  const at = rows[start]!;
  const line = at.line !== undefined ? { line: at.line } : {};
  const tableRow = (cells: string[]): Row => ({ cells, table: true, ...line });
  return { rows: [tableRow(['一级指标', '二级指标', '三级指标', '指标值']), ...body.map(tableRow)], end };
}
