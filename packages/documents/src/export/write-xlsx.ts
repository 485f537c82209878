// Layout → .xlsx with exceljs: one sheet per section, merged cells as on the template, column widths,
// thin borders on table cells only (paragraph lines stay borderless, which is how the reader tells them
// apart), 万元 amounts as numbers with two decimals, print area, A4, fit to one page wide.
import ExcelJS from 'exceljs';
import type { Form } from '@jixiao/core';
import type { DocumentLayout, LayoutCell, LayoutParagraph, LayoutSection } from './layout.ts';
import { layoutForm } from './layout-form.ts';

const FONT = '宋体';
const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

export async function exportXlsx(form: Form): Promise<Uint8Array> {
  return writeXlsx(layoutForm(form));
}

export async function writeXlsx(layout: DocumentLayout): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jixiao 绩效';
  workbook.title = layout.title;
  for (const section of layout.sections) writeSection(workbook, section);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function writeSection(workbook: ExcelJS.Workbook, section: LayoutSection): void {
  const W = section.columns.length;
  const sheet = workbook.addWorksheet(section.name, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: section.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C第 &P 页，共 &N 页' },
    views: [{ showGridLines: false }],
  });
  section.columns.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  let r = 1;
  let repeatFrom: number | null = null;
  let repeatTo: number | null = null;
  for (const block of section.blocks) {
    if (block.type === 'paragraph') {
      writeParagraph(sheet, r, block, section.columns);
      r++;
      continue;
    }
    if (block.headerRows > 0 && repeatFrom === null) {
      repeatFrom = r;
      repeatTo = r + block.headerRows - 1;
    }
    const heights = new Map<number, number>();
    block.rows.forEach((row, k) => {
      for (const c of row) writeCell(sheet, r + k, c, section.columns, heights);
    });
    for (let k = 0; k < block.rows.length; k++)
      sheet.getRow(r + k).height = Math.max(20, heights.get(r + k) ?? 0);
    r += block.rows.length;
  }
  sheet.pageSetup.printArea = `A1:${columnLetter(W)}${Math.max(1, r - 1)}`;
  if (repeatFrom !== null) sheet.pageSetup.printTitlesRow = `${repeatFrom}:${repeatTo}`;
}

function writeParagraph(sheet: ExcelJS.Worksheet, r: number, p: LayoutParagraph, columns: number[]): void {
  const W = columns.length;
  const c = sheet.getCell(r, 1);
  c.value = p.text;
  if (W > 1) sheet.mergeCells(r, 1, r, W);
  const size = p.style === 'title' ? 16 : p.style === 'heading' ? 12 : 10.5;
  c.font = {
    name: p.style === 'title' || p.style === 'heading' ? '黑体' : FONT,
    size,
    bold: p.style === 'title' || p.style === 'heading',
  };
  c.alignment = { horizontal: p.align, vertical: 'middle', wrapText: true };
  const lines = textLines(
    p.text,
    columns.reduce((a, b) => a + b, 0),
    size,
  );
  sheet.getRow(r).height = Math.max(p.style === 'title' ? 30 : 18, lines * size * 1.45 + 4);
}

function writeCell(
  sheet: ExcelJS.Worksheet,
  r: number,
  c: LayoutCell,
  columns: number[],
  heights: Map<number, number>,
): void {
  const target = sheet.getCell(r, c.col + 1);
  if (c.decimals !== undefined && c.text !== '') {
    target.value = Number(c.text);
    target.numFmt = c.decimals > 0 ? `0.${'0'.repeat(c.decimals)}` : '0';
  } else {
    target.value = c.text;
  }
  const bold = c.style === 'label' || c.style === 'header' || c.style === 'section';
  target.font = { name: FONT, size: 10.5, bold };
  target.alignment = { horizontal: c.align, vertical: 'middle', wrapText: true };
  if (c.style === 'header' || c.style === 'section') {
    target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
  }
  if (c.rowSpan > 1 || c.colSpan > 1) sheet.mergeCells(r, c.col + 1, r + c.rowSpan - 1, c.col + c.colSpan);
  // Borders on every grid position of the cell, so merged areas print with their outline.
  for (let dr = 0; dr < c.rowSpan; dr++)
    for (let dc = 0; dc < c.colSpan; dc++) sheet.getCell(r + dr, c.col + 1 + dc).border = BORDER;
  const width = columns.slice(c.col, c.col + c.colSpan).reduce((a, b) => a + b, 0);
  const needed = textLines(c.text, width, 10.5) * 15 + 6;
  const per = needed / c.rowSpan;
  for (let dr = 0; dr < c.rowSpan; dr++) heights.set(r + dr, Math.max(heights.get(r + dr) ?? 0, per));
}

/** Lines a text wraps to in a column of `width` characters (Han characters are about two wide). */
export function textLines(text: string, width: number, size = 10.5): number {
  const perLine = Math.max(1, (width - 1) * (10.5 / size));
  return text.split('\n').reduce((n, line) => {
    const w = [...line].reduce((s, ch) => s + (/[\u2e80-\uffff]/.test(ch) ? 2 : 1.05), 0);
    return n + Math.max(1, Math.ceil(w / perLine));
  }, 0);
}

function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
