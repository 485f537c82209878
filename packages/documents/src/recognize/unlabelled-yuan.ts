// A target form printing its amounts in 元 without writing any unit (资金总额 2800000.0000, 其中:财政拨款 2800000.00):
// read as 万元, as forms are by default, a district office's project would cost 280 亿元. The figures are taken as 元
// only where their size rules 万元 out and the form's own arithmetic holds them together: the parts under the total
// add up to it (or the one printed equals it), or a 成本 indicator states the total in 万元. Smaller figures stay as
// printed — nothing on such a page tells 3600 元 from 3600 万元.
import { Decimal, parseIndicatorValue, type ProjectForm } from '@jixiao/core';
import type { Row } from '../rows/row.ts';
import { isIndicatorHeader } from './indicator-table-columns.ts';

/** 100 亿元 in 万元: beyond the budget of any one project a unit's form declares (the corpus's largest: 12 亿元). */
const BEYOND_ANY_PROJECT = new Decimal(1_000_000);
const TEN_THOUSAND = new Decimal(10_000);

/** Whether the form's head (its rows before the indicator table) writes a money unit anywhere: 万元, 元, 亿元. */
export function headWritesMoneyUnit(rows: readonly Row[]): boolean {
  for (const row of rows) {
    if (isIndicatorHeader(row)) return false;
    if (row.cells.some((c) => c.includes('元'))) return true;
  }
  return false;
}

/**
 * The money unit a head writes in brackets on a line of its own — （元）, the end of 项目资金（元） wrapped in its
 * narrow cell — which a PDF's text layer may give after the first amounts' row (fresh/641, 642): the unit of the
 * form's amounts, or null.
 */
export function bracketedHeadUnit(rows: readonly Row[]): '万元' | '元' | null {
  for (const row of rows) {
    if (isIndicatorHeader(row)) return null;
    const filled = row.cells.map((c) => c.trim()).filter((c) => c !== '');
    const m = filled.length === 1 ? /^[（(](万元|元)[)）]$/.exec(filled[0]!) : null;
    if (m) return m[1] as '万元' | '元';
  }
  return null;
}

/**
 * The form's amounts (total, this year's, sources, cost lines) divided down from 元 to 万元 where they were printed in
 * 元 with no unit written (the head says none: `unitWritten` false). Returns whether it did.
 */
export function readUnlabelledYuan(form: ProjectForm, unitWritten: boolean): boolean {
  const total = decimalOf(form.budget.total);
  if (unitWritten || total === null || total.lessThan(BEYOND_ANY_PROJECT)) return false;
  if (!partsHold(total, form) && !costStatesTotal(total, form)) return false;
  const down = (v: string | null) =>
    v === null || decimalOf(v) === null ? v : new Decimal(v).div(TEN_THOUSAND).toFixed();
  form.budget.total = down(form.budget.total);
  form.budget.current = down(form.budget.current);
  for (const s of form.budget.sources) s.amount = down(s.amount);
  for (const d of form.details) d.amount = down(d.amount);
  return true;
}

/** The parts printed under the total hold it: none above it, and together (or one alone, 其中) equal to it. */
function partsHold(total: Decimal, form: ProjectForm): boolean {
  const parts = form.budget.sources.flatMap((s) => {
    const d = decimalOf(s.amount);
    return d === null ? [] : [d];
  });
  if (parts.length === 0 || parts.some((p) => p.greaterThan(total))) return false;
  const sum = parts.reduce((a, p) => a.plus(p), new Decimal(0));
  return sum.equals(total) || parts.some((p) => p.equals(total));
}

/** A 成本 indicator whose target in 万元 is the total read as 元 (≤280万元 beside 2800000). */
function costStatesTotal(total: Decimal, form: ProjectForm): boolean {
  const inWan = total.div(TEN_THOUSAND);
  return form.indicators.some((i) => {
    if (!/成本/.test(`${i.level1 ?? ''}${i.level2 ?? ''}`)) return false;
    const v = parseIndicatorValue(i.target.raw);
    const figure = /([\d.]+)\s*万元/.exec(i.target.raw)?.[1];
    return v.kind === 'quantitative' && figure !== undefined && new Decimal(figure).equals(inWan);
  });
}

function decimalOf(v: string | null | undefined): Decimal | null {
  if (v == null || !/^-?\d+(\.\d+)?$/.test(v)) return null;
  return new Decimal(v);
}
