// .pdf → rows from the text layer (unpdf / pdf.js). Ruled tables are read on the grid their border lines
// draw (pdf-tables.ts): empty cells kept, merged cells as '', wrapped lines joined, header rows repeated
// on a new page dropped, a table's pages put on one set of columns. Text outside tables is grouped into
// lines by baseline and split into cells at wide gaps (a table without borders reads as tab-like rows).
// Radicals that Chromium-made PDFs put in place of ideographs are mapped back; page numbers are dropped.
// A PDF without any text layer (a scan) is read by OCR (ocr/read-scanned.ts), laid out by the same code.
import { getDocumentProxy } from 'unpdf';
import type { Row } from '../rows/row.ts';
import { ImportError } from '../import-errors.ts';
import { readScannedPdfRows } from './ocr/read-scanned.ts';
export { pageRows } from './pdf-layout.ts';
import { findRules, type Piece, type Rule } from './pdf-tables.ts';
import { endLayout, layoutNumberedPage, type PageState } from './pdf-layout.ts';

/** Most pages read; a disclosure has a few dozen. */
const MAX_PAGES = 500;
/** Longest time spent reading one PDF. */
const TIMEOUT_MS = 60_000;

export async function readPdfRows(data: Uint8Array): Promise<Row[]> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new ImportError(
            'pdf-unreadable',
            'PDF 文件读取超时：文件可能过大或结构异常，请另存为较小的 PDF 或导出为 Word 后再导入',
          ),
        ),
      TIMEOUT_MS,
    );
  });
  const run = { cancelled: false, pages: 0 };
  try {
    return await Promise.race([readAll(data, run), timeout]);
  } catch (e) {
    // No text layer at all: a scan. Its pages are read by OCR, under OCR's own limits.
    if (!(e instanceof ImportError && e.code === 'pdf-no-text')) throw e;
  } finally {
    run.cancelled = true; // a reading still going on after the time limit stops at its next page
    clearTimeout(timer);
  }
  return readScannedPdfRows(data, run.pages);
}

/**
 * pdf.js 5 calls ArrayBuffer.prototype.transferToFixedLength (Node 21+) while building a page's operator
 * list; on Node 20 that fails and pdf.js silently drops the rest of the page's drawing operators, and
 * with them table borders. A copying stand-in (it does not detach) is added when the method is missing.
 */
export function ensureTransferToFixedLength(): void {
  if ('transferToFixedLength' in ArrayBuffer.prototype) return;
  Object.defineProperty(ArrayBuffer.prototype, 'transferToFixedLength', {
    configurable: true,
    writable: true,
    value(this: ArrayBuffer, length?: number): ArrayBuffer {
      const size = length ?? this.byteLength;
      const out = new ArrayBuffer(size);
      new Uint8Array(out).set(new Uint8Array(this, 0, Math.min(size, this.byteLength)));
      return out;
    },
  });
}

function unreadable(): ImportError {
  return new ImportError(
    'pdf-unreadable',
    'PDF 文件无法解析：文件可能已损坏、不完整或结构异常，请重新导出 PDF 后再导入',
  );
}

async function readAll(data: Uint8Array, run: { cancelled: boolean; pages: number }): Promise<Row[]> {
  ensureTransferToFixedLength();
  // pdf.js may detach the buffer it is given: hand it a copy.
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(data), { isEvalSupported: false, stopAtErrors: false });
  } catch (e) {
    const name = (e as { name?: string }).name ?? '';
    if (name === 'PasswordException') {
      throw new ImportError('encrypted-file', 'PDF 文件设置了打开密码：请取消密码后另存，再导入');
    }
    throw unreadable();
  }
  try {
    const rows: Row[] = [];
    let characters = 0;
    const pages = Math.min(pdf.numPages, MAX_PAGES);
    run.pages = pdf.numPages;
    const state: PageState = { open: null };
    for (let p = 1; p <= pages && !run.cancelled; p++) {
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
      const rules = await pageRules(page);
      // Rows are kept as objects: a table continued on a later page may widen them in place.
      for (const row of layoutNumberedPage(pieces, rules, state, p)) rows.push(row);
      page.cleanup();
    }
    if (characters === 0) {
      throw new ImportError(
        'pdf-no-text',
        'PDF 文件是扫描件，没有文字层', // read by OCR instead (readPdfRows)
      );
    }
    return endLayout(rows, state);
  } catch (e) {
    // pdf.js's own reasons (a cyclic page tree, a broken object) are English internals: say it plainly.
    throw e instanceof ImportError ? e : unreadable();
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
  return (
    text
      .replace(/[\u2e80-\u2eff\u2f00-\u2fdf]/g, (ch) => RADICAL_SUPPLEMENT[ch] ?? ch.normalize('NFKC'))
      // Noto CJK SC draws 户 with a glyph its cmap also gives to 戶, and Chromium's text layer says 戶.
      .replace(/\u6236/g, '\u6237')
  );
}

/** Radicals of the supplement block and the ideographs whose glyphs they share in CJK fonts. */
const RADICAL_SUPPLEMENT: Record<string, string> = {
  '\u2e86': '冂',
  '\u2e89': '刂',
  '\u2e8a': '卜',
  '\u2e8b': '㔾',
  '\u2e8c': '小',
  '\u2e8d': '小',
  '\u2e90': '尢',
  '\u2e92': '巳',
  '\u2e93': '幺',
  '\u2e96': '忄',
  '\u2e97': '心',
  '\u2e98': '扌',
  '\u2e99': '攵',
  '\u2e9b': '旡',
  '\u2e9d': '月',
  '\u2e9e': '歺',
  '\u2ea0': '民',
  '\u2ea1': '氵',
  '\u2ea2': '氺',
  '\u2ea3': '灬',
  '\u2ea4': '爫',
  '\u2ea6': '丬',
  '\u2ea8': '犭',
  '\u2ea9': '王',
  '\u2eaa': '疋',
  '\u2eab': '罒',
  '\u2eac': '礻',
  '\u2ead': '礻',
  '\u2eaf': '糹',
  '\u2eb0': '纟',
  '\u2eb2': '罒',
  '\u2eb9': '耂',
  '\u2eba': '肀',
  '\u2ebb': '聿',
  '\u2ebc': '月',
  '\u2ebd': '臼',
  '\u2ebe': '艹',
  '\u2ebf': '艹',
  '\u2ec0': '艹',
  '\u2ec1': '虎',
  '\u2ec2': '衤',
  '\u2ec3': '覀',
  '\u2ec4': '西',
  '\u2ec5': '见',
  '\u2ec6': '角',
  '\u2ec8': '讠',
  '\u2ec9': '贝',
  '\u2eca': '足',
  '\u2ecb': '车',
  '\u2ecc': '辶',
  '\u2ecd': '辶',
  '\u2ece': '辶',
  '\u2ecf': '阝',
  '\u2ed0': '钅',
  '\u2ed1': '長',
  '\u2ed3': '长',
  '\u2ed4': '门',
  '\u2ed6': '阝',
  '\u2ed7': '雨',
  '\u2ed8': '青',
  '\u2ed9': '韦',
  '\u2eda': '页',
  '\u2edb': '风',
  '\u2edc': '飞',
  '\u2edd': '食',
  '\u2edf': '飠',
  '\u2ee0': '饣',
  '\u2ee2': '马',
  '\u2ee3': '骨',
  '\u2ee4': '鬼',
  '\u2ee5': '鱼',
  '\u2ee6': '鸟',
  '\u2ee7': '卤',
  '\u2ee8': '麦',
  '\u2ee9': '黄',
  '\u2eea': '黾',
  '\u2eeb': '斉',
  '\u2eec': '齐',
  '\u2eed': '歯',
  '\u2eee': '齿',
  '\u2eef': '竜',
  '\u2ef0': '龙',
  '\u2ef1': '龜',
  '\u2ef2': '亀',
  '\u2ef3': '龟',
};

/** The border rules of a page; none when pdf.js cannot give its drawing operators. */
async function pageRules(page: {
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }>;
}): Promise<Rule[]> {
  try {
    const ops = await page.getOperatorList();
    return findRules(ops.fnArray, ops.argsArray);
  } catch {
    return [];
  }
}
