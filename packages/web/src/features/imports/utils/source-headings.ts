// Where the document pane marks a new part of the document: a PDF numbers each page's rows from 1 (第2页 第 5 行),
// a .docx each table's rows (表1 第 1 行) and a workbook each sheet's, so a bare line number in the pane's line
// column says nothing unless the page, table or sheet it counts in heads its rows.
import type { DocumentRow } from '../api/imports-api.ts';

/** The text between a .docx's tables: its paragraphs, numbered on from the last paragraph before the table. */
export const BODY_TEXT = '正文';

/**
 * The heading shown above row `i` of the pane, or null: the row's page, table or sheet where it differs from the
 * row above's; the body text where a row of no part follows one of a part (after a .docx's table). A document
 * whose rows name no part (a text file, a web page) has no headings.
 */
export function sourceHeading(rows: readonly DocumentRow[], i: number): string | null {
  const source = rows[i]?.source ?? null;
  const before = i === 0 ? null : (rows[i - 1]?.source ?? null);
  if (source === before) return null;
  return source ?? BODY_TEXT;
}
