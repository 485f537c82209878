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
import { endLayout, layoutNumberedPage, type PageState } from './pdf-layout.ts';

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
    const rules = rulesOf(drawn, bottom);
    const pieces = piecesOf(glyphs, bottom, rules);
    characters += pieces.reduce((n, piece) => n + piece.text.replace(/\s/g, '').length, 0);
    for (const row of layoutNumberedPage(pieces, rules, state, p)) rows.push(row);
  });
  if (characters === 0) {
    throw new ImportError(
      'ofd-no-text',
      images > 0
        ? 'OFD 文件只有图片、没有文字（扫描件）：请在 OFD 阅读器中导出为 PDF 后再导入（扫描件按文字识别读取），或导入原始的 Word/Excel 文件'
        : 'OFD 文件中没有文字：请确认文件内容，或导入原始的 Word/Excel 文件',
    );
  }
  return endLayout(rows, state);
}

/**
 * Glyphs in the order written → text pieces in PDF points (y upwards from the page's bottom): a glyph joins the
 * piece before it when it sits on the same baseline at the same size right where that piece's last glyph ends, and
 * no column border stands between them (a cell's text ending at its border, the next cell's starting just past it).
 * A wider gap starts a new piece, as a PDF's text items part there; the layout then decides space, cell or column
 * as for a PDF. A glyph's width is not written: the last glyph's is the pitch of the one before it when both are of
 * a kind (figures of one font share one width), else a guess by its kind (glyphEms).
 */
export function piecesOf(glyphs: readonly Glyph[], bottom: number, rules: readonly Rule[] = []): Piece[] {
  const borders = rules.filter((r) => r.kind === 'v').sort((a, b) => a.at - b.at);
  const figures = figureWidths(glyphs);
  const widthOf = (g: Glyph, size: number) =>
    (g.text >= '0' && g.text <= '9' ? (figures.get(g.font ?? '') ?? glyphEms(g.text)) : glyphEms(g.text)) *
    size;
  const pieces: Piece[] = [];
  let current: Open | null = null;
  for (const g of glyphs) {
    const x = g.x * PT;
    const y = (bottom - g.y) * PT;
    const size = g.size * PT;
    if (current) {
      const gap = (x - (current.lastX + current.lastWidth)) / current.size;
      const sameLine =
        Math.abs(y - current.y) <= current.size * 0.1 && Math.abs(size / current.size - 1) < 0.2;
      // Glyphs of one TextObject (one run of one font) stand at the writer's own pitch (the font's widths, letter
      // spacing): only a jump wider than a space parts them. Across objects, full-width glyphs and figures have
      // their widths known or guessed near enough for a space to show; Latin letters vary (W, m, i): more is left.
      const room = g.follows || /[A-Za-z]/.test(current.lastText) ? 0.45 : 0.2;
      const close = gap >= -0.6 && gap <= room;
      if (sameLine && close && !borderBetween(borders, current.lastX, x, y)) {
        const pitch = (x - current.lastX) / size;
        const alike = kindOf(g.text) === kindOf(current.lastText) && pitch >= 0.3 && pitch <= 1.3;
        current.text += g.text;
        current.lastWidth = alike ? x - current.lastX : widthOf(g, size);
        current.lastX = x;
        current.lastText = g.text;
        current.width = x + current.lastWidth - current.x;
        continue;
      }
      pieces.push(strip(current));
    }
    const width = widthOf(g, size);
    current = { text: g.text, x, y, size, width, lastX: x, lastWidth: width, lastText: g.text };
  }
  if (current) pieces.push(strip(current));
  return pieces;
}

/** Glyphs that share one width in a font: figures; Han characters; anything else is its own. */
function kindOf(ch: string): string {
  if (ch >= '0' && ch <= '9') return 'figure';
  return /\p{Script=Han}/u.test(ch) ? 'han' : ch;
}

/**
 * The width (ems) of a figure in each font, learnt from the page's runs of figures (the pitch between two written
 * one after the other on one baseline, the least seen: letter spacing only adds): a lone figure of that font is
 * then as wide as they are.
 */
function figureWidths(glyphs: readonly Glyph[]): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 1; i < glyphs.length; i++) {
    const [a, b] = [glyphs[i - 1]!, glyphs[i]!];
    if (kindOf(a.text) !== 'figure' || kindOf(b.text) !== 'figure' || a.y !== b.y || a.font !== b.font)
      continue;
    const ems = (b.x - a.x) / b.size;
    const font = b.font ?? '';
    if (ems >= 0.4 && ems <= 0.8) out.set(font, Math.min(out.get(font) ?? ems, ems));
  }
  return out;
}

/** A vertical border (sorted by x) strictly between two x positions, reaching the baseline y. */
function borderBetween(borders: readonly Rule[], from: number, to: number, y: number): boolean {
  let lo = 0;
  let hi = borders.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (borders[mid]!.at <= from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < borders.length && borders[k]!.at < to; k++) {
    const b = borders[k]!;
    if (y >= b.from - 1 && y <= b.to + 1) return true;
  }
  return false;
}

/** A piece being written, with its last glyph: where it starts, its width (points), its character. */
type Open = Piece & { lastX: number; lastWidth: number; lastText: string };

function strip(p: Open): Piece {
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
