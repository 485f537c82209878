// Layout → print HTML: A4 pages (named pages for landscape sections), tables with rowspan/colspan on a
// <colgroup> of the section's widths, header rows in <thead> so they repeat on every page, Noto CJK fonts.
import type { DocumentLayout, LayoutCell, LayoutParagraph, LayoutSection, LayoutTable } from './layout.ts';

export function layoutHtml(layout: DocumentLayout): string {
  const body = layout.sections.map((s, k) => sectionHtml(s, k)).join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(layout.title)}</title>
<style>${CSS}</style></head>
<body>${body}</body></html>`;
}

const CSS = `
@page { size: A4 portrait; margin: 16mm 14mm 18mm 14mm; }
@page wide { size: A4 landscape; margin: 14mm 14mm 16mm 14mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "Noto Serif CJK SC", "Noto Serif SC", "Source Han Serif SC", "SimSun", serif;
  font-size: 10.5pt; line-height: 1.45; color: #000; }
section { break-before: page; }
section:first-of-type { break-before: auto; }
section.landscape { page: wide; }
p { margin: 0 0 4pt; }
p.title { font-family: "Noto Sans CJK SC", "Noto Sans SC", "SimHei", sans-serif; font-weight: 700;
  font-size: 18pt; text-align: center; margin: 2pt 0 12pt; letter-spacing: 1pt; }
p.subtitle { font-size: 11pt; margin-bottom: 4pt; }
p.unit { font-size: 10.5pt; margin-bottom: 4pt; }
p.heading { font-family: "Noto Sans CJK SC", "Noto Sans SC", sans-serif; font-weight: 700; font-size: 12pt; margin: 10pt 0 4pt; }
p.text { text-indent: 2em; }
p.left { text-align: left; } p.center { text-align: center; } p.right { text-align: right; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin-bottom: 8pt; }
td, th { border: 0.75pt solid #000; padding: 2.5pt 3.5pt; font-size: 10pt; vertical-align: middle; word-break: break-all;
  overflow-wrap: anywhere; font-weight: normal; }
td.label, th.label, .header, .section { font-weight: 700; }
.header, .section { background: #f2f2f2; }
table + table { margin-top: -8.75pt; }
td.amount { font-variant-numeric: tabular-nums; white-space: nowrap; word-break: normal; overflow-wrap: normal; }
.left { text-align: left; } .center { text-align: center; } .right { text-align: right; }
thead tr { break-after: avoid; }
tr.keep, td:not([rowspan]), th:not([rowspan]) { break-inside: avoid; }
/* A merged cell may run over a page break: its text stays at its top, in the first row it covers. */
td[rowspan] { vertical-align: top; padding-top: 5pt; }
thead { display: table-header-group; }
section.landscape td, section.landscape th { font-size: 8pt; padding: 2pt; }
`;

function sectionHtml(s: LayoutSection, k: number): string {
  const total = s.columns.reduce((a, b) => a + b, 0);
  const cols = s.columns.map((w) => `<col style="width:${((w / total) * 100).toFixed(2)}%">`).join('');
  const blocks = s.blocks
    .map((b) => (b.type === 'paragraph' ? paragraphHtml(b) : tableHtml(b, cols)))
    .join('\n');
  return `<section class="${s.orientation}" data-section="${k}">${blocks}</section>`;
}

function paragraphHtml(p: LayoutParagraph): string {
  return `<p class="${p.style} ${p.align}">${escapeHtml(p.text)}</p>`;
}

function tableHtml(t: LayoutTable, cols: string): string {
  const head = t.rows.slice(0, t.headerRows).map((r) => rowHtml(r, 'th'));
  const body = t.rows.slice(t.headerRows).map((r) => rowHtml(r, 'td'));
  return `<table><colgroup>${cols}</colgroup>${head.length ? `<thead>${head.join('')}</thead>` : ''}<tbody>${body.join('')}</tbody></table>`;
}

function rowHtml(row: LayoutCell[], tag: 'td' | 'th'): string {
  // A row is kept on one page unless it starts a merged cell (Chromium would then move the whole span).
  const keep = row.every((c) => c.rowSpan === 1) ? ' class="keep"' : '';
  return `<tr${keep}>${row.map((c) => cellHtml(c, tag)).join('')}</tr>`;
}

function cellHtml(c: LayoutCell, tag: 'td' | 'th'): string {
  const span = `${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}`;
  return `<${tag}${span} class="${c.style} ${c.align}">${escapeHtml(c.text).replace(/\n/g, '<br>')}</${tag}>`;
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );
}
