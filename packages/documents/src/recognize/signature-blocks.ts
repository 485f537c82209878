// Signature and footer blocks under a table (填表人 … 联系电话 …, 财政资金管理科室（盖章） 年 月 日, 注：…):
// they end an indicator table and are never read as indicators. The words are data in core
// (model/signature-lexicon.ts), shared with the check that flags such a row in a typed form. The contact
// they give is kept where the form has a place for it (联系电话, 填报人), and only when the form has none.
import {
  isFootnoteLine,
  isPageFooterText,
  readSignatureLine,
  type DepartmentForm,
  type ProjectForm,
  type SignatureEntry,
} from '@jixiao/core';
import { isBlankCell, oneLine } from '../rows/clean-cell.ts';
import type { Row } from '../rows/row.ts';

/** The row's filled cells, each on one line (asked of every row of every table: one loop, one array). */
function cellsOf(row: Row | readonly string[]): string[] {
  const out: string[] = [];
  for (const c of 'cells' in row ? row.cells : row) {
    const t = oneLine(c);
    if (!isBlankCell(t)) out.push(t);
  }
  return out;
}

/** What a signature row says, or null when the row is not one. */
export function signatureOf(row: Row | readonly string[]): SignatureEntry[] | null {
  return readSignatureLine(cellsOf(row).join(' '));
}

/** A row of a signature block: labels, names, stamps, dates and phone numbers only. */
export function isSignatureRow(row: Row | readonly string[]): boolean {
  return signatureOf(row) !== null;
}

/** A row that closes a table: a signature block, a note (注：…, 备注) or a website's footer (主办单位：…). */
export function endsTableAsFooter(row: Row | readonly string[]): boolean {
  const cells = cellsOf(row);
  // An empty row is none of them; the others are joined into one line once, for both tests that read the line.
  if (cells.length === 0) return false;
  const line = cells.join(' ');
  return readSignatureLine(line) !== null || isFootnoteLine(cells) || isPageFooterText(cells[0]!, line);
}

const valueOf = (entries: readonly SignatureEntry[], roles: readonly SignatureEntry['role'][]) =>
  entries.find((e) => roles.includes(e.role) && e.value)?.value ?? null;

/** The phone of a signature row into the project form's 联系电话 when the form gives none. */
export function keepProjectContact(form: ProjectForm, row: Row): void {
  const entries = signatureOf(row);
  if (!entries) return;
  form.phone ??= valueOf(entries, ['phone']);
}

/** The filler and phone of a signature row into the department form's 填报人 / 联系电话 when it gives none. */
export function keepDepartmentContact(form: DepartmentForm, row: Row): void {
  const entries = signatureOf(row);
  if (!entries) return;
  form.filler ??= valueOf(entries, ['filler', 'contact']);
  form.phone ??= valueOf(entries, ['phone']);
}
