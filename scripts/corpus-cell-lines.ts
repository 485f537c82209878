// Writes a development document again as a web page copy writes tables one cell per line: each row opened
// by a lone `|` (its left border), each cell on its own line ending in ` |`, the cells a row lacks (merged
// from above, as a page's rowspan leaves them out, or blank at its end) as one line of bare pipes. The cells are the document's own as read (readTextRows); the `# source:` line is
// kept. Used for corpus/formats/*.cells.txt (a layout, not a template: the truth is the document's own).
// With --spaced: as text copied from a PDF viewer or pdftotext -layout: each row on a line, its cells apart by
// wide gaps, cells merged from above (blank at a row's start) as indentation.
// With --joined: as the text layer of a .doc or a copied web page without cell borders gives it: the cells
// of every row run together without a gap, the whole form one stream (a line per `--wrap=N` columns, a CJK character
// two, cut wherever the width runs out, even inside a word or a number).
// With --lines: every filled cell on a line of its own, without borders or blank lines.
// With --paged (after --lines or --spaced): as a Word or PDF copy of a printed table gives it: header words
// broken after their first two characters (一级 / 指标), a 一级's points on a line of their own (产出指标 / (50分);
// with --spaced its name too: 产出 / 指标 / (50分)), the cells a row leaves empty gone without indentation,
// and a page number on a line of its own every `--page=N` lines (— 3 —, 3, 第 3 页 in turn), cutting a long
// cell in two where it falls on one.
// With --narrow (after --spaced --paged): one space between cells, as a web page's copy gives a table.
// With --numbered (after --paged): the indicator names numbered as a template prints them (指标1：…) under each
// 二级, and after each 二级's rows the template's next number left empty (指标3：) as a filler row.
// Usage: node --import tsx scripts/corpus-cell-lines.ts [--spaced | --lines | --joined [--wrap=N]] [--paged [--page=N] [--narrow]] IN OUT
import { readFileSync, writeFileSync } from 'node:fs';
import { readTextRows } from '../packages/documents/src/text/read-text.ts';
import { levelLabel } from '../packages/documents/src/recognize/evaluation-cells.ts';
import { indicatorColumnOf } from '../packages/documents/src/recognize/evaluation-lexicon.ts';

const spaced = process.argv.includes('--spaced');
const joined = process.argv.includes('--joined');
const bare = process.argv.includes('--lines');
const paged = process.argv.includes('--paged');
const gap = process.argv.includes('--narrow') ? ' ' : '    ';
const numbered = process.argv.includes('--numbered');
const pageLength = Number(/^--page=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--page=')) ?? '')?.[1] ?? 40);
const wrap = Number(/^--wrap=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--wrap=')) ?? '')?.[1] ?? 0);
const [input, output] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!input || !output) throw new Error('usage: corpus-cell-lines.ts [--spaced] IN OUT');
const text = readFileSync(input, 'utf8');
const out: string[] = [];
const rows = readTextRows(text);
if (joined) {
  const head = text.split('\n')[0]!.startsWith('# source:') ? [text.split('\n')[0]!] : [];
  const stream = rows.filter((r) => !(r.cells[0] ?? '').startsWith('# source')).map((r) => r.cells.map((c) => c.replace(/\s+/g, '')).join('')).join('');
  // Cut as a page of fixed width does: a CJK character takes two columns, one that no longer fits starts the next line.
  const lines: string[] = [''];
  let width = 0;
  for (const ch of stream) {
    const w = /[\u2e80-\uffef]/u.test(ch) ? 2 : 1;
    if (wrap > 0 && width + w > wrap) {
      lines.push('');
      width = 0;
    }
    lines[lines.length - 1] += ch;
    width += w;
  }
  writeFileSync(output, [...head, ...lines].join('\n') + '\n');
  process.exit(0);
}
if (paged) {
  const table = numbered ? numberRows(rows.map((r) => ({ cells: r.cells, table: r.table }))) : rows;
  writeFileSync(output, paginate(table.flatMap((r) => pagedLines(r.cells, r.table))).join('\n') + '\n');
  process.exit(0);
}
if (bare) {
  // Every filled cell on a line of its own, no border and no blank line: a copy of a table without its grid.
  const cells = rows.flatMap((r) => r.cells.map((c) => c.replace(/\s+/g, ' ').trim()).filter((c) => c !== ''));
  writeFileSync(output, cells.join('\n') + '\n');
  process.exit(0);
}
for (const row of rows) {
  if (!row.table) {
    out.push(row.cells.join(' '));
    continue;
  }
  let from = 0;
  while (from < row.cells.length && row.cells[from] === '') from++;
  if (spaced) {
    const cells = row.cells.slice(from).map((c) => c.replace(/\s+/g, ' ').trim());
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    out.push(' '.repeat(from * 4) + cells.filter((c) => c !== '').join('    '));
    continue;
  }
  let own = row.cells.length;
  while (own > from && row.cells[own - 1] === '') own--;
  out.push('|');
  for (const cell of row.cells.slice(from, own)) out.push(cell === '' ? '|' : `${cell} |`);
  const lacking = row.cells.length - (own - from);
  if (lacking > 0) out.push('|'.repeat(lacking));
}
writeFileSync(output, out.join('\n') + '\n');

/** A header word broken after its first two characters, a 一级's points apart (and its name, when spaced). */
function brokenCell(cell: string): string[] {
  const text = cell.replace(/\s+/g, ' ').trim();
  const level = levelLabel(text);
  if (level?.level === 1 && !level.alsoLevel2) {
    const points = /[（(]\d+(\.\d+)?分[)）]$/.exec(text)?.[0];
    const name = points ? text.slice(0, -points.length) : text;
    const parts = spaced && name.length >= 4 ? [name.slice(0, 2), name.slice(2)] : [name];
    return points ? [...parts, points] : parts;
  }
  if (indicatorColumnOf(text) !== null && text.length >= 4 && !/\s/.test(text)) return [text.slice(0, 2), text.slice(2)];
  return [text];
}

/** A row's lines: one per filled cell; spaced, the row on one line after the lines of its broken 一级. */
function pagedLines(cells: string[], table: boolean): string[] {
  const filled = cells.map((c) => c.replace(/\s+/g, ' ').trim()).filter((c) => c !== '');
  if (!spaced || !table) return filled.flatMap(brokenCell);
  const lead = filled.length > 1 && levelLabel(filled[0]!)?.level === 1 ? brokenCell(filled.shift()!) : [];
  // A 一级 broken over lines stands on lines of its own before the row; one left whole opens the row.
  const opening = lead.length === 1 ? lead : [];
  return [...(lead.length > 1 ? lead : []), [...opening, ...filled].join(gap)];
}

/**
 * A page number every pageLength lines; one falling on a long line cuts it in two: a cell per line inside
 * the cell, a spaced row at its middle gap.
 */
function paginate(lines: string[]): string[] {
  const out: string[] = [];
  let page = 1;
  lines.forEach((line, k) => {
    if (k === 0 || k % pageLength !== 0) return void out.push(line);
    const mark = [`— ${page} —`, `${page}`, `第 ${page} 页`][page % 3]!;
    page++;
    const gaps = [...line.matchAll(new RegExp(gap, 'g'))].map((m) => m.index!);
    const cut = spaced ? gaps[Math.floor(gaps.length / 2)] : [...line].length >= 8 ? Math.floor(line.length / 2) : undefined;
    if (cut !== undefined && cut > 0 && !/^# source/.test(line))
      out.push(line.slice(0, cut).trimEnd(), mark, line.slice(cut).trimStart());
    else out.push(mark, line);
  });
  return out;
}

/**
 * The rows under the indicator header with their names numbered per 二级 (指标1：…) and a filler row (指标N：)
 * closing each 二级's rows. A row's name is its first filled cell that is neither a level nor a figure.
 */
function numberRows(input: Array<{ cells: string[]; table: boolean }>): Array<{ cells: string[]; table: boolean }> {
  const out: Array<{ cells: string[]; table: boolean }> = [];
  let inTable = false;
  let n = 0;
  const filler = () => {
    if (n > 0) out.push({ cells: [`指标${n + 1}:`], table: true });
    n = 0;
  };
  for (const row of input) {
    const filled = row.cells.filter((c) => c.trim() !== '');
    if (!inTable) {
      inTable = filled.filter((c) => indicatorColumnOf(c) === 'name' || indicatorColumnOf(c) === 'level2').length > 0 && filled.every((c) => indicatorColumnOf(c) !== null);
      out.push(row);
      continue;
    }
    const at = row.cells.findIndex((c) => c.trim() !== '' && levelLabel(c) === null && !/^[\d.%≥≤=<>≧≦═＝\s-]+$/.test(c.trim()));
    const levels = row.cells.slice(0, Math.max(at, 0)).filter((c) => c.trim() !== '' && levelLabel(c) !== null);
    if (levels.some((c) => levelLabel(c)!.alsoLevel2 || levelLabel(c)!.level === 2) || (at < 0 && filled.some((c) => levelLabel(c) !== null))) filler();
    if (at < 0 || !row.table || filled.length < 2 || /^(总分|合计|其他需要说明|说明|注)/.test(row.cells[at]!.trim())) {
      if (/^(总分|合计)/.test(filled[0] ?? '')) {
        filler();
        inTable = false;
      }
      out.push(row);
      continue;
    }
    n++;
    out.push({ ...row, cells: row.cells.map((c, k) => (k === at ? `指标${n}:${c.trim()}` : c)) });
  }
  return out;
}
