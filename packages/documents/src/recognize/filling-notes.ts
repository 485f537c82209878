// A form's 填写说明 (填表说明, 填报说明) printed after it: numbered instructions that quote the form's labels
// (（一）填报单位（盖章）：加盖具体填报单位公章。（二）项目名称：按规范的项目名称…) — read as fields they would overwrite the
// form's own. Everything from the heading on is no part of the form, up to the next form's title. Notes printed
// before the form (a workbook's 填报说明 sheet first) are left out the same way, from their heading to the title.
import type { Row } from '../rows/row.ts';
import { filledCells } from './row-helpers.ts';
import { titleKind } from './titles.ts';

/** The heading, followed by the first numbered instruction or ending its cell. */
const NOTES_HEADING =
  /(填写说明|填表说明|填报说明)[:：]?\s*(?=$|[一二三四五六七八九十]、|[（(][一二三四五六七八九十\d][）)]|\d[、.．])/;

/** A form's title inside a longer text: …绩效目标申报表, …绩效自评表. */
const TITLE_WORDS = /绩效(目标|自评)?(申报|批复|审核)?表/;

/** The rows without the 填写说明 that follows a form (the form's title stands before it). */
export function withoutFillingNotes(input: Row[]): Row[] {
  // Both headings (NOTES_HEADING, LONE_NOTES_HEADING) name the notes in one of these words: a document without
  // any (most forms, whose 目标说明 or 情况说明 is no heading) is returned as it is, before a title is looked up.
  if (!input.some(namesNotes)) return input;
  const rows = withoutLeadingNotes(input);
  const out: Row[] = [];
  let titled = false;
  let skipping = false;
  for (const row of rows) {
    const first = filledCells(row)[0] ?? '';
    const kind = titleKind(first);
    if (skipping && kind === null) continue;
    skipping = false;
    if (kind !== null) titled = true;
    // The form's title may stand inside the cell, before the notes (a preview run together on one line).
    const at = row.cells.findIndex((c) => {
      const m = NOTES_HEADING.exec(c);
      return m !== null && (titled || TITLE_WORDS.test(c.slice(0, m.index)));
    });
    if (at < 0) {
      out.push(row);
      continue;
    }
    const cell = row.cells[at]!;
    const kept = cell.slice(0, NOTES_HEADING.exec(cell)!.index).trim();
    const cells = [...row.cells.slice(0, at), ...(kept ? [kept] : [])];
    if (cells.some((c) => c.trim() !== '')) out.push({ ...row, cells });
    skipping = true;
  }
  return out;
}

/** The words every notes heading is written in. */
const NOTES_WORDS = ['填写说明', '填表说明', '填报说明'];

/** A row holding a notes heading's words (asked of every row: a plain loop, no closure, no array). */
function namesNotes(row: Row): boolean {
  for (const c of row.cells) {
    if (!c.includes('说明')) continue;
    for (const w of NOTES_WORDS) if (c.includes(w)) return true;
  }
  return false;
}

/** A notes heading standing alone in its row's first cell, or opening it before the first instruction. */
const LONE_NOTES_HEADING =
  /^\s*(填写说明|填表说明|填报说明)[:：]?\s*($|[一二三四五六七八九十]、|[（(][一二三四五六七八九十\d][）)]|\d[、.．])/;

/**
 * The rows without 填报说明 printed before any form: from the heading, with no title above it, up to the first
 * form title after it or the first row of another sheet or table (notes on a sheet of their own end with it).
 * Without either the rows are kept whole (nothing tells where the notes end).
 */
function withoutLeadingNotes(rows: Row[]): Row[] {
  for (let h = 0; h < rows.length; h++) {
    const first = filledCells(rows[h]!)[0] ?? '';
    if (titleKind(first) !== null) return rows; // a form comes first: its notes are the loop's to leave out
    if (!LONE_NOTES_HEADING.test(first)) continue;
    const source = rows[h]!.source;
    for (let t = h + 1; t < rows.length; t++)
      if (rows[t]!.source !== source || titleKind(filledCells(rows[t]!)[0] ?? '') !== null)
        return [...rows.slice(0, h), ...rows.slice(t)];
    return rows;
  }
  return rows;
}
