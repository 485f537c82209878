// The text of formula cells a program saved without results (xlsx-formula.ts computes them), reading the
// sheet's cells through exceljs: cached results where Excel left them, other uncached formulas in turn. A chain
// or loop of formulas and a range over a huge sheet are bounded, so a hostile workbook costs little.
import type ExcelJS from 'exceljs';
import { formatCellValue } from './cell-text.ts';
import { evaluateFormula, type FormulaSheet, type FormulaValue } from './xlsx-formula.ts';

/** Deeper chains of uncached formulas (one using the next) are not followed. */
const MAX_CHAIN = 64;
/** Cells a sheet's formulas may read in all: ranges over a sheet's emptiness are cut short. */
const MAX_READS = 200_000;

/** A function giving an uncached formula cell's text as the sheet would show it, else ''. */
export function uncachedFormulas(sheet: ExcelJS.Worksheet): (cell: ExcelJS.Cell) => string {
  const known = new Map<string, FormulaValue | undefined>();
  const open = new Set<string>();
  let reads = 0;

  const valueOf = (cell: ExcelJS.Cell): FormulaValue | undefined => {
    if (++reads > MAX_READS) return undefined;
    if (cell.isMerged && cell.master.address !== cell.address) return null;
    const v = cell.value;
    if (v === null || v === undefined) return null;
    if (typeof v === 'number' || typeof v === 'string') return v;
    if (typeof v !== 'object' || v instanceof Date) return undefined;
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as { result?: unknown }).result;
      if (result === undefined) return computed(cell);
      return typeof result === 'number' || typeof result === 'string' ? result : undefined;
    }
    return undefined;
  };

  const computed = (cell: ExcelJS.Cell): FormulaValue | undefined => {
    const address = cell.address;
    if (known.has(address)) return known.get(address);
    if (open.has(address) || open.size >= MAX_CHAIN) return undefined; // a loop, or a chain too long
    open.add(address);
    let formula: string | undefined;
    try {
      formula = cell.formula;
    } catch {
      formula = undefined; // a shared formula whose master is missing
    }
    const v = formula ? evaluateFormula(formula, sheetView) : null;
    open.delete(address);
    const value = v === null ? undefined : v;
    known.set(address, value);
    return value;
  };

  const sheetView: FormulaSheet = {
    cell(row, col) {
      const cell = sheet.findCell(row, col);
      return cell ? valueOf(cell) : null;
    },
    range(top, left, bottom, right) {
      const values: FormulaValue[] = [];
      const last = Math.min(bottom, sheet.rowCount);
      for (let r = top; r <= last; r++) {
        if (++reads > MAX_READS) return undefined;
        const row = sheet.findRow(r);
        if (!row) continue;
        let failed = false;
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          if (failed || c < left || c > right) return;
          const v = valueOf(cell);
          if (v === undefined) failed = true;
          else values.push(v);
        });
        if (failed) return undefined;
      }
      return values;
    },
  };

  return (cell) => {
    const v = cell.value;
    if (v === null || typeof v !== 'object' || !('formula' in v || 'sharedFormula' in v)) return '';
    if ((v as { result?: unknown }).result !== undefined) return '';
    const result = computed(cell);
    return result === undefined || result === null ? '' : formatCellValue(result, cell.numFmt);
  };
}
