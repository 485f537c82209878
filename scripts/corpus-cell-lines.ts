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
// The layouts themselves are packages/documents/test/corpus/text-layouts.ts (the template variants print them too).
// Usage: node --import tsx scripts/corpus-cell-lines.ts [--spaced | --lines | --joined [--wrap=N]] [--paged [--page=N] [--narrow]] IN OUT
import { readFileSync, writeFileSync } from 'node:fs';
import { readTextRows } from '../packages/documents/src/text/read-text.ts';
import {
  bareLines,
  cellLines,
  joinedLines,
  numberRows,
  pagedLines,
  spacedLines,
} from '../packages/documents/test/corpus/text-layouts.ts';

const spaced = process.argv.includes('--spaced');
const joined = process.argv.includes('--joined');
const bare = process.argv.includes('--lines');
const paged = process.argv.includes('--paged');
const gap = process.argv.includes('--narrow') ? ' ' : '    ';
const numbered = process.argv.includes('--numbered');
const pageLength = Number(
  /^--page=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--page=')) ?? '')?.[1] ?? 40,
);
const wrap = Number(/^--wrap=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--wrap=')) ?? '')?.[1] ?? 0);
const [input, output] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!input || !output) throw new Error('usage: corpus-cell-lines.ts [--spaced] IN OUT');
const text = readFileSync(input, 'utf8');
const rows = readTextRows(text);
const source = (r: { cells: string[] }) => (r.cells[0] ?? '').startsWith('# source');
let lines: string[];
if (joined) {
  const head = text.split('\n')[0]!.startsWith('# source:') ? [text.split('\n')[0]!] : [];
  lines = [
    ...head,
    ...joinedLines(
      rows.filter((r) => !source(r)),
      wrap,
    ),
  ];
} else if (paged) {
  const table = numbered ? numberRows(rows.map((r) => ({ cells: r.cells, table: r.table }))) : rows;
  lines = pagedLines(table, { spaced, gap, pageLength });
} else if (bare) lines = bareLines(rows);
else if (spaced) lines = spacedLines(rows);
else lines = cellLines(rows);
writeFileSync(output, lines.join('\n') + '\n');
