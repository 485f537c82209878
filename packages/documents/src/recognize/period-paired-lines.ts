// 中期资金总额 | 449.8万 over 年度资金总额 | 189.8万, then each 资金来源 line printed twice in turn (其中:财政拨款 | 449.8万
// over 其中:财政拨款 | 189.8万, 其他资金 over 其他资金): the two periods' columns of one table printed a cell a line
// (亳州's 项目绩效目标表, wide/371). The second line of each pair is the year's — the side the form's budget (the
// year's total) is read from; the first is the period's and no source of that budget (keeping both counts the
// year's money twice).
import type { ProjectForm } from '@jixiao/core';
import { labelKey } from '../rows/clean-cell.ts';
import { addListedSource } from './total-explained-parts.ts';

type Source = ProjectForm['budget']['sources'][number];

/** Where the reading is: a period's total just read, or the lines in pairs, one held until its twin comes. */
export interface PeriodLines {
  state: 'period' | 'paired' | null;
  held: Source | null;
}

const totalKey = (label: string) => labelKey(label).replace(/[:：]$/, '');
/** 中期资金总额, 项目期资金总额: the whole period's total. */
const isPeriodTotal = (label: string): boolean => /^(中期|项目期).{0,6}总额$/.test(totalKey(label));
/** 年度资金总额, 当年资金总额: the year's total. */
const isYearTotal = (label: string): boolean => /^(年度|当年|本年).{0,6}总额$/.test(totalKey(label));

/**
 * A row naming a period's total (中期资金总额, alone or after the block's label) starts the look; one naming the
 * year's right after it pairs the lines under them. A row naming both prints the two side by side, no pairs.
 */
export function notePeriodTotals(p: PeriodLines, cells: readonly string[]): void {
  const period = cells.some(isPeriodTotal);
  const year = cells.some(isYearTotal);
  if (!period && !year) return;
  p.state = period && !year ? 'period' : year && !period && p.state === 'period' ? 'paired' : null;
  p.held = null;
}

/** A 资金来源 line: kept at once, or — lines in pairs — the year's of each pair once both are read. */
export function addSideSource(form: ProjectForm, p: PeriodLines, src: Source): void {
  if (p.state === 'period') p.state = null; // the period's own lines under its total: no pairs
  if (p.state !== 'paired') return addListedSource(form, src);
  if (p.held === null) {
    p.held = src;
    return;
  }
  const held = p.held;
  p.held = null;
  if (labelKey(held.name) === labelKey(src.name)) return addListedSource(form, src);
  // Two names in turn: no pairs after all, both lines are sources.
  p.state = null;
  addListedSource(form, held);
  addListedSource(form, src);
}

/** A line still waiting for its twin when the block ends is a source of its own. */
export function flushHeld(form: ProjectForm, p: PeriodLines): void {
  if (p.held) addListedSource(form, p.held);
  p.held = null;
  p.state = null;
}
