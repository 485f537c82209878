// A standard table of a disclosure (收支总表, 收入总表, 支出总表, 财政拨款收支总表 …) whose text layer kept no cell
// boundaries: each row a line with its cells parted by single spaces (figures run into the next label:
// 47,483,458一、社会保障和就业支出; codes into names: 2010506统计管理), or one cell a line (3,286,618,082.20 and
// the next label on one line, the amounts of a row each on a line of their own). Rows are rebuilt by what the
// pieces are: a label (with its 科目 code) opens a row and the amounts after it are its cells.
import { budgetLine, disclosureTableKind, labelKey, parseAmount, type DisclosureTable } from '@jixiao/core';
import type { Row } from '../rows/row.ts';
import { isBlankCell, oneLine } from '../rows/clean-cell.ts';
import { unitOf, type TableRead } from './disclosure-table.ts';
import { markCodes, opensCell, tokensOf, type Token } from './disclosure-amount-tokens.ts';

/** Lines between a title and its header: who compiled it (编制部门：X), its 单位, its number. */
const PREAMBLE =
  /^(编制(部门|单位)|预算(单位|部门)|部门(（单位）)?|单位名称|单位)[:：]|^(附)?表[一二三四五六七八九十\d]+$/;
/** The 科目 code's levels written under its heading: no column of amounts. */
const CODE_LEVELS = /^(类|款|项|类款项)$/;
/** Header words that name a column of amounts (besides the lines a budgetLine knows). */
const AMOUNT_HEADING = /^(合计|小计|总计)$|(预算数?|决算数?|金额|收入|支出|经费)$/;
/** Rows after which a header can no longer be told from text: more header lines than any table prints. */
const MAX_HEADER_TOKENS = 40;

/**
 * The table under the title at rows[start], read from the lines as printed; null unless two rows or more hold a
 * label and an amount. `printed`: the rows as the file gave them (spaces kept).
 */
export function readAmountLines(
  rows: readonly Row[],
  start: number,
  title: string,
  printed: readonly Row[],
): TableRead | null {
  const titleRow = rows[start];
  if (!titleRow || titleRow.line === undefined) return null;
  const from = printed.findIndex((r) => r.source === titleRow.source && r.line === titleRow.line);
  if (from < 0) return null;
  let unit: string | null = null;
  const header: Token[] = [];
  const body: Token[][] = [];
  let k = from + 1;
  for (; k < printed.length; k++) {
    const text = textOf(printed[k]!);
    if (!text) continue;
    const tokens = tokensOf(text, printed[k]!.line ?? null);
    if (body.length === 0 && header.length === 0 && tokens.every((t) => isPreamble(t.text))) {
      unit = tokens.map((t) => unitOf(t.text)).find((u) => u !== null) ?? unit;
      continue;
    }
    if (endsTable(text, tokens)) break;
    if (body.length === 0 && !tokens.some((t) => t.kind === 'amount')) {
      header.push(...tokens);
      if (header.length > MAX_HEADER_TOKENS) return null;
      continue;
    }
    body.push(tokens);
  }
  if (body.length === 0) return null;
  const stream = !body.some(labelBeforeAmount);
  // One cell a line: the first row's label (and code) stand on the lines before its first amount.
  const lead = stream ? firstRowLead(header) : [];
  const heading = header.slice(0, header.length - lead.length);
  const flat = [...lead, ...body.flat()];
  markCodes(flat);
  const lines = stream ? [flat] : body;
  const sides = twoSided(heading);
  const out: string[][] = [];
  const rowLines: Array<number | null> = [];
  for (const line of lines)
    for (const row of pairHalves(rowsOf(line, stream), sides, stream)) {
      out.push(place(row, sides));
      rowLines.push(row[0]?.[0]?.[0]?.line ?? null);
    }
  if (out.filter((r) => r.some((c) => c !== '' && parseAmount(c) === null) && hasAmount(r)).length < 2)
    return null;
  const lastLine = Math.max(...flat.map((t) => t.line ?? 0));
  let end = start + 1;
  while (end < rows.length && (rows[end]!.source !== titleRow.source || (rows[end]!.line ?? 0) <= lastLine))
    end++;
  const table: DisclosureTable = { title, unit, columns: columnsOf(heading, sides), rows: out, note: null };
  return { table, lines: rowLines, end };
}

function textOf(row: Row): string {
  return row.cells
    .map((c) => oneLine(c))
    .filter((c) => !isBlankCell(c))
    .join(' ')
    .trim();
}

const isPreamble = (t: string) => PREAMBLE.test(labelKey(t)) || unitOf(t) !== null;

const hasAmount = (r: readonly string[]) => r.some((c) => c !== '' && parseAmount(c) !== null);

/** The line that closes the table: the next table's title, a sentence, a part heading (其他相关情况说明). */
function endsTable(text: string, tokens: readonly Token[]): boolean {
  if (tokens.some((t) => t.kind === 'amount')) return /[。；]/.test(text);
  const key = labelKey(text);
  return (
    /[。；，,：:]/.test(text.replace(/^\s*其中[:：]/, '')) ||
    // A title (…预算表), of the next table or an entry of a table of contents: no row's label.
    tokens.some((t) => t.kind === 'label' && /.{3}表$/.test(labelKey(t.text))) ||
    key.length > 40 ||
    disclosureTableKind(key) !== null ||
    // A title the lexicon does not know (2026年部门一般公共预算支出功能分类预算表): the next table's.
    /^((19|20)\d{2}年|(附)?表[一二三四五六七八九十\d]+).{2,}表$/.test(key) ||
    /说明$|^第[一二三四五六七八九十]+部分/.test(key)
  );
}

/** A line holding a label and, after it, an amount: the table writes a row a line. */
function labelBeforeAmount(tokens: readonly Token[]): boolean {
  const label = tokens.findIndex((t) => t.kind === 'label');
  return label >= 0 && tokens.slice(label + 1).some((t) => t.kind === 'amount');
}

/**
 * The first row's label as the header lines end with it in a table written one cell a line: a label with its
 * list number (一、财政拨款收入), or a 科目 name with its code (208 / 社会保障和就业支出), or 合计.
 */
function firstRowLead(header: readonly Token[]): Token[] {
  const last = header.at(-1);
  if (!last || last.kind !== 'label') return [];
  let j = header.length - 1;
  if (j > 0 && header[j - 1]!.kind === 'numbering') j--;
  const lead = header.slice(j);
  const codes = [...header.slice(0, j)].reverse().findIndex((t) => t.kind !== 'amount');
  const coded = header.slice(j - (codes < 0 ? j : codes), j);
  if (coded.length > 0) return [...coded, ...lead];
  return opensCell(last.text) || /^(合计|总计)$/.test(labelKey(last.text)) ? lead : [];
}

/** The label cells and amounts of one row: [[label tokens…], [amount], [amount]…] per label. */
type Group = Token[][];

/**
 * The rows of a line (or of the whole run, one cell a line): each label opens a group, the amounts after it are
 * its cells. Label words run together (a label printed with a space, or wrapped over two lines) unless the next
 * opens with its own list number; a list number alone belongs to the label after it; a code to the name after it.
 * A line's groups make one row; in a run of one cell a line each label after an amount opens a new row.
 */
function rowsOf(tokens: readonly Token[], stream: boolean): Group[][] {
  const rows: Group[][] = [];
  let row: Group[] = [];
  let group: Group | null = null;
  let pending: Token[] = [];
  const open = () => {
    if (group && stream && group.length > 1) {
      rows.push(row);
      row = [];
    }
    group = [[...pending]];
    pending = [];
    row.push(group);
  };
  for (const t of tokens) {
    if (t.kind === 'code' || t.kind === 'numbering') {
      pending.push(t);
      continue;
    }
    if (t.kind === 'label') {
      const label = group as Group | null;
      const words = label && label.length === 1 && pending.length === 0 ? label[0]! : null;
      if (words && !opensCell(t.text) && words.length > 0 && !partedByBlank(words.at(-1)!, t))
        words.push(wrapped(words.at(-1)!, t));
      else {
        pending.push(t);
        open();
      }
      continue;
    }
    if (!group) {
      // Amounts before any label (a row of figures alone): a row without a label.
      group = [[...pending]];
      pending = [];
      row.push(group);
    }
    (group as Group).push([t]);
  }
  if (pending.length > 0) {
    group = [[...pending]];
    row.push(group);
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/**
 * Two words with a blank line between them (a page's table copied one cell a paragraph, fresh/649: 一、一般公共服务支出
 * / blank / 一般公共预算收入): two cells, never one label wrapped — a wrapped label goes on at the next line.
 */
function partedByBlank(before: Token, word: Token): boolean {
  return before.line !== null && word.line !== null && word.line - before.line >= 2;
}

/**
 * A label's next word as it joins the label: a word wrapped onto the next line (一、社会保障和就业 / 支出) is the
 * same word, written on without a space; a word printed apart on its line keeps its space.
 */
function wrapped(before: Token, word: Token): Token & { runOn?: boolean } {
  const han = /\p{Script=Han}$/u.test(before.text) && /^\p{Script=Han}/u.test(word.text);
  return han && before.line !== word.line ? { ...word, runOn: true } : word;
}

/** A label's words as one cell, a wrapped word run on without a space. */
const labelText = (words: ReadonlyArray<Token & { runOn?: boolean }>) =>
  words.map((t, k) => (k === 0 || t.runOn ? t.text : ` ${t.text}`)).join('');

/** A heading of a 收支总表's label column, maybe run into its amount column's (项目预算数). */
const ITEM_HEADING = /^项目(预算数|金额|决算数)?$/;

/**
 * Where the right half of a two-sided table (项目 | 预算数 | 项目 | 预算数: income on the left, spending on the
 * right) starts, or null for a table of one label column.
 */
function twoSided(heading: readonly Token[]): number | null {
  const items = heading.map((t, k) => ({ t: labelKey(t.text), k })).filter((x) => ITEM_HEADING.test(x.t));
  if (items.length < 2) return null;
  const width = items[1]!.k - items[0]!.k;
  return width >= 2 ? width : null;
}

/**
 * Written one cell a line, a two-sided table's row comes as its income half, then its spending half (一、财政拨款收入
 * / 3,286,618,082.20 一、社会保障和就业支出 / 16,067,196.24): a spending half right after an income half is its row's.
 */
function pairHalves(rows: Group[][], sides: number | null, stream: boolean): Group[][] {
  if (!stream || sides === null) return rows;
  const out: Group[][] = [];
  const spends = (r: Group[]) => r.some((g) => namesSpending(labelText(g[0]!)));
  for (const row of rows) {
    const prev = out.at(-1);
    if (prev && !spends(prev) && row.every((g) => namesSpending(labelText(g[0]!)))) prev.push(...row);
    else out.push(row);
  }
  return out;
}

/** A label naming spending (二、卫生健康支出, 支出总计): the right half of a 收支总表. */
const namesSpending = (label: string) => /支出(总计|合计)?$|^支出/.test(labelKey(label));

function place(row: Group[], sides: number | null): string[] {
  const cellsOf = (g: Group) => [labelText(g[0]!), ...g.slice(1).map((c) => amountCell(c[0]!.text))];
  if (sides === null) return row.flatMap(cellsOf);
  const right = row.findIndex((g) => namesSpending(labelText(g[0]!)));
  const left = (right < 0 ? row : row.slice(0, right)).flatMap(cellsOf);
  if (right < 0) return left;
  const pad = Array<string>(Math.max(0, sides - left.length)).fill('');
  return [...left, ...pad, ...row.slice(right).flatMap(cellsOf)];
}

/** An amount as its cell holds it: a plain decimal, a rate without its %, a dash for an empty cell ''. */
function amountCell(text: string): string {
  if (/^[-—–]+$/.test(text)) return '';
  return parseAmount(text.replace(/[%％]$/, '')) ?? '';
}

/**
 * Column names by meaning: the header's block of amount headings from 合计 on (合计 | 基本支出 | 项目支出) after
 * the label column; the sides of a two-sided table as printed; else the header's words.
 */
function columnsOf(heading: readonly Token[], sides: number | null): string[] {
  const words = heading.map((t) => labelKey(t.text)).filter((w) => !CODE_LEVELS.test(w));
  const total = words.findIndex((w) => /^(合计|总计)$/.test(w));
  if (sides === null && total >= 0) {
    const block = [words[total]!];
    for (let j = total + 1; j < words.length && isAmountHeading(words[j]!); j++) block.push(words[j]!);
    const label = total > 0 && !isAmountHeading(words[total - 1]!) ? words[total - 1]! : '';
    return [label, ...block];
  }
  const first = words.findIndex((w) => ITEM_HEADING.test(w));
  return first >= 0 ? words.slice(first) : words;
}

const isAmountHeading = (w: string) => AMOUNT_HEADING.test(w) || budgetLine(w) !== null;
