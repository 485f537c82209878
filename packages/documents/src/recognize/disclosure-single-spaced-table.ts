// A 部门预算 table a PDF's text extraction wrote a row a line, its cells parted by single spaces and its empty cells
// dropped (上海 普陀区's packages kept by a budget checker: "一、财政拨款收入 278,076,101 一、文化旅游体育与传媒支出
// 199,337,712", "2. 政府性基金预算 三、卫生健康支出 5,238,443", "合计 278,076,101 102,306,237 175,769,864";
// fresh/641, 644, 645). The text reader cannot part such a line (a label holds spaces of its own: "1. 一般公共预算",
// "207 01 01 行政运行"), so the disclosure reads it here by what each piece is: a label (words), an amount (a figure,
// its thousands parted), a 科目 code or a numbering before a label. Only the totals tables are so read — the
// 收支总表 (a label then its amount, on either side) and the 支出总表 (合计 | 基本支出 | 项目支出) — whose figures
// the disclosure takes from a label's neighbour or a header's column.
import { disclosureTableKind, parseAmount, type DisclosureTable } from '@jixiao/core';
import type { Row } from '../rows/row.ts';
import { isBlankCell, labelKey, oneLine } from '../rows/clean-cell.ts';
import { unitOf, type TableRead } from './disclosure-table.ts';

/** An amount as such tables print it: 278,076,101, 4,733.14, 0, 182.65 (never a year or a code's digits alone). */
const AMOUNT = /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;
/** An amount with its thousands parted or its decimals: a figure no code or numbering looks like. */
const PLAIN_AMOUNT = /^-?(\d{1,3}(,\d{3})+(\.\d+)?|\d+\.\d+)$/;
/** An amount the extraction ran into the next label: 47,483,458一、社会保障和就业支出. */
const GLUED = /^(-?\d{1,3}(?:,\d{3})+(?:\.\d+)?)(\p{Script=Han}.*)$/u;
/** A numbering written apart from its label: "1." of "1. 一般公共预算". */
const NUMBERING = /^\d{1,2}[.、．]$/;
/** A 科目 code before its name (207, 01, 2010506), or run into it (2010506统计管理). */
const CODE = /^\d{2,7}$/;
const HAN = /\p{Script=Han}/u;
/** Lines between a title and its header: 编制部门：X 单位：元, 编制单位：X, 单位：元. */
const PREAMBLE = /^(编制(部门|单位)[:：]|预算(主管)?(部门|单位)[:：]|单位[:：])/;

/** The tables whose totals are read from such lines: where a label's amount or a header's column gives a figure. */
const KINDS = new Set(['summary', 'fiscal-summary', 'expenditure']);

type Piece = { kind: 'label' | 'amount'; text: string };

/** A line's pieces: labels (the codes and numbering before a label kept with it) and amounts; null if neither. */
export function pieces(line: string): Piece[] | null {
  const out: Piece[] = [];
  let lead = '';
  for (const raw of line.trim().split(/\s+/)) {
    const glued = GLUED.exec(raw);
    for (const token of glued ? [glued[1]!, glued[2]!] : [raw]) {
      if (out.length === 0 && CODE.test(token)) lead = lead ? `${lead} ${token}` : token;
      else if (NUMBERING.test(token)) lead = lead ? `${lead} ${token}` : token;
      else if (lead === '' && AMOUNT.test(token)) out.push({ kind: 'amount', text: token });
      else if (HAN.test(token)) {
        out.push({ kind: 'label', text: lead ? `${lead} ${token}` : token });
        lead = '';
      } else return null;
    }
  }
  return lead === '' && out.length > 0 ? out : null;
}

/** The line's cells: a label, then its amounts; a label straight after a label (or last) left its amount blank. */
function cellsOf(ps: readonly Piece[]): string[] {
  const cells: string[] = [];
  ps.forEach((p, k) => {
    if (p.kind === 'label' && k > 0 && ps[k - 1]!.kind === 'label') cells.push('');
    cells.push(p.kind === 'amount' ? (parseAmount(p.text) ?? p.text) : p.text);
  });
  if (ps.length > 1 && ps.at(-1)!.kind === 'label') cells.push('');
  return cells;
}

/** A header line of the 科目编码's levels (类 款 项): no column of amounts. */
const isCodeLevels = (cells: readonly string[]) => cells.every((c) => /^[类款项]+$/.test(c));

/**
 * The table under a title at `start` written as single-spaced lines (read from `printed`, the lines as the file
 * gave them): a preamble naming its unit, header lines without amounts, then rows; null unless the title names a
 * totals table, a unit is stated and three rows or more hold amounts of which two are printed as amounts
 * (thousands parted or decimals) — prose or a table the text reader parted is never so read.
 */
export function readSingleSpacedTable(
  rows: readonly Row[],
  start: number,
  title: string,
  printed: readonly Row[],
): TableRead | null {
  const kind = disclosureTableKind(title)?.kind;
  const at = rows[start]?.line;
  if (!kind || !KINDS.has(kind) || at === undefined) return null;
  const source = rows[start]!.source;
  const given = printed
    .filter((r) => r.source === source && r.line !== undefined && r.line > at)
    .sort((a, b) => a.line! - b.line!);
  const textOf = (r: Row) => oneLine(r.cells.find((c) => !isBlankCell(oneLine(c))) ?? '').trim();
  let unit: string | null = null;
  let k = 0;
  // The preamble: 编制部门：X 单位：元 (each space-parted part a label of the table's head or its unit).
  for (; k < given.length && k < 3; k++) {
    if (given[k]!.cells.length > 1) return null;
    const parts = textOf(given[k]!).split(/\s+/);
    if (!parts.every((p) => PREAMBLE.test(labelKey(p)) || unitOf(p) !== null)) break;
    unit = parts.map((p) => unitOf(p)).find((u) => u !== null) ?? unit;
  }
  if (!unit) return null;
  const header: string[][] = [];
  const body: string[][] = [];
  const lines: Array<number | null> = [];
  let amounts = 0;
  let printedAmounts = 0;
  let lastFilled = -1;
  for (; k < given.length; k++) {
    const r = given[k]!;
    const t = textOf(r);
    if (r.cells.length > 1 || t === '' || t.length > 80) break;
    // The next table's title (…功能分类预算表, a kind no reader names yet too) or the table's note ends it.
    if (disclosureTableKind(t) || /^(注|备注)[:：]/.test(t) || /(预算|决算)[^\s]*表$/.test(t)) break;
    const ps = pieces(t);
    // Each row opens with its label (a line opening with an amount is a cell-a-line copy's, not such a row).
    if (!ps || ps[0]!.kind !== 'label') break;
    const held = ps.filter((p) => p.kind === 'amount');
    if (held.length === 0 && body.length === 0) {
      header.push(ps.map((p) => p.text));
      continue;
    }
    if (held.length > 0) {
      amounts++;
      printedAmounts += held.filter((p) => PLAIN_AMOUNT.test(p.text)).length;
      lastFilled = body.length;
    }
    body.push(cellsOf(ps));
    lines.push(r.line!);
  }
  if (amounts < 3 || printedAmounts < 2) return null;
  body.splice(lastFilled + 1);
  lines.splice(lastFilled + 1);
  const lastLine = lines.at(-1)!;
  // The columns: the header line naming the most of them (功能分类科目名称 合计 基本支出 项目支出), not 类 款 项.
  const columns = header
    .filter((h) => !isCodeLevels(h))
    .reduce<string[]>((best, h) => (h.length > best.length ? h : best), []);
  const table: DisclosureTable = { title, unit, columns, rows: body, note: null };
  let next = start + 1;
  while (next < rows.length && (rows[next]!.line === undefined || rows[next]!.line! <= lastLine)) next++;
  return { table, lines, end: next };
}
