// .pdf → rows from the text layer (unpdf): text pieces grouped into lines by their baseline, a line
// split into cells where the gap between pieces is wider than about one character, so a published
// table gives tab-separated-like rows and running text gives paragraphs.
import { getDocumentProxy } from 'unpdf';
import type { Row } from '../rows/row.ts';
import { ImportError } from '../import-errors.ts';

/** Most pages read; a disclosure has a few dozen. */
const MAX_PAGES = 500;
/** Longest time spent reading one PDF. */
const TIMEOUT_MS = 60_000;

interface Piece {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

export async function readPdfRows(data: Uint8Array): Promise<Row[]> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new ImportError('pdf-unreadable', 'PDF 文件读取超时：文件可能过大或结构异常，请另存为较小的 PDF 或导出为 Word 后再导入')),
      TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([readAll(data), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function readAll(data: Uint8Array): Promise<Row[]> {
  // pdf.js may detach the buffer it is given: hand it a copy.
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(data), { isEvalSupported: false, stopAtErrors: false });
  } catch (e) {
    const name = (e as { name?: string }).name ?? '';
    if (name === 'PasswordException') {
      throw new ImportError('encrypted-file', 'PDF 文件设置了打开密码：请取消密码后另存，再导入');
    }
    throw new ImportError('pdf-unreadable', `PDF 文件无法解析（${(e as Error).message}）：文件可能已损坏，请重新导出 PDF 后再导入`);
  }
  try {
    const rows: Row[] = [];
    let characters = 0;
    const pages = Math.min(pdf.numPages, MAX_PAGES);
    for (let p = 1; p <= pages; p++) {
      const page = await pdf.getPage(p);
      const content = await page.getTextContent();
      const pieces: Piece[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a, b, , d, e, f] = item.transform as number[];
        const size = Math.hypot(a ?? 0, b ?? 0) || Math.abs(d ?? 0) || item.height || 10;
        pieces.push({ text: normaliseRadicals(item.str), x: e ?? 0, y: f ?? 0, width: item.width, size });
        characters += item.str.replace(/\s/g, '').length;
      }
      for (const row of pageRows(pieces)) rows.push({ ...row, line: p, source: `第${p}页` });
      page.cleanup();
    }
    if (characters === 0) {
      throw new ImportError(
        'pdf-no-text',
        'PDF 文件是扫描件，没有文字层，无法读取其中的表格：请导入原始的 Word/Excel 文件，或先用 OCR 软件识别成文字后再导入',
      );
    }
    return rows;
  } finally {
    await pdf.destroy();
  }
}

/**
 * Chromium-made PDFs map some ideographs to radicals (目 → ⽬ U+2F6C, 门 → ⻔ U+2ED4). Kangxi radicals
 * (U+2F00–2FDF) and a few supplement radicals have NFKC mappings; the simplified-form radicals of the
 * supplement (U+2E80–2EFF) have none, so they are mapped here to the ideographs they stand for.
 * Nothing outside these two blocks is touched (NFKC on all text would turn （） into ()).
 */
export function normaliseRadicals(text: string): string {
  return text.replace(/[\u2e80-\u2eff\u2f00-\u2fdf]/g, (ch) => RADICAL_SUPPLEMENT[ch] ?? ch.normalize('NFKC'));
}

const RADICAL_SUPPLEMENT: Record<string, string> = {
  '\u2e85': '亻', '\u2ea0': '民', '\u2ea1': '氵', '\u2ea6': '丬', '\u2ea8': '犭', '\u2ea9': '王',
  '\u2eac': '礻', '\u2ead': '礻', '\u2eb0': '纟', '\u2eb2': '罒', '\u2eb9': '耂', '\u2ebc': '月',
  '\u2ec4': '西', '\u2ec5': '见', '\u2ec6': '角', '\u2ec8': '讠', '\u2ec9': '贝', '\u2ecb': '车',
  '\u2ecc': '辶', '\u2ecf': '阝', '\u2ed0': '钅', '\u2ed3': '长', '\u2ed4': '门', '\u2ed6': '阝',
  '\u2ed7': '雨', '\u2ed9': '韦', '\u2eda': '页', '\u2edb': '风', '\u2edc': '飞', '\u2ee0': '饣',
  '\u2ee2': '马', '\u2ee5': '鱼', '\u2ee6': '鸟', '\u2ee7': '卤', '\u2ee8': '麦', '\u2ee9': '黄',
  '\u2eea': '黾', '\u2eec': '齐', '\u2eee': '齿', '\u2ef0': '龙', '\u2ef3': '龟',
};

/** One page's pieces → rows: lines by baseline (top to bottom), cells by horizontal gaps. */
export function pageRows(pieces: Piece[]): Row[] {
  const lines = groupLines(pieces);
  const rows: Row[] = [];
  for (const line of lines) {
    line.sort((p, q) => p.x - q.x);
    const cells: string[] = [];
    let current = '';
    let end = -Infinity;
    for (const piece of line) {
      // pdf.js emits a blank item over every gap; the gap itself is measured between real pieces.
      if (piece.text.trim() === '') continue;
      const gap = piece.x - end;
      const em = piece.size;
      if (current !== '' && gap > em * 0.6) {
        cells.push(current.trim());
        current = '';
      } else if (current !== '' && gap > em * 0.15 && !current.endsWith(' ') && !piece.text.startsWith(' ')) {
        current += ' ';
      }
      current += piece.text;
      end = Math.max(end, piece.x + piece.width);
    }
    if (current.trim() !== '') cells.push(current.trim());
    const filled = cells.filter((c) => c !== '');
    if (filled.length === 0 || (filled.length === 1 && PAGE_NUMBER.test(filled[0]!))) continue;
    rows.push(filled.length > 1 ? { cells: filled, table: true } : { cells: [filled[0]!], table: false });
  }
  return rows;
}

/** A printed page number: "第 3 页 / 共 13 页", "- 3 -", "3/13". */
const PAGE_NUMBER = /^(第\s*\d+\s*页(\s*[/／,，]?\s*共\s*\d+\s*页)?|[-—]?\s*\d{1,4}\s*[-—]?|\d{1,4}\s*[/／]\s*\d{1,4})$/;

/** Pieces whose baselines lie within a third of the font size of each other form a line. */
function groupLines(pieces: Piece[]): Piece[][] {
  const sorted = [...pieces].sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: { y: number; size: number; pieces: Piece[] }[] = [];
  for (const piece of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - piece.y) <= Math.max(2, Math.min(last.size, piece.size) * 0.35)) {
      last.pieces.push(piece);
    } else {
      lines.push({ y: piece.y, size: piece.size, pieces: [piece] });
    }
  }
  return lines.map((l) => l.pieces);
}
