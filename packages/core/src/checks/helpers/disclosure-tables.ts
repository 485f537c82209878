// Reading the standard tables of a disclosure for the checks: (label, amount) pairs by column block.
import type { Disclosure, DisclosureTable } from '../../model/disclosure.ts';
import { Decimal } from '../../money/decimal.ts';
import { squash } from './text.ts';

export interface TableCell {
  row: number;
  col: number;
  label: string;
  amount: string | null;
}

/** Finds a table by its title (without the year). */
export function tableOf(d: Disclosure, title: RegExp): { table: DisclosureTable; index: number } | null {
  const index = d.tables.findIndex((t) => title.test(squash(t.title)));
  return index < 0 ? null : { table: d.tables[index]!, index };
}

const AMOUNT = /^-?\d+(\.\d+)?$/;

/** The (label, amount) pairs of the block whose label column is `col` and amount column `col + 1`. */
export function block(table: DisclosureTable, col: number): TableCell[] {
  return table.rows
    .map((r, row) => ({
      row,
      col,
      label: squash(r[col] ?? ''),
      amount: AMOUNT.test(r[col + 1] ?? '') ? r[col + 1]! : null,
    }))
    .filter((c) => c.label !== '');
}

/** Label without list numbering: "（一）上级补助收入" → "上级补助收入". */
export function bare(label: string): string {
  return label.replace(/^(其中[:：]?)?([（(]?[一二三四五六七八九十\d]+[)）、.．]\s*)*/, '');
}

export function amountOf(cells: readonly TableCell[], label: RegExp): TableCell | null {
  return cells.find((c) => label.test(bare(c.label))) ?? null;
}

export const zero = (a: string | null | undefined) => new Decimal(a && AMOUNT.test(a) ? a : '0');

/** The JSON pointer of a table cell. */
export const cellPath = (tableIndex: number, row: number, col: number) =>
  `/tables/${tableIndex}/rows/${row}/${col}`;
