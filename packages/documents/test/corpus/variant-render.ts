// A template variant's bytes (variants.ts): pipe or tab text, an .html table, an .xlsx sheet, a Word table (.docx),
// a copied text layout, or the PDF LibreOffice makes of its .docx or .xlsx (renderVariants, one run of soffice).
// Test data, not product code.
import { default as ExcelJS } from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { writeDocx } from '../../src/export/write-docx.ts';
import type { LayoutCell } from '../../src/export/layout.ts';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  cellLines,
  bareLines,
  displayWidth,
  joinedLines,
  markdownLines,
  paddedLines,
  spacedLines,
  type LayoutRow,
} from './text-layouts.ts';
import { wordPageLines } from './word-page-lines.ts';
import { spellings } from './truth.ts';
import {
  type Cell,
  COPIED_LAYOUTS,
  type CopiedLayout,
  type Drawn,
  type Grid,
  hash,
  type PdfPageStyle,
  pick,
  rng,
  type Variant,
} from './variant-choices.ts';

/** The variant's bytes in its format (the .xlsx is written by ExcelJS, the .docx by the project's exporter). */
export async function renderVariant(v: Variant, page: readonly PdfPageStyle[] = []): Promise<Variant> {
  // A shape written as text when it was made (bracketList, headingOutline).
  if (v.choices.shape === 'bracketList' || v.choices.shape === 'headingOutline') return v;
  const { grid, pre, head } = v as Drawn;
  // A run-together graded copy prints a merged cell once (wide/492).
  const repeat = v.choices.repeatMerged && v.choices.shapeStyle !== 'joined';
  const lines = pre.filter((l) => l !== '');
  // A text copy: a merged cell's other positions blank, or its text repeated down a column.
  const textRows = (): string[][] => {
    const out: string[][] = grid.map((row) => row.map(() => ''));
    grid.forEach((row, i) =>
      row.forEach((c, j) => {
        if (!c) return;
        out[i]![j] = c.text;
        if (repeat) for (let s = 1; s < c.rowspan; s++) if (out[i + s]) out[i + s]![j] = c.text;
      }),
    );
    return out;
  };
  let data: Uint8Array;
  const copied = (COPIED_LAYOUTS as readonly string[]).includes(v.choices.format);
  if (
    v.choices.shape === 'joined' ||
    v.choices.shapeStyle === 'joined' ||
    v.choices.shape === 'reportTable'
  ) {
    // Every line and cell run together without a gap: the whole form one line.
    const rows: LayoutRow[] = [
      ...lines.map((l) => ({ cells: [l], table: false })),
      ...textRows().map((cells) => ({ cells, table: true })),
    ];
    data = new TextEncoder().encode(joinedLines(rows).join('\n') + '\n');
  } else if (copied) {
    const rows: LayoutRow[] = [
      ...lines.map((l) => ({ cells: [l], table: false })),
      ...textRows().map((cells) => ({ cells, table: true })),
    ];
    const indent = rng(hash(`${v.id}/indent`));
    const text = copiedText(v.choices.format as CopiedLayout, rows, indent);
    data = new TextEncoder().encode(text.join('\n') + '\n');
  } else if (v.choices.format === 'pdf') {
    // The source's bytes; renderVariants converts them.
    // A PDF's page styles go into the source LibreOffice converts (never into the plain .docx / .xlsx formats).
    const source = { ...v, choices: { ...v.choices, format: v.choices.pdfFrom! } };
    data = (await renderVariant(source, v.choices.pdfPage)).data;
  } else if (v.choices.format === 'pipe') {
    const body = textRows().map((row) => `| ${row.join(' | ')} |`);
    data = new TextEncoder().encode([...lines, ...body].join('\n') + '\n');
  } else if (v.choices.format === 'tab') {
    const body = textRows().map((row) => row.join('\t').replace(/\t+$/, ''));
    data = new TextEncoder().encode([...lines, ...body].join('\n') + '\n');
  } else if (v.choices.format === 'html') {
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const trs = grid.map(
      (row) =>
        `<tr>${row
          .filter((c): c is Cell => c !== null)
          .map(
            (c) =>
              `<td${c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}${c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}>${esc(c.text)}</td>`,
          )
          .join('')}</tr>`,
    );
    const html = `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${esc(lines[0] ?? '')}</title></head><body>\n${lines.map((l) => `<p>${esc(l)}</p>`).join('\n')}\n<table border="1">\n${trs.join('\n')}\n</table>\n</body></html>\n`;
    data = new TextEncoder().encode(html);
  } else if (v.choices.format === 'docx') {
    // The page lines as paragraphs over one Word table, merges as gridSpan / vMerge.
    const width = Math.max(...grid.map((r) => r.length));
    const rows = grid.map((row) =>
      row.flatMap((c, j): LayoutCell[] =>
        c
          ? [{ col: j, text: c.text, rowSpan: c.rowspan, colSpan: c.colspan, style: 'value', align: 'left' }]
          : [],
      ),
    );
    const docx = await writeDocx({
      title: lines[0] ?? '',
      sections: [
        {
          name: 'Sheet1',
          columns: Array<number>(width).fill(10),
          orientation: width > 6 ? 'landscape' : 'portrait',
          blocks: [
            ...lines.map((text, k) => ({
              type: 'paragraph' as const,
              text,
              style: k === 0 ? ('title' as const) : ('text' as const),
              align: k === 0 ? ('center' as const) : ('left' as const),
            })),
            { type: 'table', rows, headerRows: 0 },
          ],
        },
      ],
    });
    const broken = page.includes('rowsBreak') ? rowsMayBreak(docx) : docx;
    const said = rng(hash(`${v.id}/pdfPage16/words`));
    const unit = unitOf(v);
    data = sameBytesEveryRun(
      page.includes('wordHead') || page.includes('wordFooter')
        ? wordPageLines(broken, {
            head: page.includes('wordHead') ? pick(said, WORD_HEADS)(unit) : undefined,
            foot: page.includes('wordFooter') ? pick(said, WORD_FOOTERS)(unit) : undefined,
          })
        : broken,
    );
  } else {
    const words = rng(hash(`${v.id}/pdfPage/words`));
    const said = rng(hash(`${v.id}/pdfPage16/words`));
    data = await officialSheet(grid, lines, {
      footer: page.includes('signFooter')
        ? pick(said, SIGN_FOOTERS)(unitOf(v))
        : page.includes('footer')
          ? pick(words, PAGE_FOOTERS)
          : undefined,
      runningHead: page.includes('runningHead') ? pick(words, RUNNING_HEADS) : undefined,
      repeatHead: page.includes('repeatHead') ? head : undefined,
      rowHeight: page.includes('tallRows') ? pick(words, [30, 36, 42]) : undefined,
      wide: page.includes('widePage') ? pick(said, ['downThenOver', 'overThenDown'] as const) : undefined,
    });
  }
  return { ...v, data };
}

/** Page-number footers of printed sheets (Excel's codes: &P the page, &N the pages). */
const PAGE_FOOTERS = ['&C第 &P 页，共 &N 页', '&C&P/&N', '&C- &P -', '&R第&P页'] as const;
/** Running heads of printed sheets (a fixed date: the same bytes every run, for --pdf-dir). */
const RUNNING_HEADS = ['&L附件2', '&R打印日期：2024年3月1日', '&C内部资料', '&L附件1&R2024-03-01'] as const;

/** The unit a footer or running head names on every page: the form's own, or a bureau's. */
function unitOf(v: Variant): string {
  const u = v.truth.forms[0]?.unit;
  return (u === undefined ? undefined : spellings(u)[0]) ?? '县财政局';
}
/** Footers of printed sheets that are more than a page number (Excel's codes; &P the page, &N the pages). */
const SIGN_FOOTERS: ReadonlyArray<(unit: string) => string> = [
  () => '&L制表人：&C审核人：&R单位（盖章）',
  () => '&L填报日期：2024年3月1日&R第 &P 页 共 &N 页',
  (unit) => `&C${unit}&R&P/&N`,
  () => '&L共 &N 页 第 &P 页&R制表：预算股',
  () => '&C第&P页 共&N页',
  () => '&R打印时间：2024-03-01 10:30',
];
/** Lines a Word document's header repeats on every page. */
const WORD_HEADS: ReadonlyArray<(unit: string) => string> = [
  () => '附件1',
  (unit) => unit,
  () => '预算绩效管理资料（2024年）',
  (unit) => `${unit}文件`,
];
/** Lines a Word document's footer prints over its page number on every page. */
const WORD_FOOTERS: ReadonlyArray<(unit: string) => string> = [
  () => '制表人：            审核人：            联系电话：',
  (unit) => `填报单位（盖章）：${unit}`,
  () => '2024年3月1日',
  (unit) => unit,
];

/** A sheet's print settings beyond the plain table (PDF_PAGE_STYLES). */
interface SheetPage {
  footer?: string;
  runningHead?: string;
  /** The grid's rows printed at the top of every page (the indicator header). */
  repeatHead?: { from: number; to: number };
  /** The table's rows at least this tall (points), as a template's rows are drawn. */
  rowHeight?: number;
  /** Not fitted to the page's width: columns past the page's right edge printed on later pages, in this order. */
  wide?: 'downThenOver' | 'overThenDown';
}

/** A Word table whose rows may break across pages, as Word's default leaves them (the exporter keeps them whole). */
function rowsMayBreak(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  const body = files['word/document.xml'];
  if (body)
    files['word/document.xml'] = new TextEncoder().encode(
      new TextDecoder().decode(body).replace(/<w:cantSplit(?:\s[^>]*)?\/>/g, ''),
    );
  return zipSync(files);
}

/** The widest a column of the sheet grows (in character widths); longer texts wrap inside it. */
const MAX_COLUMN_WIDTH = 36;
const THIN = { style: 'thin' as const };

/**
 * The grid as a finance bureau's sheet is laid out: every column as wide as its longest single-column text (a
 * CJK character two widths), long texts wrapped in a column capped at MAX_COLUMN_WIDTH, thin borders on every
 * cell of the table, the page lines over it merged across, A4 landscape fitted to one page's width — so that
 * LibreOffice's PDF of it has a text layer a reader can take apart.
 */
async function officialSheet(
  grid: Grid,
  lines: readonly string[],
  page: SheetPage = {},
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Sheet1', {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
  });
  const width = Math.max(...grid.map((r) => r.length));
  const widths = Array<number>(width).fill(6);
  for (const row of grid)
    row.forEach((c, j) => {
      if (c && c.colspan === 1) widths[j] = Math.max(widths[j]!, displayWidth(c.text) + 2);
    });
  widths.forEach((w, j) => (sheet.getColumn(j + 1).width = Math.min(w, MAX_COLUMN_WIDTH)));
  let r = 1;
  for (const [k, l] of lines.entries()) {
    const cellAt = sheet.getCell(r, 1);
    cellAt.value = l;
    cellAt.alignment = { horizontal: k === 0 ? 'center' : 'left', vertical: 'middle' };
    if (k === 0) cellAt.font = { bold: true, size: 16 };
    sheet.mergeCells(r, 1, r, width);
    r++;
  }
  grid.forEach((row, i) =>
    row.forEach((c, j) => {
      if (!c) return;
      const at = sheet.getCell(r + i, j + 1);
      at.value = c.text;
      // A text wider than its column (all its columns, when merged across) wraps; the others stay on one line.
      let room = 0;
      for (let s = 0; s < c.colspan; s++) room += Math.min(widths[j + s] ?? 6, MAX_COLUMN_WIDTH);
      const wrap = displayWidth(c.text) + 2 > room;
      at.alignment = { vertical: 'middle', horizontal: 'left', wrapText: wrap };
      // A wrapped text's row as tall as its lines, as Excel makes it when the text is typed in (LibreOffice
      // keeps the stored height, and a text taller than its row runs over the row under it).
      if (wrap && c.rowspan === 1) {
        const row = sheet.getRow(r + i);
        row.height = Math.max(row.height ?? 0, 15 * Math.ceil((displayWidth(c.text) + 2) / room));
      }
      if (c.rowspan > 1 || c.colspan > 1)
        sheet.mergeCells(r + i, j + 1, r + i + c.rowspan - 1, j + c.colspan);
    }),
  );
  if (page.rowHeight)
    for (let i = 0; i < grid.length; i++) {
      const row = sheet.getRow(r + i);
      row.height = Math.max(row.height ?? 0, page.rowHeight);
    }
  // Borders on every position of the table, merged ones included (LibreOffice draws a merged cell's from them).
  for (let i = 0; i < grid.length; i++)
    for (let j = 0; j < width; j++)
      sheet.getCell(r + i, j + 1).border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (page.footer) sheet.headerFooter.oddFooter = page.footer;
  if (page.runningHead) sheet.headerFooter.oddHeader = page.runningHead;
  if (page.wide) {
    // Portrait at full size, as a sheet printed without "fit to page" comes out.
    sheet.pageSetup.fitToPage = false;
    sheet.pageSetup.scale = 100;
    sheet.pageSetup.orientation = 'portrait';
    sheet.pageSetup.pageOrder = page.wide;
  }
  if (page.repeatHead && page.repeatHead.to > page.repeatHead.from)
    sheet.pageSetup.printTitlesRow = `${r + page.repeatHead.from}:${r + page.repeatHead.to - 1}`;
  // The same bytes on every run, so that --pdf-dir finds the PDF converted before (ExcelJS stamps the time).
  return sameBytesEveryRun(new Uint8Array(await book.xlsx.writeBuffer()));
}

/** A copied table's lines in one of the copied layouts. */
function copiedText(layout: CopiedLayout, rows: LayoutRow[], r: () => number): string[] {
  switch (layout) {
    case 'cells':
      return cellLines(rows);
    case 'cellsBlank':
      return cellLines(rows, true);
    case 'lines':
      return bareLines(rows);
    case 'linesBlank':
      return bareLines(rows, true);
    case 'spaced':
      return spacedLines(rows);
    case 'narrow':
      return spacedLines(rows, ' ');
    case 'padded':
      return paddedLines(rows);
    case 'markdown':
      return markdownLines(rows);
    case 'indented': {
      // A table nested in a page's list or quote: its rows indented by two to eight spaces or a tab, as pipe rows.
      const lead = pick(r, ['  ', '    ', '\t', '        ']);
      return rows.map((row) => (row.table ? `${lead}| ${row.cells.join(' | ')} |` : row.cells.join(' ')));
    }
  }
}

/**
 * Variants rendered, their PDFs converted from their .docx or .xlsx by LibreOffice (`soffice --headless`) in
 * one run in a temporary folder (removed after), as a person's "save as PDF" makes them.
 */
export async function renderVariants(vs: readonly Variant[], keepIn?: string): Promise<Variant[]> {
  const out = await Promise.all(vs.map((v) => renderVariant(v)));
  // With keepIn (a folder outside the repository), PDFs converted before from the same bytes are taken again.
  const kept = (v: Variant) =>
    keepIn ? join(keepIn, `${hash(Buffer.from(v.data).toString('latin1'))}.pdf`) : '';
  const pdfs = out
    .map((v, k) => ({ v, k }))
    .filter(({ v, k }) => {
      if (v.choices.format !== 'pdf') return false;
      if (!keepIn || !existsSync(kept(v))) return true;
      out[k] = { ...v, data: new Uint8Array(readFileSync(kept(v))) };
      return false;
    });
  if (pdfs.length === 0) return out;
  const work = mkdtempSync(join(tmpdir(), 'variants-pdf-'));
  try {
    const names = pdfs.map(({ v, k }) => {
      const name = join(work, `v${k}.${v.choices.pdfFrom}`);
      writeFileSync(name, v.data);
      return name;
    });
    // A run LibreOffice ends with an error (status 255 seen under load) leaves its files to the retry one at a
    // time below, not the whole measure lost.
    const convert = (files: string[]) => {
      try {
        runSoffice(files);
      } catch {
        // The files it did not convert are tried again below.
      }
    };
    const runSoffice = (files: string[]) =>
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${work}/profile`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          work,
          ...files,
        ],
        { stdio: 'ignore', timeout: 600_000 },
      );
    // One LibreOffice run stops quietly after about 250 files (seen twice on 440): runs of 100 files.
    // Each run's PDFs kept as soon as it ends: a measure stopped midway takes them again on the next run.
    const keep = (from: number, to: number) => {
      if (!keepIn) return;
      mkdirSync(keepIn, { recursive: true });
      for (const { v, k } of pdfs.slice(from, to))
        if (existsSync(join(work, `v${k}.pdf`)))
          writeFileSync(kept(v), readFileSync(join(work, `v${k}.pdf`)));
    };
    for (let k = 0; k < names.length; k += 100) {
      convert(names.slice(k, k + 100));
      keep(k, k + 100);
    }
    // LibreOffice now and then skips a file of a long batch: those once more, one at a time.
    pdfs.forEach(({ k }, n) => {
      if (!existsSync(join(work, `v${k}.pdf`))) convert([names[n]!]);
    });
    for (const { v, k } of pdfs) {
      // One LibreOffice would not convert twice stays empty: read as a failure, never left out.
      if (!existsSync(join(work, `v${k}.pdf`))) {
        out[k] = { ...v, data: new Uint8Array() };
        continue;
      }
      const pdf = readFileSync(join(work, `v${k}.pdf`));
      if (keepIn && !existsSync(kept(v))) writeFileSync(kept(v), pdf);
      out[k] = { ...v, data: new Uint8Array(pdf) };
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return out;
}

/** A .docx or .xlsx with its creation time and its zip entries' times fixed: a variant is the same bytes on every run. */
function sameBytesEveryRun(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  const core = files['docProps/core.xml'];
  if (core)
    files['docProps/core.xml'] = new TextEncoder().encode(
      new TextDecoder()
        .decode(core)
        .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$12026-01-01T00:00:00Z'),
    );
  return zipSync(files, { mtime: new Date('2026-01-01T00:00:00Z') });
}
