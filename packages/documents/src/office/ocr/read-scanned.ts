// Scanned forms → rows: a PDF without a text layer (签章版, 扫描件) or a picture of a form (.png, .jpg, .tif,
// told by its bytes) is rendered page by page — a PDF with poppler's pdftoppm, a picture with sharp
// (image-pages.ts) — to gray pixels at OCR_DPI, turned straight when it was scanned askew (deskew.ts),
// the ruled lines of its tables found in the pixels and painted out, the text read by tesseract (word
// boxes), the cells of words it was unsure of read again on their own (recheck-cells.ts), and the words
// laid out with the same code that lays out a PDF's text layer (read-pdf.ts layoutPage → pdf-tables.ts):
// the found lines are the table's border rules, the words its pieces. Signs the engine confuses are put right (ocr-text.ts), and near-miss titles and labels by the
// lexicon (ocr-lexicon.ts). Every cell so read carries the lowest word confidence in it, never above
// OCR_MOST_SURE, so the import preview marks each OCR'd field as unsure.
// Bounded: at most MAX_OCR_PAGES pages and OCR_TIMEOUT_MS in all, the engine and the renderer child
// processes, the pictures' work on libuv's thread pool (in this process only the line finder and the tilt's
// profile run, a fraction of a second a page), the temporary files removed.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import type { Row } from '../../rows/row.ts';
import { ImportError } from '../../import-errors.ts';
import { findTables, type Piece, type Rule } from '../pdf-tables.ts';
import { endLayout, layoutNumberedPage, type PageState } from '../pdf-layout.ts';
import {
  eraseLines,
  findPixelLines,
  inkThreshold,
  isBlank,
  lineThreshold,
  linesToRules,
  readPgm,
  writePgm,
  type GrayImage,
} from './raster.ts';
import { findExecutable } from '../find-executable.ts';
import { hasLanguage, recogniseImage, requireTesseract, run, type OcrWord } from './tesseract.ts';
import { openPicture } from './image-pages.ts';
import { deskew } from './deskew.ts';
import { inTurn } from './in-turn.ts';
import { barredComparators, repairOcrPiece } from './ocr-text.ts';
import { snapToLexicon } from './ocr-lexicon.ts';
import { mergeRechecked, stackCells, unsureCells } from './recheck-cells.ts';
import {
  FIGURE_CHARACTERS,
  FIGURE_LANGUAGE,
  figureRuns,
  mergeFigures,
  stackFigures,
} from './recheck-figures.ts';

/** Pages read by OCR at most (a target form or 自评表 is one to a few pages; a page costs seconds). */
export const MAX_OCR_PAGES = 20;
/**
 * Time for the whole reading of one scanned file: under the server's default budget for a file (60 s,
 * IMPORT_TIMEOUT_SECONDS), so that a long scan is refused with OCR's own reason. OCR_TIMEOUT_SECONDS in the
 * environment sets another (raise IMPORT_TIMEOUT_SECONDS with it).
 */
export const OCR_TIMEOUT_MS = 55_000;
/**
 * Resolution pages are rendered at. Measured on the corpus's forms rendered as image-only PDFs
 * (scripts/ocr-accuracy.ts): see the figure in README.md.
 */
export const OCR_DPI = 300;
/**
 * Pages read at once: the engine runs on one thread a page (OMP_THREAD_LIMIT=1), so two pages take two
 * cores where there are two, and a page's second readings overlap the next page's first. More would only
 * queue on a small server and hold more pages in memory (a page at 300 dpi is 9 MB of pixels, three copies).
 */
export const OCR_PAGES_AT_ONCE = Math.max(1, Math.min(2, availableParallelism()));
/** Unsure cells are read again only while less than this share of the file's time is spent. */
const RECHECK_WITHIN = 0.6;
/** A recognised cell is never surer than this: below UNSURE_BELOW (0.8), so the preview marks it. */
export const OCR_MOST_SURE = 0.75;

export interface OcrLimits {
  maxPages?: number;
  timeoutMs?: number;
  dpi?: number;
}

/** Rows of a PDF that has no text layer (`pages` as pdf.js counted them). */
export async function readScannedPdfRows(
  data: Uint8Array,
  pages: number,
  limits: OcrLimits = {},
): Promise<Row[]> {
  return ocrPages(pages, limits, '扫描件 PDF', async (dir, signal) => {
    const pdftoppm = findExecutable('pdftoppm');
    if (!pdftoppm)
      throw new ImportError(
        'ocr-unavailable',
        '服务器未安装 PDF 渲染工具 pdftoppm（poppler-utils），无法识别扫描件：请管理员安装（apt-get install poppler-utils），或导入原始的 Word/Excel 文件',
      );
    const input = path.join(dir, 'in.pdf');
    await writeFile(input, data);
    return async (p, dpi) => {
      const base = path.join(dir, `p${p}`);
      await run(
        pdftoppm,
        ['-gray', '-r', String(dpi), '-f', String(p), '-l', String(p), '-singlefile', input, base],
        { signal },
      );
      return readPgm(new Uint8Array(await readFile(`${base}.pgm`)));
    };
  });
}

/** Rows of a picture of a form (.png, .jpg, .tif; a multi-page TIFF gives a page each). */
export async function readImageRows(data: Uint8Array, limits: OcrLimits = {}): Promise<Row[]> {
  const picture = await openPicture(data);
  return ocrPages(picture.pages, limits, '图片', async () => (p, dpi) => picture.page(p - 1, dpi));
}

/** Renders page `p` (1-based) as gray pixels at `dpi`, or null when it cannot be read. */
type PageSource = (p: number, dpi: number) => Promise<GrayImage | null>;

async function ocrPages(
  pages: number,
  limits: OcrLimits,
  what: string,
  open: (dir: string, signal: AbortSignal) => Promise<PageSource>,
): Promise<Row[]> {
  const maxPages = limits.maxPages ?? MAX_OCR_PAGES;
  const timeoutMs = limits.timeoutMs ?? (Number(process.env.OCR_TIMEOUT_SECONDS) * 1000 || OCR_TIMEOUT_MS);
  // JIXIAO_OCR_DPI: for measuring other resolutions (scripts/ocr-accuracy.ts), not a setting to tune per site.
  const dpi = limits.dpi ?? (Number(process.env.JIXIAO_OCR_DPI) || OCR_DPI);
  if (pages > maxPages) {
    throw new ImportError(
      'ocr-too-many-pages',
      `这是${what}（没有文字层），需要文字识别（OCR），但共 ${pages} 页，超过识别上限 ${maxPages} 页：请只导入绩效目标表或自评表所在的几页，或导入原始的 Word/Excel 文件`,
    );
  }
  const controller = new AbortController();
  const timer = setTimeout(
    () =>
      controller.abort(
        new ImportError(
          'ocr-timeout',
          `${what}的文字识别（OCR）超时（超过 ${Math.round(timeoutMs / 1000)} 秒），已停止：请只导入表格所在的几页、以较低分辨率重新扫描，或导入原始的 Word/Excel 文件`,
        ),
      ),
    timeoutMs,
  );
  const { signal } = controller;
  const started = Date.now();
  const dir = await mkdtemp(path.join(tmpdir(), 'jixiao-ocr-'));
  try {
    const tesseract = await requireTesseract(signal);
    const render = await open(dir, signal);
    const recheck = () => Date.now() - started < timeoutMs * RECHECK_WITHIN;
    const figures = await hasLanguage(FIGURE_LANGUAGE);
    // Pages are read OCR_PAGES_AT_ONCE at a time (each engine run takes one core), laid out in order.
    const read = await inTurn(pages, OCR_PAGES_AT_ONCE, (p) =>
      readPage(p, { render, tesseract, dir, dpi, signal, recheck, figures }),
    );
    const rows: Row[] = [];
    const state: PageState = { open: null };
    let words = 0;
    read.forEach((page, k) => {
      if (!page) return;
      words += page.words.length;
      const pieces = joinWords(page.words, page.rules, page.height, dpi);
      for (const row of layoutNumberedPage(pieces, page.rules, state, k + 1)) rows.push(row);
    });
    if (words === 0) {
      throw new ImportError(
        'ocr-no-text',
        `${what}经文字识别（OCR）没有识别出文字：页面可能是空白的、太模糊或分辨率太低；请以 300 dpi 左右重新扫描（文字清晰、页面端正），或导入原始的 Word/Excel 文件`,
      );
    }
    return snapToLexicon(endLayout(rows, state), OCR_MOST_SURE);
  } catch (e) {
    if (signal.aborted && signal.reason instanceof ImportError) throw signal.reason;
    if (e instanceof ImportError) throw e;
    throw new ImportError(
      'pdf-unreadable',
      `${what}无法渲染或识别（${(e as Error).message.slice(0, 200)}）：请重新扫描或导出后再导入`,
    );
  } finally {
    clearTimeout(timer);
    await rm(dir, { recursive: true, force: true });
  }
}

/** What reading a page needs. */
interface PageReading {
  render: PageSource;
  tesseract: string;
  dir: string;
  dpi: number;
  signal: AbortSignal;
  /** True while there is time left to read unsure cells and figures again. */
  recheck: () => boolean;
  /** True when the engine has the Latin model the figures are read again with. */
  figures: boolean;
}

/** Page `p`'s words as the engine read them, with its table's rules; null for a blank or unreadable page. */
async function readPage(
  p: number,
  { render, tesseract, dir, dpi, signal, recheck, figures }: PageReading,
): Promise<{ words: OcrWord[]; rules: Rule[]; height: number } | null> {
  const base = path.join(dir, `p${p}`);
  const page = await render(p, dpi);
  signal.throwIfAborted();
  if (!page) return null;
  const threshold = inkThreshold(page);
  if (isBlank(page, threshold)) return null;
  // A page fed askew is turned straight first: the ruled lines are found along pixel rows and columns.
  const { image } = await deskew(page, threshold, dpi);
  signal.throwIfAborted();
  const { rules, erased } = tableLines(image, dpi, threshold);
  const erasedFile = `${base}-clean.pgm`;
  await writeFile(erasedFile, writePgm(erased));
  let found = await recogniseImage(tesseract, erasedFile, dpi, signal);
  // The cells of unsure words read again on their own, while most of the time is left (a second run
  // of the engine on a smaller picture: about half a page's time).
  const cells = unsureCells(found, rules, image.height, dpi);
  if (cells.length > 0 && recheck()) {
    const stack = stackCells(
      erased,
      cells.map((c) => c.box),
      dpi,
    );
    const stackFile = `${base}-cells.pgm`;
    await writeFile(stackFile, writePgm(stack.image));
    found = mergeRechecked(found, cells, stack, await recogniseImage(tesseract, stackFile, dpi, signal));
  }
  // The figures read again by the Latin model held to digits (the Chinese one reads % as 96).
  const runs = figures ? figureRuns(found) : [];
  if (runs.length > 0 && recheck()) {
    const stack = stackFigures(erased, runs, dpi);
    const stackFile = `${base}-figures.pgm`;
    await writeFile(stackFile, writePgm(stack.image));
    const reread = await recogniseImage(tesseract, stackFile, dpi, signal, {
      language: FIGURE_LANGUAGE,
      characters: FIGURE_CHARACTERS,
    });
    found = mergeFigures(found, runs, stack, reread);
  }
  return { words: found, rules, height: image.height };
}

/**
 * The border rules of the page's ruled tables and the page with those lines painted out. Lines that join
 * no table (an underline, a long stroke of a title's character) stay on the page and out of the layout.
 */
export function tableLines(
  image: GrayImage,
  dpi: number,
  threshold: number,
): { rules: Rule[]; erased: GrayImage } {
  const lines = findPixelLines(image, dpi, lineThreshold(image, threshold));
  const rules = linesToRules(lines, image, dpi);
  const inTables = new Set<Rule>(findTables(rules).flatMap((t) => t.rules));
  const kept = lines.filter((_, k) => inTables.has(rules[k]!));
  // A margin of a pixel at 150 dpi: the smeared edge of a scanned line would read as a stroke.
  const margin = Math.max(1, Math.round(dpi / 150));
  return { rules: rules.filter((r) => inTables.has(r)), erased: eraseLines(image, kept, margin) };
}

/** A recognised word as a text piece in PDF points (y upwards), its baseline its line's foot. */
function pieceOf(word: OcrWord, height: number, dpi: number): Piece {
  const pt = 72 / dpi;
  return {
    text: word.text,
    x: word.left * pt,
    y: (height - word.lineTop - word.lineHeight) * pt,
    width: word.width * pt,
    size: Math.max(word.lineHeight * pt * 0.85, 4),
    confidence: Math.min(OCR_MOST_SURE, Math.max(0, word.confidence) / 100),
  };
}

const HAN = /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/u;

/**
 * Words of one recognised line joined into pieces as a text layer would give them. Tesseract splits Chinese
 * text into words at gaps between ink boxes, and an ink box is narrower than the character's advance (a 、
 * or a ，is a dot in a wide box): the gaps between words of one phrase are wider than a text layer's, and
 * would read as spaces or as cell breaks. Neighbouring words less than JOIN_EMS apart are one piece — a
 * Han character meets its neighbour without a space, Latin words and figures keep one — unless a table's
 * vertical border stands between them; on a line outside every table, words less than JOIN_EMS_APART apart.
 */
export function joinWords(
  words: readonly OcrWord[],
  rules: readonly Rule[],
  height: number,
  dpi: number,
): Piece[] {
  const borders = rules.filter((r) => r.kind === 'v');
  const byLine = new Map<string, Piece[]>();
  for (const word of words) {
    const w = cleanWord(barredComparators(word));
    if (!w) continue;
    const list = byLine.get(w.line) ?? [];
    for (const part of splitAtRules(pieceOf(w, height, dpi), borders, w.chars, dpi)) {
      const text = trimStrayQuotes(part.text);
      if (text !== '') list.push({ ...part, text });
    }
    byLine.set(w.line, list);
  }
  const out: Piece[] = [];
  for (const line of byLine.values()) {
    line.sort((a, b) => a.x - b.x);
    let current: Piece | null = null;
    // The middle of the last word joined: a border between it and the next word's middle parts them (a
    // word cut at a border may overhang it by a pixel or two, so its edge cannot tell).
    let lastMiddle = 0;
    for (const p of line) {
      const end = current ? current.x + current.width : 0;
      const gap = p.x - end;
      const middle = p.x + p.width / 2;
      const between =
        current !== null &&
        borders.some((b) => b.at > lastMiddle && b.at < middle && b.from <= p.y + p.size && b.to >= p.y);
      lastMiddle = middle;
      const inTable = borders.some((b) => b.from <= p.y + p.size && b.to >= p.y);
      if (current && !between && gap < p.size * (inTable ? JOIN_EMS : JOIN_EMS_APART)) {
        const han = HAN.test(current.text.slice(-1)) || HAN.test(p.text.slice(0, 1));
        current.text += (han ? '' : ' ') + p.text;
        current.width = p.x + p.width - current.x;
        current.confidence = Math.min(current.confidence ?? 1, p.confidence ?? 1);
      } else {
        if (current) out.push(current);
        current = { ...p };
      }
    }
    if (current) out.push(current);
  }
  return out.map((p) => ({ ...p, text: repairOcrPiece(p.text, p.confidence ?? 1) }));
}

/** Width of a character in ems, estimated: Han characters and full-width forms 1, others 0.55. */
const charEms = (ch: string) => (HAN.test(ch) ? 1 : 0.55);

/**
 * A recognised word cut where a table's vertical border (painted out before OCR) crosses it: the engine
 * reads the cells of a row as one line and may join neighbouring cells' text into one word (指标名称 ≥ 735
 * 人次 → one word). Each character is placed by its estimated advance, scaled to the word's measured width.
 */
export function splitAtRules(
  piece: Piece,
  borders: readonly Rule[],
  chars?: OcrWord['chars'],
  dpi = 72,
): Piece[] {
  const end = piece.x + piece.width;
  const inside = borders
    .filter((b) => b.at > piece.x + 1 && b.at < end - 1 && b.from <= piece.y + piece.size && b.to >= piece.y)
    .map((b) => b.at)
    .sort((a, b) => a - b);
  if (inside.length === 0) return [piece];
  const pt = 72 / dpi;
  // Each character's span: from the engine's boxes, or estimated by advance scaled to the word's width.
  let spans: Array<{ text: string; left: number; right: number }>;
  if (chars && chars.length > 0)
    spans = chars.map((c) => ({ text: c.text, left: c.left * pt, right: (c.right + 1) * pt }));
  else {
    const list = [...piece.text];
    const scale = piece.width / list.reduce((n, c) => n + charEms(c), 0);
    let at = piece.x;
    spans = list.map((text) => {
      const span = { text, left: at, right: at + charEms(text) * scale };
      at = span.right;
      return span;
    });
  }
  const parts: Array<{ cell: number; piece: Piece }> = [];
  for (const c of spans) {
    const cell = inside.filter((x) => x < (c.left + c.right) / 2).length;
    const last = parts[parts.length - 1];
    if (last && last.cell === cell) {
      last.piece.text += c.text;
      last.piece.width = Math.max(last.piece.width, c.right - last.piece.x);
    } else
      parts.push({
        cell,
        piece: { ...piece, text: c.text, x: c.left, width: Math.max(0.1, c.right - c.left) },
      });
  }
  return parts.map((p) => ({ ...p.piece, text: p.piece.text.trim() })).filter((p) => p.text !== '');
}

/** Marks alone in a word: what the engine makes of specks, a border's smeared edge or an empty gap. */
const SPECK = /^[“”"'‘’`。，,.、|｜:：;；_\-—~·…]+$/u;

/**
 * A recognised word without what is noise in it, or null: a lone mark read with little confidence (under
 * 50: the engine fills wide gaps with 。 or “”), or a lone bar (what remains of a border).
 */
export function cleanWord(word: OcrWord): OcrWord | null {
  const text = word.text.trim();
  if (text === '' || /^[|｜]+$/u.test(text)) return null;
  if (SPECK.test(text) && word.confidence < 50) return null;
  return text === word.text ? word : { ...word, text };
}

/**
 * Quote marks at a piece's edge that close nothing or open nothing inside it: an opening “ with no ” after
 * it, a closing ” with none before it. The engine reads the edge of a painted-out border or a speck beside
 * a cell's text as one; a quoted phrase of a typed cell (“十四五”规划) keeps both of its marks.
 */
export function trimStrayQuotes(text: string): string {
  let t = text;
  for (;;) {
    const before = t;
    if (/^[”’"]/u.test(t)) t = t.slice(1);
    if (/[“‘]$/u.test(t)) t = t.slice(0, -1);
    if (/^“/u.test(t) && !t.includes('”')) t = t.slice(1);
    if (/”$/u.test(t) && !t.includes('“')) t = t.slice(0, -1);
    if (t === before) return t.trim();
  }
}

/** Words of one line closer than this (ems) belong to one phrase (measured: see joinWords). */
const JOIN_EMS = 0.9;
/**
 * The same for a line outside every table (a title, a 单位 line): a title is often spaced wide, and the
 * engine's boxes around quote marks in it (“三公”经费) leave gaps of an em; no borders part its phrases, and
 * what a line outside a table holds apart (填报单位… and 金额单位…) stands several ems apart.
 */
const JOIN_EMS_APART = 1.5;
