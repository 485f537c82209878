// Single-file web pages (.mht/.mhtml: a browser's "save as single file", Word's "single file web page"):
// a MIME multipart/related message whose first text/html part is the page. That part is decoded
// (quoted-printable or base64, in its declared charset) and read like any saved page.
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

/** Reads the rows of the page an MHTML file holds. */
export function readMhtmlRows(data: Uint8Array): Row[] {
  const message = new TextDecoder('latin1').decode(data);
  const page = parts(message).find((p) => /^text\/html/i.test(header(p.headers, 'Content-Type')));
  if (!page)
    throw new ImportError(
      'unknown-format',
      '这个网页归档（.mht）中没有网页正文：请在浏览器中打开后另存为“网页，仅 HTML”(.html) 再导入',
    );
  const type = header(page.headers, 'Content-Type');
  const bytes = bodyBytes(page.body, header(page.headers, 'Content-Transfer-Encoding'));
  const charset = charsetLabel(/charset\s*=\s*"?([\w-]+)/i.exec(type)?.[1] ?? '');
  return readHtmlText(charset ? new TextDecoder(charset).decode(bytes) : decodeHtml(bytes));
}
