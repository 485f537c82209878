// Provenance: where each value of a recognised form stood in the rows it was read from (line, cell, the
// label beside it) and how sure the reading is. Found after recognition by looking the values up in the
// form's own rows, so the recognisers stay free of bookkeeping.
import { parseAmount, type DepartmentForm, type Indicator, type ProjectForm } from '@jixiao/core';
import type { Row } from '../rows/row.ts';
import { oneLine } from '../rows/clean-cell.ts';
import type { FieldSource } from './provenance.ts';
import { leadingAmount } from './row-helpers.ts';
import {
  cellSource,
  labelOf,
  labelSureness,
  NO_LABEL_CONFIDENCE,
  sourceCellsOf,
  type SourceCell as Cell,
} from './source-cells.ts';

interface Cells {
  list: Cell[];
  /** Cells by the value they hold, in document order, with their place in `list`. */
  byValue: Map<string, number[]>;
}

function cellsOf(rows: readonly Row[]): Cells {
  const out = sourceCellsOf(rows);
  const byValue = new Map<string, number[]>();
  out.forEach((c, k) => {
    const list = byValue.get(c.value);
    if (list) list.push(k);
    else byValue.set(c.value, [k]);
  });
  return { list: out, byValue };
}

function sourceOf(path: string, cell: Cell): FieldSource {
  const label = labelOf(cell);
  return cellSource(path, cell, label, labelSureness(label));
}

/** The first cell whose text (or the value after its inline label) is `text`; then one that contains it. */
function findText(cells: Cells, text: string, from = 0): Cell | null {
  const t = oneLine(text);
  const exact = cells.byValue.get(t)?.find((k) => k >= from);
  if (exact !== undefined) return cells.list[exact]!;
  if (t.length < 2) return null;
  for (let k = from; k < cells.list.length; k++) if (cells.list[k]!.text.includes(t)) return cells.list[k]!;
  return null;
}

function findIn(list: readonly Cell[], text: string): Cell | null {
  const t = oneLine(text);
  return (
    list.find((c) => c.value === t) ?? (t.length >= 1 ? (list.find((c) => c.text.includes(t)) ?? null) : null)
  );
}

/** The first cell holding `amount` (万元, as read): written alone, with its unit, or first in a longer text. */
function findAmount(cells: Cells, amount: string): Cell | null {
  // The form may be in 元 (converted to 万元 on reading): either unit may have been meant.
  for (const unit of ['万元', '元'] as const)
    for (const c of cells.list) {
      const v = c.value;
      const read = parseAmount(v, unit) ?? leadingAmount(v, unit)?.amount ?? null;
      if (read !== null && Number(read) === Number(amount) && labelOf(c) !== null) return c;
    }
  return null;
}

function fieldSources(
  cells: Cells,
  fields: ReadonlyArray<[string, string | null | undefined]>,
): FieldSource[] {
  const out: FieldSource[] = [];
  for (const [path, value] of fields) {
    if (!value) continue;
    const cell = findText(cells, value);
    if (cell) out.push(sourceOf(path, cell));
  }
  return out;
}

function yearSource(cells: Cells, year: number | null): FieldSource[] {
  if (year === null) return [];
  const cell =
    cells.list.find((c) => c.text.includes(`${year}年`)) ??
    cells.list.find((c) => c.text.includes(`${year}`));
  return cell ? [{ ...sourceOf('/year', cell), label: null }] : [];
}

/**
 * Where an indicator's value stood. It stands under the table's header, its left cell the row's 二级 or name —
 * no field label —, so no missing label makes it unsure (as evaluation-sources.ts reads a 自评表's rows): a
 * name found whole in its cell and a target in the name's row are sure; a name found only inside a longer
 * cell, or a target away from its name's row, is a guess to confirm. The row's own confidence still counts.
 */
function indicatorSource(path: string, cell: Cell, confidence: number): FieldSource {
  return cellSource(path, cell, labelOf(cell), confidence);
}

function indicatorSources(cells: Cells, indicators: readonly Indicator[]): FieldSource[] {
  const out: FieldSource[] = [];
  let cursor = 0;
  indicators.forEach((ind, n) => {
    const nameCell = ind.name ? findText(cells, ind.name, cursor) : null;
    if (nameCell) {
      cursor = cells.list.indexOf(nameCell) + 1;
      const whole = nameCell.value === oneLine(ind.name ?? '');
      out.push(indicatorSource(`/indicators/${n}/name`, nameCell, whole ? 1 : NO_LABEL_CONFIDENCE));
    }
    if (!ind.target.raw) return;
    // The value in the indicator's own row: as written, or the number of a value composed from columns.
    const sameRow = nameCell ? cells.list.filter((c) => c.row === nameCell.row && c.col > nameCell.col) : [];
    const target =
      findIn(sameRow, ind.target.raw) ??
      (ind.target.value ? findIn(sameRow, ind.target.value) : null) ??
      (nameCell ? null : findText(cells, ind.target.raw, cursor));
    // A value put together from 指标性质 | 指标值 | 计量单位 is a reading, not a cell as written; one found away
    // from its name's row (no name cell) is a guess.
    if (target) {
      const sure = !nameCell ? NO_LABEL_CONFIDENCE : target.text === ind.target.raw ? 1 : 0.9;
      out.push(indicatorSource(`/indicators/${n}/target`, target, sure));
    }
  });
  return out;
}

/** Where the values of a project form were read. */
export function projectSources(form: ProjectForm, rows: readonly Row[]): FieldSource[] {
  const cells = cellsOf(rows);
  const out = fieldSources(cells, [
    ['/name', form.name],
    ['/code', form.code],
    ['/unit', form.unit],
    ['/supervisor', form.supervisor],
    ['/executor', form.executor],
    ['/leader', form.leader],
    ['/phone', form.phone],
  ]);
  out.push(...yearSource(cells, form.year));
  for (const [path, amount] of [
    ['/budget/total', form.budget.total],
    ['/budget/current', form.budget.current],
  ] as const) {
    const cell = amount !== null ? findAmount(cells, amount) : null;
    if (cell) out.push(sourceOf(path, cell));
  }
  out.push(...indicatorSources(cells, form.indicators));
  return out;
}

/** Where the values of a department form were read. */
export function departmentSources(form: DepartmentForm, rows: readonly Row[]): FieldSource[] {
  const cells = cellsOf(rows);
  const out = fieldSources(cells, [
    ['/department', form.department],
    ['/filler', form.filler],
    ['/phone', form.phone],
  ]);
  out.push(...yearSource(cells, form.year));
  const total = form.total ? findAmount(cells, form.total) : null;
  if (total) out.push(sourceOf('/total', total));
  out.push(...indicatorSources(cells, form.indicators));
  return out;
}
