// A 自评表 whose whole text came as one paragraph or a few (a .doc's text layer, a page copied without its
// table): no title row parts it from the text around it, so the document is read as one 自评表 — its cells
// cut at the lexicon's labels, its title taken from the text that names it.
import type { SelfEvaluationDocument } from '@jixiao/core';
import { cleanCell, labelKey } from '../rows/clean-cell.ts';
import type { Row } from '../rows/row.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';
import { endsInsideEvaluation } from './cut-evaluation.ts';
import { recognizeSelfEvaluationDocument } from './self-evaluation-document.ts';
import { isRunTogether, MAX_SPLIT_LENGTH, splitRunTogether } from './tokenize.ts';
import { joinPageMarkedLines } from './page-marked-lines.ts';
import { partsFiguresByGaps } from './gap-parted-figures.ts';
import { gridFromCellLines } from './cell-line-grid.ts';

/** The title a run of text gives itself: …部门整体绩效自评表（2021年度）, without a page's list number. */
export function titleInText(text: string): string | null {
  const key = labelKey(text);
  const m = /绩效(目标)?自评(价)?表/.exec(key);
  if (!m) return null;
  let start = m.index;
  // Back over the words and the year of the title, not over a sentence or a label's colon.
  while (start > 0 && m.index - start < 40 && /[\p{Script=Han}\d（）]/u.test(key[start - 1]!)) start--;
  const note = /^（[^）]{0,12}）/.exec(key.slice(m.index + m[0].length))?.[0] ?? '';
  const title = key.slice(start, m.index + m[0].length) + note;
  return title.replace(/^\d{1,2}、/, '').replace(/^[^\p{Script=Han}]+/u, '') || null;
}

/** A short bracketed note a space parted (得分 (20 分*执行率), 情况(万元) (20 分)): one note, not two cells. */
const SPACED_NOTE = /([（(])([^（）()\s]{1,12})\s+([^（）()\s]{1,12})([）)])/g;

/** A year written apart from its 年 by spaces. */
const YEAR_SPACED = /(?<![\d.])((?:19|20)\d{2}) +(?=年)/g;

/**
 * A cell cut at the lexicon's labels: a run-together cell, and here also one that holds sentences among its
 * labels (the goals' prose written inside the one paragraph) when the cut finds three labels or more.
 */
function cutAtLabels(text: string): string[] {
  // A PDF's or a .doc's text parts a year from its 年 (2020 年市级…资金, 填报日期:2021 年 4 月): one word.
  const cell = text.replace(YEAR_SPACED, '$1').replace(SPACED_NOTE, '$1$2$3$4');
  if (isRunTogether(cell)) return splitRunTogether(cell).map((t) => t.text);
  if (cell.length > MAX_SPLIT_LENGTH) return [cell];
  const pieces = splitRunTogether(cell);
  return pieces.filter((t) => t.kind === 'label').length >= 3 ? pieces.map((t) => t.text) : [cell];
}

/**
 * Reads every row as one 自评表; null when no budget block or indicator table is found in it. `headless`: the
 * columns of a table whose header the text lacks (headless-evaluation.ts).
 */
export function readWholeSelfEvaluation(
  given: readonly Row[],
  headless: readonly IndicatorColumn[] | null = null,
): SelfEvaluationDocument | null {
  // A table copied one cell per line with its empty cells kept is rebuilt on its header's width first.
  const grid = gridFromCellLines(given);
  // A table the file gave as rows of cells (a saved page, a sheet, a document) has its cells already, as a grid,
  // and its sections' labels over empty cells (一、投入目标, 1.数量目标) head the rows under them, as there.
  const tabled = grid === null && isCelledTable(given);
  const rows = grid ?? (tabled ? given.filter((r) => !isSectionRow(r)) : given);
  const celled = grid !== null || tabled;
  // A preview's numbered pages are one text: a page break cut a cell, not the table (page-marked-lines.ts).
  // The grid's rows have their cells already: a cell there is cut at no label.
  let pieces = false;
  const cut: Row[] = joinPageMarkedLines(rows).map((r) => {
    const cells = celled && r.cells.length > 1 ? r.cells : r.cells.flatMap(cutAtLabels);
    if (cells.length > r.cells.length) pieces = true;
    return { ...r, table: true, cells: cells.map(cleanCell) };
  });
  const title = rows
    .slice(0, 12)
    .map((r) => titleInText(r.cells.join('')))
    .find((t) => t !== null);
  // Cut at its labels and gaps, a copy that printed its figures apart keeps each figure whole in its cell.
  return recognizeSelfEvaluationDocument(
    cut,
    title ?? null,
    headless,
    celled || partsFiguresByGaps(rows),
    celled,
    // Cells cut at labels out of run-together text are no cells as printed.
    !pieces,
  );
}

/** A section's number before its label: 一、投入目标, 1.数量目标. */
const SECTION_NUMBER = /^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])\S/;

/**
 * A row whose first cell, a numbered section's label, is its only filled cell (a sheet gives such a row, merged
 * across the table, as a paragraph).
 */
function isSectionRow(r: Row): boolean {
  return SECTION_NUMBER.test(r.cells[0]!.trim()) && r.cells.slice(1).every((c) => c.trim() === '');
}

/** Rows wide enough to be a table's, as the file gave them: several, and most of the table rows. */
const CELLED_WIDTH = 5;
const CELLED_ROWS = 3;

/**
 * Whether the rows are a table whose cells the file itself parted (a saved page's, a sheet's or a document's
 * rows, not a text's cut by guess): most table rows wide, none rebuilt from a stream.
 */
function isCelledTable(rows: readonly Row[]): boolean {
  let table = 0;
  let wide = 0;
  for (const r of rows) {
    if (!r.table) continue;
    if (r.confidence !== undefined || r.gapless) return false;
    table++;
    if (r.cells.length >= CELLED_WIDTH) wide++;
  }
  return wide >= CELLED_ROWS && wide * 2 >= table;
}

/** A 自评表's title word where it stands in running text (项目支出绩效自评表, 绩效目标自评表, 项目自评价表). */
const TITLE_WORD = /绩效(目标)?自评(价)?表/g;

/**
 * Where a title repeated in the text opens another 自评表: at the start of the title's words before the
 * title word (财政项目支出 before 绩效自评表), as a PDF's text layer runs one page's table into the next.
 */
function titleStarts(text: string): number[] {
  const starts: number[] = [];
  for (const m of text.matchAll(TITLE_WORD)) {
    // 《……项目支出绩效自评表.docx》由会员分享: a document library's note names the file, not a table of the text.
    if (FILE_NAME_AFTER.test(text.slice(m.index + m[0].length))) continue;
    let start = m.index;
    while (start > 0 && m.index - start < 40 && /[\p{Script=Han}\d]/u.test(text[start - 1]!)) start--;
    starts.push(start);
  }
  return starts;
}

/** A file's extension right after a title word: the title names a file. */
const FILE_NAME_AFTER = /^[^\s《》]{0,12}\.(docx?|xlsx?|pdf|wps)\b/i;

/** 总分10098项目名称…: a table's 总分 closes it; the 项目名称 right after opens the next, printed without a title. */
const NEXT_UNTITLED = /总分\s*\d[\d.\s]*(?=项目名称)/g;

/** Where a table printed without its title starts, right after the 总分 of the one before it. */
function untitledStarts(text: string): number[] {
  return [...text.matchAll(NEXT_UNTITLED)].map((m) => m.index + m[0].length);
}

/**
 * The rows parted before each 自评表 title after the first: one part per table. A text that names its title
 * once (or never) stays whole.
 */
export function partsAtTitles(rows: readonly Row[]): Row[][] {
  const parts: Row[][] = [[]];
  let seen = 0;
  for (const row of rows) {
    const text = row.cells.join(' ');
    const cuts = [...new Set([...titleStarts(text).filter(() => ++seen > 1), ...untitledStarts(text)])].sort(
      (a, b) => a - b,
    );
    if (cuts.length === 0 || row.cells.length !== 1) {
      parts.at(-1)!.push(row);
      continue;
    }
    let from = 0;
    for (const cut of cuts) {
      if (cut > from) parts.at(-1)!.push({ ...row, cells: [text.slice(from, cut).trim()] });
      parts.push([]);
      from = cut;
    }
    parts.at(-1)!.push({ ...row, cells: [text.slice(from).trim()] });
  }
  return parts.filter((p) => p.length > 0);
}

/**
 * Every 自评表 of a text whose tables all ran together (a PDF's text layer, one table after another): each
 * part read on its own where every part reads as one, the whole text as one 自评表 otherwise.
 */
export function readWholeSelfEvaluations(
  rows: readonly Row[],
  headless: readonly IndicatorColumn[] | null = null,
): SelfEvaluationDocument[] {
  const parts = partsAtTitles(rows);
  if (parts.length > 1) {
    const docs = parts.map((p) => readWholeSelfEvaluation(p, headless));
    if (docs.every((d) => d !== null)) return withCut(docs as SelfEvaluationDocument[], parts.at(-1)!);
  }
  const whole = readWholeSelfEvaluation(rows, headless);
  return whole ? withCut([whole], rows) : [];
}

/** The last table runs to the text's end: it is marked cutOff when the text stops inside it. */
function withCut(docs: SelfEvaluationDocument[], lastRows: readonly Row[]): SelfEvaluationDocument[] {
  if (endsInsideEvaluation(lastRows)) docs.at(-1)!.cutOff = true;
  return docs;
}
