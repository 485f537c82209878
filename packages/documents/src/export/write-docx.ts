// Layout → .docx with the `docx` package: each section a Word section (A4, its orientation, page numbers
// in the footer), paragraphs as paragraphs, tables on the section's column grid with gridSpan/vMerge
// merges, header rows repeated on every page, 宋体 text and 黑体 titles.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { Form } from '@jixiao/core';
import type {
  Align,
  DocumentLayout,
  LayoutBlock,
  LayoutCell,
  LayoutParagraph,
  LayoutSection,
  LayoutTable,
} from './layout.ts';
import { layoutForm } from './layout-form.ts';

const A4 = { width: 11906, height: 16838 }; // twips
const MARGIN = 1000;
const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
const TITLE_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' };

export async function exportDocx(form: Form): Promise<Uint8Array> {
  return writeDocx(layoutForm(form));
}

export async function writeDocx(layout: DocumentLayout): Promise<Uint8Array> {
  const doc = new Document({
    title: layout.title,
    creator: 'Jixiao 绩效',
    styles: { default: { document: { run: { font: BODY_FONT, size: 21 } } } },
    sections: layout.sections.map(section),
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function section(s: LayoutSection): ISectionOptions {
  const landscape = s.orientation === 'landscape';
  const pageWidth = landscape ? A4.height : A4.width;
  const usable = pageWidth - 2 * MARGIN;
  const total = s.columns.reduce((a, b) => a + b, 0);
  const widths = s.columns.map((w) => Math.floor((w / total) * usable));
  return {
    properties: {
      page: {
        // docx swaps width and height itself for landscape.
        size: {
          width: A4.width,
          height: A4.height,
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      },
    },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new TextRun({
                children: ['第 ', PageNumber.CURRENT, ' 页，共 ', PageNumber.TOTAL_PAGES, ' 页'],
                size: 18,
              }),
            ],
          }),
        ],
      }),
    },
    children: joinTables(s.blocks).map((b) => (b.type === 'paragraph' ? paragraph(b) : table(b, widths))),
  };
}

/** Tables that follow each other are one table in Word (as on the paper form). */
function joinTables(blocks: LayoutBlock[]): LayoutBlock[] {
  const out: LayoutBlock[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    if (b.type === 'table' && prev?.type === 'table')
      out[out.length - 1] = { ...prev, rows: [...prev.rows, ...b.rows] };
    else out.push(b);
  }
  return out;
}

function alignment(a: Align) {
  return a === 'center' ? AlignmentType.CENTER : a === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT;
}

function paragraph(p: LayoutParagraph): Paragraph {
  const title = p.style === 'title';
  const heading = p.style === 'heading';
  return new Paragraph({
    alignment: alignment(p.align),
    spacing: { before: title ? 120 : heading ? 120 : 0, after: title ? 240 : 60 },
    indent: p.style === 'text' ? { firstLine: 420 } : undefined,
    children: [
      new TextRun({
        text: p.text,
        font: title || heading ? TITLE_FONT : BODY_FONT,
        size: title ? 36 : heading ? 24 : 21,
        bold: title || heading,
      }),
    ],
  });
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE };

function table(t: LayoutTable, widths: number[]): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: t.rows.map(
      (row, r) =>
        new TableRow({
          tableHeader: r < t.headerRows,
          cantSplit: true,
          children: row.map((c) => tableCell(c, widths)),
        }),
    ),
  });
}

function tableCell(c: LayoutCell, widths: number[]): TableCell {
  const bold = c.style === 'label' || c.style === 'header' || c.style === 'section';
  const lines = c.text === '' ? [''] : c.text.split('\n');
  return new TableCell({
    columnSpan: c.colSpan > 1 ? c.colSpan : undefined,
    rowSpan: c.rowSpan > 1 ? c.rowSpan : undefined,
    width: { size: widths.slice(c.col, c.col + c.colSpan).reduce((a, b) => a + b, 0), type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    borders: BORDERS,
    margins: { left: 60, right: 60, top: 30, bottom: 30 },
    shading:
      c.style === 'header' || c.style === 'section'
        ? { type: ShadingType.CLEAR, fill: 'F2F2F2', color: 'auto' }
        : undefined,
    children: lines.map(
      (line) =>
        new Paragraph({
          alignment: alignment(c.align),
          children: [new TextRun({ text: line, bold, size: 20 })],
        }),
    ),
  });
}
