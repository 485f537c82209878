// .ofd (GB/T 33190-2016, the national fixed-layout format: 数科, 福昕, 永中, WPS "输出为 OFD") → rows. The package
// is opened with the guarded zip reader, its pages found through OFD.xml → Document.xml (ofd-package.ts), each page
// and its template pages read into glyphs and drawn boxes (ofd-content.ts); glyphs become the positioned text pieces
// and boxes the border rules the PDF reader hands its layout, so the same code (pdf-layout.ts, pdf-tables.ts) builds
// the tables: ruled cells, merged cells, wrapped lines, a table continued on the next page.
import type { Row } from '../rows/row.ts';
import { ImportError } from '../import-errors.ts';
import { SafeZip } from './safe-zip.ts';
import { DEFAULT_XML_LIMITS, type XmlLimits } from './xml-walk.ts';
import { glyphEms, readPagePart, type Glyph, type PagePart } from './ofd-content.ts';
import { ofdPages, ofdUnreadable, partText } from './ofd-package.ts';
import { boxRule, MAX_RULES, type Piece, type Rule } from './pdf-tables.ts';
import { layoutPage, type PageState } from './pdf-layout.ts';

/** Most pages read, as for a PDF. */
const MAX_PAGES = 500;
/** Points (the PDF layout's unit) per millimetre (OFD's). */
const PT = 72 / 25.4;
/** A4 portrait, the page when neither the page nor its document gives one. */
const A4 = [0, 0, 210, 297];

export async function readOfdRows(data: Uint8Array, limits: XmlLimits = DEFAULT_XML_LIMITS): Promise<Row[]> {
  const zip = new SafeZip(data);
  const budget = { elements: 0 };
  const pages = ofdPages(zip, limits, budget);
  if (pages.length === 0) throw ofdUnreadable('文档没有页面');
  const parsed = new Map<string, PagePart>();
  const partOf = (name: string, what: string): PagePart => {
    let part = parsed.get(name);
    if (!part) {
      part = readPagePart(partText(zip, name, what), name, limits, budget);
      parsed.set(name, part);
    }
    return part;
  };
  const rows: Row[] = [];
  const state: PageState = { open: null };
  let characters = 0;
  let images = 0;
  pages.slice(0, MAX_PAGES).forEach((ref, k) => {
    const p = k + 1;
    const page = partOf(ref.part, `第${p}页的内容 Content.xml`);
    // Template pages carry what every page shares (a form's printed frame and headings): drawn with the page.
    const templates = page.templates.flatMap((id) => {
      const name = ref.templates.get(id);
      return name ? [partOf(name, `第${p}页所用的模板页`)] : [];
    });
    const box = page.box ?? ref.box ?? A4;
    const bottom = box[1]! + box[3]!;
    const glyphs = [...templates.flatMap((t) => t.glyphs), ...page.glyphs];
    const drawn = [...templates.flatMap((t) => t.boxes), ...page.boxes];
    images += page.images + templates.reduce((n, t) => n + t.images, 0);
    const pieces = piecesOf(glyphs, bottom);
    characters += pieces.reduce((n, piece) => n + piece.text.replace(/\s/g, '').length, 0);
    for (const row of layoutPage(pieces, rulesOf(drawn, bottom), state)) {
      row.line = p;
      row.source = `第${p}页`;
      rows.push(row);
    }
  });
  if (characters === 0) {
    throw new ImportError(
      'ofd-no-text',
      images > 0
        ? 'OFD 文件只有图片、没有文字（扫描件）：请在 OFD 阅读器中导出为 PDF 后再导入（扫描件按文字识别读取），或导入原始的 Word/Excel 文件'
        : 'OFD 文件中没有文字：请确认文件内容，或导入原始的 Word/Excel 文件',
    );
  }
  return rows;
}

/**
 * Glyphs in the order written → text pieces in PDF points (y upwards from the page's bottom): a glyph joins the
 * piece before it when it sits on the same baseline at the same size right where that piece's last glyph ends
 * (its width estimated: DeltaX may be wider than the glyph when text is spread over a cell). A wider gap starts a
 * new piece, as a PDF's text items part there; the layout then decides space, cell or column as it does for a PDF.
 */
export function piecesOf(glyphs: readonly Glyph[], bottom: number): Piece[] {
  const pieces: Piece[] = [];
  let current: (Piece & { lastX: number; lastEms: number }) | null = null;
  for (const g of glyphs) {
    const x = g.x * PT;
    const y = (bottom - g.y) * PT;
    const size = g.size * PT;
    const ems = glyphEms(g.text);
    if (current) {
      const end = current.lastX + current.lastEms * current.size;
      const gap = (x - end) / current.size;
      const sameLine = Math.abs(y - current.y) <= current.size * 0.1 && Math.abs(size / current.size - 1) < 0.2;
      // Full-width glyphs have their exact width; half-width ones vary (W, i), so more slack is left after them.
      if (sameLine && gap >= -0.6 && gap <= (current.lastEms === 1 ? 0.2 : 0.45)) {
        current.text += g.text;
        current.lastX = x;
        current.lastEms = ems;
        current.width = x + ems * size - current.x;
        continue;
      }
      pieces.push(strip(current));
    }
    current = { text: g.text, x, y, size, width: ems * size, lastX: x, lastEms: ems };
  }
  if (current) pieces.push(strip(current));
  return pieces;
}

function strip(p: Piece & { lastX: number; lastEms: number }): Piece {
  return { text: p.text, x: p.x, y: p.y, width: p.width, size: p.size };
}

/** Drawn boxes (millimetres, y down) → border rules in points (y up); none when the page is a drawing. */
export function rulesOf(boxes: readonly number[][], bottom: number): Rule[] {
  const rules: Rule[] = [];
  for (const [x0, y0, x1, y1] of boxes) {
    const rule = boxRule(x0! * PT, (bottom - y0!) * PT, x1! * PT, (bottom - y1!) * PT);
    if (rule) rules.push(rule);
    if (rules.length > MAX_RULES) return [];
  }
  return rules;
}
