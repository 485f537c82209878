// Single-file web pages (.mht/.mhtml: a browser's "save as single file", Word's "single file web page"):
// a MIME multipart/related message whose first text/html part is the page. That part is decoded
// (quoted-printable or base64, in its declared charset) and read like any saved page. Excel's single-file page
// of a workbook opens with a frameset instead: its sheets are the pages the frameset names, read in turn.
import { ImportError } from '../import-errors.ts';
import type { Row } from '../rows/row.ts';
import { charsetLabel, decodeHtml } from './decode-html.ts';
import { readHtmlText } from './read-html.ts';

/** True when the bytes start as a MIME message of related parts (MHTML). */
export function looksLikeMhtml(data: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(data.subarray(0, 4096));
  return /^MIME-Version:/im.test(head) && /Content-Type:\s*multipart\/related/i.test(head);
}

interface Part {
  headers: string;
  body: string;
}

/** The message's parts, split at its boundary; each part's text keeps one byte per character. */
function parts(message: string): Part[] {
  const boundary = /boundary\s*=\s*"?([^";\r\n]+)"?/i.exec(message)?.[1];
  if (!boundary) return [];
  return message
    .split(`--${boundary}`)
    .slice(1)
    .map((chunk) => {
      const at = chunk.search(/\r?\n\r?\n/);
      if (at < 0) return { headers: chunk, body: '' };
      const gap = /\r?\n\r?\n/.exec(chunk.slice(at))![0].length;
      return { headers: chunk.slice(0, at), body: chunk.slice(at + gap) };
    });
}

function header(headers: string, name: string): string {
  const m = new RegExp(`^${name}:\\s*([^\\r\\n]*(?:\\r?\\n[ \\t][^\\r\\n]*)*)`, 'im').exec(headers);
  return m?.[1]?.replace(/\r?\n[ \t]+/g, ' ').trim() ?? '';
}

/** The bytes of a part's body, undoing its transfer encoding. */
function bodyBytes(body: string, encoding: string): Uint8Array {
  if (/base64/i.test(encoding)) return new Uint8Array(Buffer.from(body.replace(/\s+/g, ''), 'base64'));
  const text = /quoted-printable/i.test(encoding) ? body.replace(/=\r?\n/g, '') : body;
  const out = new Uint8Array(text.length);
  let n = 0;
  const qp = /quoted-printable/i.test(encoding);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (qp && c === 0x3d && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      out[n++] = Number.parseInt(text.slice(i + 1, i + 3), 16);
      i += 2;
    } else out[n++] = c & 0xff;
  }
  return out.subarray(0, n);
}

/** A part's page as text, in the charset its header or its own markup declares. */
function pageText(page: Part): string {
  const type = header(page.headers, 'Content-Type');
  const bytes = bodyBytes(page.body, header(page.headers, 'Content-Transfer-Encoding'));
  const charset = charsetLabel(/charset\s*=\s*"?([\w-]+)/i.exec(type)?.[1] ?? '');
  return charset ? new TextDecoder(charset).decode(bytes) : decodeHtml(bytes);
}

/** Reads the rows of the page an MHTML file holds. */
export function readMhtmlRows(data: Uint8Array): Row[] {
  const message = new TextDecoder('latin1').decode(data);
  const pages = parts(message).filter((p) => /^text\/html/i.test(header(p.headers, 'Content-Type')));
  const page = pages[0];
  if (!page)
    throw new ImportError(
      'unknown-format',
      '这个网页归档（.mht）中没有网页正文：请在浏览器中打开后另存为“网页，仅 HTML”(.html) 再导入',
    );
  const html = pageText(page);
  const sheets = /<frameset[\s>]/i.test(html) ? framedSheets(html, page, pages) : [];
  if (sheets.length === 0) return readHtmlText(html);
  return sheets.flatMap(({ name, part }) =>
    readHtmlText(pageText(part)).map((row) => (name ? { ...row, source: name } : row)),
  );
}

/**
 * The pages a workbook's frameset shows as its sheets, in the workbook's order: those its x:WorksheetSource
 * entries name (the sheet tabs' page is none of them), else the frames it shows.
 */
function framedSheets(html: string, main: Part, pages: Part[]): Array<{ name: string; part: Part }> {
  const base = header(main.headers, 'Content-Location');
  const byLocation = (href: string) => {
    const target = resolveLocation(href, base);
    return pages.find(
      (p) => p !== main && resolveLocation(header(p.headers, 'Content-Location'), '') === target,
    );
  };
  const out: Array<{ name: string; part: Part }> = [];
  const sheet = /<x:ExcelWorksheet>([\s\S]*?)<\/x:ExcelWorksheet>/gi;
  for (let m = sheet.exec(html); m; m = sheet.exec(html)) {
    const href = /<x:WorksheetSource\s+HRef\s*=\s*"([^"]+)"/i.exec(m[1]!)?.[1];
    const part = href ? byLocation(href) : undefined;
    // each page once: a page named again (a hostile file naming one page thousands of times) adds nothing
    if (part && !out.some((o) => o.part === part))
      out.push({ name: /<x:Name>([^<]*)<\/x:Name>/i.exec(m[1]!)?.[1]?.trim() ?? '', part });
  }
  if (out.length > 0) return out;
  const frame = /<frame\s[^>]*\bsrc\s*=\s*"?([^"\s>]+)/gi;
  for (let m = frame.exec(html); m; m = frame.exec(html)) {
    const part = byLocation(m[1]!);
    if (part && !out.some((o) => o.part === part)) out.push({ name: '', part });
  }
  return out;
}

/** A part's location made absolute against the main page's (file:///C:/D/book.htm + book.files/a.htm). */
function resolveLocation(href: string, base: string): string {
  try {
    return new URL(href, base || undefined).href;
  } catch {
    return href;
  }
}
