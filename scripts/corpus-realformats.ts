// Writes corpus documents as the files people really hold, from the hand-transcribed grids
// (scripts/corpus-formats/*.grid), not as LibreOffice renders a clean grid: a page Word saved as a web page
// (GB2312, MsoNormal paragraphs and language spans in every cell, <o:p>, conditional comments, the
// supportMisalignedColumns spacer row, source lines wrapped inside the text), an .xls saved as a web page by
// Excel (the title and unit lines as rows of the table, x:num cells), a CMS article page (.shtml: the table in
// a TRS_Editor div inside the site's layout table, a metadata table above), Word's single-file page (.mht,
// quoted-printable GB2312), a .docx as Word writes one (vMerge without w:val, gridSpan, content controls one
// showing its placeholder, tracked changes, fields, bookmarks and proofing marks, the title in a text box, the
// form framed by a one-cell table), a .docx as WPS writes one (the whole form in a text box) and an .xlsx as
// people send one (a 填报说明 sheet first, a hidden template column and example row, rich-text labels,
// formulas with and without cached values, numbers stored as text). Each file is marked as made, and shares
// its source document's truth (sameAs) in formats/truth.json.
// Usage: node --import tsx scripts/corpus-realformats.ts
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import ExcelJS from 'exceljs';
import type { TruthFile } from '../packages/documents/test/corpus/truth.ts';
import { encodeGbk, esc, parseGrid, type Cell, type Grid, type Rows } from './corpus-grid.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, 'packages/documents/test/corpus');
// With --out=DIR (outside the repository) every grid is written there in every shape, with a truth.json of its
// own: a trial of the shapes on all the transcribed documents (or the IDs named), scored with `corpus-score.ts DIR`.
const trialDir = process.argv.find((a) => a.startsWith('--out='))?.slice('--out='.length);
const outDir = trialDir ? resolve(trialDir) : join(corpus, 'formats');

type Shape =
  | 'word.html'
  | 'excel.html'
  | 'cms.shtml'
  | 'word.mht'
  | 'excel.mht'
  | 'word.docx'
  | 'wps.docx'
  | 'altchunk.docx'
  | 'real.xlsx';
const PLAN: Record<string, Shape[]> = {
  '005': ['word.html', 'cms.shtml', 'word.docx', 'real.xlsx', 'altchunk.docx'],
  '014': ['excel.html', 'wps.docx', 'real.xlsx', 'excel.mht'],
  '023': ['word.html', 'word.mht', 'word.docx', 'real.xlsx', 'excel.mht'],
  '122': ['cms.shtml', 'word.mht', 'wps.docx', 'real.xlsx', 'altchunk.docx'],
  '150': ['excel.html', 'word.docx'],
  // fresh/602 as a CMS article (h-render39): the page's footer under the second form's cut budget header.
  '602': ['cms.shtml'],
};
const WHAT: Record<Shape, string> = {
  'word.html':
    'Word 另存为网页 (GB2312, MsoNormal spans, <o:p>, conditional comments, spacer row, wrapped source)',
  'excel.html':
    'Excel 另存为网页 of an .xls (GB2312, title rows inside the table, x:num cells, <col> widths)',
  'cms.shtml': 'a CMS article page (.shtml): TRS_Editor div in the site layout table, metadata table above',
  'word.mht': 'Word 单个文件网页 (.mht, quoted-printable GB2312)',
  'excel.mht':
    'Excel 单个文件网页 of a workbook (.mht): a frameset page first, a 填报说明 sheet, the form sheet, the sheet tabs page',
  'altchunk.docx':
    'a .docx as web systems export it: the body one w:altChunk, the form an HTML page (afchunk.mht) inside the package',
  'word.docx':
    'a .docx as Word writes it: vMerge without w:val, content controls (one a placeholder), tracked changes, fields, hidden text (w:vanish), title in a text box, form framed by a one-cell table',
  'wps.docx':
    'a .docx as WPS writes it: the title and the whole form in a text box (wps:txbx with a VML fallback)',
  'real.xlsx':
    'an .xlsx as sent: 填报说明 sheet first, a hidden sheet of drop-down lists, hidden template column and example row, rich-text labels, formulas with and without cached values, numbers stored as text',
};

const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

/** A grid cell's text cut where the transcription marks a wrapped line: a space between two CJK characters. */
function wrappedLines(text: string): string[] {
  const lines: string[] = [];
  let cur = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === ' ' && CJK.test(text[i - 1] ?? '') && CJK.test(text[i + 1] ?? '')) {
      lines.push(cur);
      cur = '';
    } else cur += c;
  }
  lines.push(cur);
  return lines;
}

/** Word's language runs: figures and Latin letters in a span of their own (lang=EN-US). */
function wordRuns(text: string): string {
  return text
    .split(/([0-9A-Za-z.%()\-:]+)/)
    .filter((p) => p !== '')
    .map((p) => (/^[0-9A-Za-z.%()\-:]+$/.test(p) ? `<span lang=EN-US>${esc(p)}</span>` : wrapSource(esc(p))))
    .join('');
}

/** Word wraps its HTML source near 76 columns, and between two CJK characters it may break anywhere. */
function wrapSource(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    out += text[i];
    if (i % 23 === 22 && CJK.test(text[i]!) && CJK.test(text[i + 1] ?? '')) out += '\r\n';
  }
  return out;
}

const cells = (rows: Rows) => rows.map((r) => r.filter((c): c is Cell => c !== null));
const tables = (g: Grid) => g.parts.filter((p): p is Rows => typeof p !== 'string');
const widthOf = (rows: Rows) => Math.max(...rows.map((r) => r.length));

function wordHtml(g: Grid): string {
  const para = (l: string, title: boolean) =>
    title
      ? `<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt;mso-line-height-rule:exactly'><b style='mso-bidi-font-weight:normal'><span style='font-size:18.0pt;font-family:方正小标宋简体;mso-hansi-font-family:宋体'>${wordRuns(l)}<span lang=EN-US><o:p></o:p></span></span></b></p>`
      : `<p class=MsoNormal style='line-height:20.0pt'><span style='font-size:12.0pt;font-family:仿宋_GB2312'>${wordRuns(l)}<span lang=EN-US><o:p></o:p></span></span></p>`;
  let n = 0;
  const table = (rows: Rows) => {
    const w = widthOf(rows);
    const body = cells(rows)
      .map((r, i) => {
        const tds = r.map((c) => {
          const lines = c.text === '' ? [] : wrappedLines(c.text);
          // Word writes a wrapped cell as paragraphs, a line break typed inside one as <br>
          const content =
            lines.length === 0
              ? `<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US style='font-size:10.0pt'>&nbsp;<o:p></o:p></span></p>`
              : n++ % 2 === 0
                ? lines
                    .map(
                      (l) =>
                        `<p class=MsoNormal align=center style='text-align:center'><span style='font-size:10.0pt;font-family:宋体'>${wordRuns(l)}<span lang=EN-US><o:p></o:p></span></span></p>`,
                    )
                    .join('\r\n  ')
                : `<p class=MsoNormal align=left style='text-align:left'><span style='font-size:10.0pt;font-family:宋体'>${lines.map(wordRuns).join('<br>\r\n  ')}<span lang=EN-US><o:p></o:p></span></span></p>`;
          const spans = `${c.rowspan > 1 ? ` rowspan=${c.rowspan}` : ''}${c.colspan > 1 ? ` colspan=${c.colspan}` : ''}`;
          return `  <td width=${60 * c.colspan}${spans} valign=center style='width:${45 * c.colspan}.0pt;border:solid windowtext 1.0pt;border-top:none;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt;height:22.7pt'>\r\n  ${content}\r\n  </td>`;
        });
        return ` <tr style='mso-yfti-irow:${i};height:22.7pt'>\r\n${tds.join('\r\n')}\r\n </tr>`;
      })
      .join('\r\n');
    const spacer = Array.from({ length: w }, () => `  <td width=60 style='border:none'></td>`).join('\r\n');
    return `<div align=center>\r\n<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=${60 * w} style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\r\n${body}\r\n <![if !supportMisalignedColumns]>\r\n <tr height=0>\r\n${spacer}\r\n </tr>\r\n <![endif]>\r\n</table>\r\n</div>\r\n<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>`;
  };
  const content = g.parts
    .map((p) => (typeof p === 'string' ? para(p, p === g.title) : table(p)))
    .join('\r\n\r\n');
  return `<html xmlns:v="urn:schemas-microsoft-com:vml"\r\nxmlns:o="urn:schemas-microsoft-com:office:office"\r\nxmlns:w="urn:schemas-microsoft-com:office:word"\r\nxmlns:m="http://schemas.microsoft.com/office/2004/12/omml"\r\nxmlns="http://www.w3.org/TR/REC-html40">\r\n\r\n<head>\r\n<meta http-equiv=Content-Type content="text/html; charset=gb2312">\r\n<meta name=ProgId content=Word.Document>\r\n<meta name=Generator content="Microsoft Word 15">\r\n<meta name=Originator content="Microsoft Word 15">\r\n<link rel=File-List href="form.files/filelist.xml">\r\n<title>${esc(g.title)}</title>\r\n<!--[if gte mso 9]><xml>\r\n <o:DocumentProperties>\r\n  <o:Author>Administrator</o:Author>\r\n  <o:LastAuthor>财务股</o:LastAuthor>\r\n  <o:Revision>3</o:Revision>\r\n  <o:Pages>1</o:Pages>\r\n </o:DocumentProperties>\r\n</xml><![endif]-->\r\n<!--[if gte mso 9]><xml>\r\n <w:WordDocument>\r\n  <w:View>Print</w:View>\r\n  <w:SpellingState>Clean</w:SpellingState>\r\n  <w:GrammarState>Clean</w:GrammarState>\r\n  <w:DocumentKind>DocumentNotSpecified</w:DocumentKind>\r\n </w:WordDocument>\r\n</xml><![endif]-->\r\n<style>\r\n<!--\r\n /* Font Definitions */\r\n @font-face\r\n\t{font-family:宋体;\r\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;}\r\np.MsoNormal, li.MsoNormal, div.MsoNormal\r\n\t{mso-style-parent:"";\r\n\tmargin:0cm;\r\n\ttext-align:justify;\r\n\tfont-size:10.5pt;\r\n\tfont-family:"Calibri",sans-serif;}\r\n@page WordSection1\r\n\t{size:595.3pt 841.9pt;\r\n\tmargin:72.0pt 90.0pt 72.0pt 90.0pt;}\r\ndiv.WordSection1\r\n\t{page:WordSection1;}\r\n-->\r\n</style>\r\n<!--[if gte mso 10]>\r\n<style>\r\n table.MsoNormalTable\r\n\t{mso-style-name:普通表格;}\r\n</style>\r\n<![endif]--><!--[if gte mso 9]><xml>\r\n <o:shapedefaults v:ext="edit" spidmax="1026"/>\r\n</xml><![endif]-->\r\n</head>\r\n\r\n<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>\r\n\r\n<div class=WordSection1 style='layout-grid:15.6pt'>\r\n\r\n<p class=MsoNormal><span style='font-family:黑体'>附件<span lang=EN-US>1<o:p></o:p></span></span></p>\r\n\r\n${content}\r\n\r\n</div>\r\n\r\n</body>\r\n\r\n</html>\r\n`;
}

function excelHtml(g: Grid): string {
  const w = Math.max(...tables(g).map(widthOf));
  const rows: string[] = [];
  for (const part of g.parts) {
    if (typeof part === 'string') {
      const cls = part === g.title ? 'xl66' : 'xl67';
      rows.push(
        ` <tr height=37 style='mso-height-source:userset;height:27.75pt'>\r\n  <td colspan=${w} height=37 class=${cls} style='height:27.75pt'>${esc(part)}</td>\r\n </tr>`,
      );
      continue;
    }
    for (const r of cells(part)) {
      const tds = r.map((c) => {
        const spans = `${c.rowspan > 1 ? ` rowspan=${c.rowspan}` : ''}${c.colspan > 1 ? ` colspan=${c.colspan}` : ''}`;
        const num = /^-?\d+(\.\d+)?$/.test(c.text) ? ` x:num="${c.text}"` : '';
        const text = c.text === '' ? '&nbsp;' : wrappedLines(c.text).map(esc).join('<br>\r\n    ');
        return `  <td${spans} class=${num ? 'xl69' : 'xl68'}${num} style='border-top:none'>${text}</td>`;
      });
      rows.push(
        ` <tr height=36 style='mso-height-source:userset;height:27.0pt'>\r\n${tds.join('\r\n')}\r\n </tr>`,
      );
    }
  }
  const cols = Array.from(
    { length: w },
    () => ` <col width=96 style='mso-width-source:userset;mso-width-alt:3072;width:72pt'>`,
  ).join('\r\n');
  const spacer = Array.from({ length: w }, () => `  <td width=96 style='width:72pt'></td>`).join('\r\n');
  return `<html xmlns:v="urn:schemas-microsoft-com:vml"\r\nxmlns:o="urn:schemas-microsoft-com:office:office"\r\nxmlns:x="urn:schemas-microsoft-com:office:excel"\r\nxmlns="http://www.w3.org/TR/REC-html40">\r\n\r\n<head>\r\n<meta http-equiv=Content-Type content="text/html; charset=gb2312">\r\n<meta name=ProgId content=Excel.Sheet>\r\n<meta name=Generator content="Microsoft Excel 15">\r\n<link rel=File-List href="sheet.files/filelist.xml">\r\n<style id="sheet_5432_Styles">\r\n<!--table\r\n\t{mso-displayed-decimal-separator:"\\.";\r\n\tmso-displayed-thousand-separator:"\\,";}\r\n.xl66\r\n\t{font-size:18.0pt;font-weight:700;text-align:center;}\r\n.xl68\r\n\t{border:.5pt solid windowtext;white-space:normal;}\r\n.xl69\r\n\t{mso-number-format:"0\\.00_ ";border:.5pt solid windowtext;}\r\n-->\r\n</style>\r\n<!--[if gte mso 9]><xml>\r\n <x:ExcelWorkbook>\r\n  <x:ExcelWorksheets>\r\n   <x:ExcelWorksheet>\r\n    <x:Name>Sheet1</x:Name>\r\n    <x:WorksheetOptions>\r\n     <x:Print><x:ValidPrinterInfo/></x:Print>\r\n    </x:WorksheetOptions>\r\n   </x:ExcelWorksheet>\r\n  </x:ExcelWorksheets>\r\n </x:ExcelWorkbook>\r\n</xml><![endif]-->\r\n</head>\r\n\r\n<body link=blue vlink=purple class=xl65>\r\n\r\n<table border=0 cellpadding=0 cellspacing=0 width=${96 * w} style='border-collapse:\r\n collapse;table-layout:fixed;width:${72 * w}pt'>\r\n${cols}\r\n${rows.join('\r\n')}\r\n <![if supportMisalignedColumns]>\r\n <tr height=0 style='display:none'>\r\n${spacer}\r\n </tr>\r\n <![endif]>\r\n</table>\r\n\r\n</body>\r\n\r\n</html>\r\n`;
}

function cmsPage(g: Grid): string {
  const para = (l: string) =>
    l === g.title
      ? `<p style="text-align: center;" align="center"><strong><span style="font-family: 宋体; font-size: 16pt;">${esc(l)}</span></strong></p>`
      : `<p style="text-indent: 2em;"><span style="font-family: 仿宋; font-size: 12pt;">${esc(l)}</span></p>`;
  const table = (rows: Rows) =>
    `<table style="border-collapse: collapse; width: 100%;" border="1" cellspacing="0" cellpadding="0"><tbody>\n${cells(
      rows,
    )
      .map(
        (r) =>
          `<tr style="height: 24px;">${r
            .map(
              (c) =>
                `<td style="border: 1px solid #000000; padding: 0px 7px; text-align: center;"${c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}${c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}><p style="text-align: center;"><span style="font-family: 宋体; font-size: 10pt;">${c.text === '' ? '&nbsp;' : esc(c.text)}</span></p></td>`,
            )
            .join('')}</tr>`,
      )
      .join('\n')}\n</tbody></table>`;
  const content = g.parts.map((p) => (typeof p === 'string' ? para(p) : table(p))).join('\n');
  const menu = ['机构职能', '政策文件', '规划计划', '财政预决算', '重点领域', '人事信息', '统计信息']
    .map((m) => `<tr><td class="menu"><a href="/xxgk/${m.length}/">${m}</a></td></tr>`)
    .join('\n');
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>${esc(g.title)}_政府信息公开</title>
<meta name="SiteName" content="政府信息公开平台" />
<meta name="ArticleTitle" content="${esc(g.title)}" />
<link href="/css/xxgk.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery.min.js"></script>
<!--#include virtual="/include/head.shtml"-->
</head>
<body>
<div class="top"><div class="logo"><img src="/images/logo.png" alt="政府信息公开" /></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/xxgk/">信息公开</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="230" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="lm">信息公开目录</td></tr>
${menu}
</table>
</td>
<td width="770" valign="top">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; 财政预决算</div>
<table class="xxgk_head" width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td width="12%"><b>索 引 号：</b></td><td width="38%">000000000/2022-00043</td><td width="12%"><b>信息分类：</b></td><td>财政预决算</td></tr>
<tr><td><b>发布机构：</b></td><td>财政局</td><td><b>生成日期：</b></td><td>2022-03-01</td></tr>
<tr><td><b>名&#12288;&#12288;称：</b></td><td colspan="3">${esc(g.title)}</td></tr>
</table>
<h1 class="title">${esc(g.title)}</h1>
<div class="info">发布时间：2022-03-01 09:30&#12288;来源：本网&#12288;浏览次数：<span id="hits"><script>document.write(hits)</script></span></div>
<div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{margin-top:5px;margin-bottom:5px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor DIV,.TRS_Editor TD,.TRS_Editor TH{font-family:宋体;font-size:12pt;}
</style>
<div class="Custom_UnionStyle">
${content}
</div></div>
<div class="fujian">附件：<a href="/xxgk/P020220301.xls">附件.xls</a></div>
<div class="print">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</td></tr>
</table>
<div class="footer"><p>主办单位：人民政府办公室&#12288;承办：信息中心</p><p>网站标识码：0000000000&#12288;备案号：ICP备00000000号</p></div>
</body>
</html>
`;
}

/** Quoted-printable of raw bytes, lines of at most 76 columns with soft breaks, as Word writes .mht. */
function quotedPrintable(bytes: Uint8Array): string {
  let out = '';
  let line = '';
  for (const b of bytes) {
    if (b === 0x0a) {
      out += `${line}\r\n`;
      line = '';
      continue;
    }
    if (b === 0x0d) continue;
    const piece =
      b === 0x3d || b > 0x7e || (b < 0x20 && b !== 0x09)
        ? `=${b.toString(16).toUpperCase().padStart(2, '0')}`
        : String.fromCharCode(b);
    if (line.length + piece.length > 75) {
      out += `${line}=\r\n`;
      line = '';
    }
    line += piece;
  }
  return out + line;
}

function wordMht(g: Grid): Uint8Array {
  const boundary = '----=_NextPart_01DB4A2C.6F3A8E10';
  const html = quotedPrintable(encodeGbk(wordHtml(g)));
  const head = `MIME-Version: 1.0\r\nX-Document-Type: Workbook\r\nContent-Type: multipart/related; boundary="${boundary}"\r\n\r\n此文档为“单个文件网页”，也称为“Web 档案”文件。如果您看到此消息，但是您的浏览器或编辑器不支持“Web 档案”文件。请下载支持“Web 档案”的浏览器。\r\n\r\n`;
  const parts = [
    `--${boundary}\r\nContent-Location: file:///C:/8A2B4C6D/form.htm\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset="gb2312"\r\n\r\n${html}\r\n\r\n`,
    `--${boundary}\r\nContent-Location: file:///C:/8A2B4C6D/form.files/themedata.thmx\r\nContent-Transfer-Encoding: base64\r\nContent-Type: application/vnd.ms-officetheme\r\n\r\nUEsDBBQABgAIAAAAIQDp3g+//wAAABwCAAATAAAAW0NvbnRlbnRfVHlwZXNdLnhtbKyRy07DMBBF\r\n\r\n`,
    `--${boundary}\r\nContent-Location: file:///C:/8A2B4C6D/form.files/filelist.xml\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Type: text/xml; charset="utf-8"\r\n\r\n<xml xmlns:o=3D"urn:schemas-microsoft-com:office:office">\r\n <o:MainFile HRef=3D"../form.htm"/>\r\n <o:File HRef=3D"themedata.thmx"/>\r\n <o:File HRef=3D"filelist.xml"/>\r\n</xml>\r\n\r\n`,
    `--${boundary}--\r\n`,
  ];
  // The MIME head and the parts' headers are ASCII but for the notice Word writes in the system's code page.
  return concat([encodeGbk(head), strToU8(parts.join(''))]);
}

/** Excel's single-file page of a workbook: a frameset naming the sheets' pages, then each page, then the tabs. */
function excelMht(g: Grid): Uint8Array {
  const boundary = '----=_NextPart_01DB4A2D.1C2B3D40';
  const notes = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">\r\n<head>\r\n<meta http-equiv=Content-Type content="text/html; charset=gb2312">\r\n<meta name=ProgId content=Excel.Sheet>\r\n</head>\r\n<body>\r\n<table border=0 cellpadding=0 cellspacing=0 width=720>\r\n${INSTRUCTIONS.map((l) => ` <tr height=24>\r\n  <td height=24 width=720>${esc(l)}</td>\r\n </tr>`).join('\r\n')}\r\n</table>\r\n</body>\r\n</html>\r\n`;
  const frameset = `<html xmlns:v="urn:schemas-microsoft-com:vml"\r\nxmlns:o="urn:schemas-microsoft-com:office:office"\r\nxmlns:x="urn:schemas-microsoft-com:office:excel"\r\nxmlns="http://www.w3.org/TR/REC-html40">\r\n\r\n<head>\r\n<meta name="Excel Workbook Frameset">\r\n<meta http-equiv=Content-Type content="text/html; charset=gb2312">\r\n<meta name=ProgId content=Excel.Sheet>\r\n<meta name=Generator content="Microsoft Excel 15">\r\n<link rel=File-List href="book.files/filelist.xml">\r\n<![if !supportTabStrip]>\r\n<link id="shLink" href="book.files/sheet001.htm">\r\n<link id="shLink" href="book.files/sheet002.htm">\r\n<![endif]>\r\n<!--[if gte mso 9]><xml>\r\n <x:ExcelWorkbook>\r\n  <x:ExcelWorksheets>\r\n   <x:ExcelWorksheet>\r\n    <x:Name>填报说明</x:Name>\r\n    <x:WorksheetSource HRef="book.files/sheet001.htm"/>\r\n   </x:ExcelWorksheet>\r\n   <x:ExcelWorksheet>\r\n    <x:Name>绩效表</x:Name>\r\n    <x:WorksheetSource HRef="book.files/sheet002.htm"/>\r\n   </x:ExcelWorksheet>\r\n  </x:ExcelWorksheets>\r\n  <x:Stylesheet HRef="book.files/stylesheet.css"/>\r\n  <x:ActiveSheet>1</x:ActiveSheet>\r\n </x:ExcelWorkbook>\r\n</xml><![endif]-->\r\n</head>\r\n\r\n<frameset rows="*,39" border=0 width=0 frameborder=no framespacing=0>\r\n <frame src="book.files/sheet002.htm" name="frSheet">\r\n <frame src="book.files/tabstrip.htm" name="frTabs" marginwidth=0 marginheight=0>\r\n <noframes>\r\n  <body>\r\n   <p>此页面使用了框架，而您的浏览器不支持框架。</p>\r\n  </body>\r\n </noframes>\r\n</frameset>\r\n</html>\r\n`;
  const tabs = `<html>\r\n<head>\r\n<meta http-equiv=Content-Type content="text/html; charset=gb2312">\r\n</head>\r\n<body topmargin=0 leftmargin=0 bgcolor="#808080">\r\n<table border=0 cellspacing=1>\r\n <tr>\r\n <td bgcolor="#FFFFFF" nowrap><b><small><small>&nbsp;<a href="sheet001.htm" target="frSheet"><font face="宋体" color="#000000">填报说明</font></a>&nbsp;</small></small></b></td>\r\n <td bgcolor="#FFFFFF" nowrap><b><small><small>&nbsp;<a href="sheet002.htm" target="frSheet"><font face="宋体" color="#000000">绩效表</font></a>&nbsp;</small></small></b></td>\r\n </tr>\r\n</table>\r\n</body>\r\n</html>\r\n`;
  const part = (location: string, html: string) =>
    `--${boundary}\r\nContent-Location: file:///C:/3F2A1B0C/${location}\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset="gb2312"\r\n\r\n${quotedPrintable(encodeGbk(html))}\r\n\r\n`;
  const head = `MIME-Version: 1.0\r\nX-Document-Type: Workbook\r\nContent-Type: multipart/related; boundary="${boundary}"\r\n\r\n此文档为“单个文件网页”，也称为“Web 档案”文件。\r\n\r\n`;
  return concat([
    encodeGbk(head),
    strToU8(
      part('book.htm', frameset) +
        part('book.files/sheet001.htm', notes) +
        part('book.files/sheet002.htm', excelHtml(g)) +
        part('book.files/tabstrip.htm', tabs) +
        `--${boundary}--\r\n`,
    ),
  ]);
}

/** A .docx whose body is one alternative-format chunk: the page (as .mht) the Word file was made from. */
function altChunkDocx(g: Grid): Uint8Array {
  const page = cmsPage(g)
    .replace(/^[\s\S]*?<div class="TRS_Editor">/, '<html><head><meta charset="utf-8"></head><body><div>')
    .replace(/<div class="fujian">[\s\S]*$/, '</body></html>');
  const mht = `MIME-Version: 1.0\r\nContent-Type: multipart/related; type="text/html"; boundary="=_NextPart_afchunk"\r\n\r\n--=_NextPart_afchunk\r\nContent-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: base64\r\nContent-Location: file:///C:/fake/document.html\r\n\r\n${Buffer.from(page, 'utf8').toString('base64').replace(/.{76}/g, '$&\r\n')}\r\n\r\n--=_NextPart_afchunk--\r\n`;
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body><w:altChunk r:id="htmlChunk"/><w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;
  return zipFixed({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="mht" ContentType="message/rfc822"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(xml),
    'word/_rels/document.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="htmlChunk" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="/word/afchunk.mht"/></Relationships>',
    ),
    'word/afchunk.mht': strToU8(mht),
  });
}

/** A zip whose entries carry one fixed time, so that writing the files again changes no byte. */
function zipFixed(files: Record<string, Uint8Array>): Uint8Array {
  return zipSync(files, { mtime: new Date('2026-12-05T00:00:00Z') });
}

function concat(arrays: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}

const W_NS =
  'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" mc:Ignorable="w14 wp14"';

const run = (t: string, rpr = '<w:rPr><w:rFonts w:hint="eastAsia"/><w:sz w:val="20"/></w:rPr>') =>
  t === '' ? '' : `<w:r>${rpr}<w:t xml:space="preserve">${esc(t)}</w:t></w:r>`;

/** Runs as Word splits them: at figures (another language), with proofing marks around Latin words. */
function wordRunsXml(text: string): string {
  return text
    .split(/([0-9A-Za-z.%]+)/)
    .filter((p) => p !== '')
    .map((p) =>
      /^[A-Za-z]{2,}$/.test(p)
        ? `<w:proofErr w:type="spellStart"/>${run(p)}<w:proofErr w:type="spellEnd"/>`
        : /^[0-9.%]+$/.test(p)
          ? run(
              p,
              '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="20"/></w:rPr>',
            )
          : run(p),
    )
    .join('');
}

const para = (inner: string, jc = 'center') =>
  `<w:p><w:pPr><w:jc w:val="${jc}"/><w:rPr><w:sz w:val="20"/></w:rPr></w:pPr>${inner}</w:p>`;

interface DocxQuirks {
  /** Index of the cell whose figure was corrected with tracked changes, and so on: each once per table. */
  edits: { del: boolean; sdt: boolean; placeholder: boolean; field: boolean; bookmark: boolean };
}

/** One grid cell's paragraphs, with the quirks a cell of its kind gets in a real file. */
function docxCellContent(c: Cell, q: DocxQuirks): string {
  const text = c.text;
  if (text === '') {
    if (!q.edits.placeholder) {
      q.edits.placeholder = true;
      return `<w:sdt><w:sdtPr><w:id w:val="-1029528316"/><w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder><w:showingPlcHdr/></w:sdtPr><w:sdtContent>${para(run('单击或点击此处输入文字。', '<w:rPr><w:rStyle w:val="a3"/></w:rPr>'))}</w:sdtContent></w:sdt>`;
    }
    return para('');
  }
  if (/^\d+(\.\d+)?$/.test(text) && Number(text) >= 1000 && !q.edits.del) {
    // a corrected figure: the old one deleted, the new one inserted, both tracked
    q.edits.del = true;
    const old = String(Math.round(Number(text) * 0.8));
    return para(
      `<w:del w:id="1" w:author="财务股" w:date="2022-02-20T10:00:00Z"><w:r><w:delText>${old}</w:delText></w:r></w:del><w:ins w:id="2" w:author="财务股" w:date="2022-02-20T10:00:00Z">${run(text)}</w:ins>`,
    );
  }
  if (/^\d+(\.\d+)?%$/.test(text) && !q.edits.field) {
    // a rate Word computed: a formula field whose result is the text shown
    q.edits.field = true;
    return para(
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> =E5/D5*100 \\# "0%" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(text)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`,
    );
  }
  const lines = wrappedLines(text);
  const body = lines.map((l) => para(wordRunsXml(l))).join('');
  if (lines.length === 1 && text.length > 6 && /[单位局院校]$/.test(text) && !q.edits.sdt) {
    // a unit chosen from a list: a content control around the cell's paragraph
    q.edits.sdt = true;
    return `<w:sdt><w:sdtPr><w:alias w:val="单位名称"/><w:tag w:val="unit"/><w:id w:val="1234567"/><w:dropDownList><w:listItem w:displayText="${esc(text)}" w:value="${esc(text)}"/></w:dropDownList></w:sdtPr><w:sdtContent>${body}</w:sdtContent></w:sdt>`;
  }
  if (!q.edits.bookmark && lines.length === 1 && text.length > 8) {
    q.edits.bookmark = true;
    // the template's hint kept as hidden text (w:vanish): Word neither shows nor prints it
    return para(
      `<w:bookmarkStart w:id="0" w:name="_Hlk95401234"/>${wordRunsXml(text)}<w:bookmarkEnd w:id="0"/><w:r><w:rPr><w:vanish/><w:color w:val="FF0000"/></w:rPr><w:t>（请填写预算批复的全称）</w:t></w:r>`,
    );
  }
  return body;
}

function docxTable(rows: Rows): string {
  const w = widthOf(rows);
  const q: DocxQuirks = {
    edits: { del: false, sdt: false, placeholder: false, field: false, bookmark: false },
  };
  const grid = `<w:tblGrid>${'<w:gridCol w:w="1000"/>'.repeat(w)}</w:tblGrid>`;
  const trs = rows.map((r, i) => {
    const tcs: string[] = [];
    for (let j = 0; j < r.length; j++) {
      const c = r[j];
      if (c) {
        const span = c.colspan > 1 ? `<w:gridSpan w:val="${c.colspan}"/>` : '';
        const merge = c.rowspan > 1 ? '<w:vMerge w:val="restart"/>' : '';
        tcs.push(
          `<w:tc><w:tcPr><w:tcW w:w="${1000 * c.colspan}" w:type="dxa"/>${span}${merge}<w:vAlign w:val="center"/></w:tcPr>${docxCellContent(c, q)}</w:tc>`,
        );
        continue;
      }
      // covered: from above (a vMerge continuation, no w:val) or from the left (already spanned)
      const above = coveringAbove(rows, i, j);
      if (above) {
        const span = above.colspan > 1 ? `<w:gridSpan w:val="${above.colspan}"/>` : '';
        tcs.push(
          `<w:tc><w:tcPr><w:tcW w:w="${1000 * above.colspan}" w:type="dxa"/>${span}<w:vMerge/></w:tcPr><w:p/></w:tc>`,
        );
      }
    }
    return `<w:tr><w:trPr><w:trHeight w:val="454"/><w:jc w:val="center"/></w:trPr>${tcs.join('')}</w:tr>`;
  });
  return `<w:tbl><w:tblPr><w:tblW w:w="${1000 * w}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders><w:tblLook w:val="04A0"/></w:tblPr>${grid}${trs.join('')}</w:tbl>`;
}

/** The cell whose rowspan covers (i, j) from a row above, starting at column j; null when covered from the left. */
function coveringAbove(rows: Rows, i: number, j: number): Cell | null {
  for (let k = i - 1; k >= 0; k--) {
    const c = rows[k]![j];
    if (c) return c.rowspan > i - k ? c : null;
  }
  return null;
}

/** A text box anchored in a paragraph: DrawingML for Word 2010+, the VML copy for older readers. */
function textBox(inner: string): string {
  return `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="5600000" cy="600000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/><wp:docPr id="1" name="文本框 1"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5600000" cy="600000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>${inner}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square"/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="文本框 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:441pt;height:47.25pt;z-index:251659264"><v:textbox><w:txbxContent>${inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
}

function docxPackage(body: string): Uint8Array {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document ${W_NS}><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  return zipFixed({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(xml),
  });
}

function wordDocx(g: Grid): Uint8Array {
  const parts = g.parts.map((p) => {
    if (typeof p !== 'string') return docxTable(p);
    if (p === g.title)
      return textBox(
        para(
          `<w:r><w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="36"/></w:rPr><w:t>${esc(p)}</w:t></w:r>`,
        ),
      );
    return para(wordRunsXml(p), 'left');
  });
  // the form framed: one cell holding everything, as a bordered page frame
  const frame = `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="double" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="9000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="9000" w:type="dxa"/></w:tcPr>${parts.join('')}<w:p/></w:tc></w:tr></w:tbl>`;
  return docxPackage(`${para(run('附件1'), 'left')}${frame}<w:p/>`);
}

function wpsDocx(g: Grid): Uint8Array {
  const inner =
    g.parts.map((p) => (typeof p === 'string' ? para(wordRunsXml(p)) : docxTable(p))).join('') + '<w:p/>';
  return docxPackage(`${para(run('附件'), 'left')}${textBox(inner)}<w:p/>`);
}

const INSTRUCTIONS = [
  '填报说明',
  '一、本表由项目实施单位填写，经主管部门审核后报送财政部门。',
  '二、项目名称：按预算批复的项目全称填写；主管部门、实施单位填写全称。',
  '三、资金单位为万元，保留两位小数；执行率=全年执行数/全年预算数×100%。',
  '四、绩效指标：一级指标包括产出指标、效益指标、满意度指标，二级、三级指标按项目实际细化，指标值应量化。',
  '五、偏差原因分析及改进措施：实际完成值未达到指标值的，应说明原因。',
];

async function realXlsx(g: Grid): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'WPS表格';
  book.created = book.modified = new Date('2026-12-05T00:00:00Z');
  const notes = book.addWorksheet('填报说明');
  INSTRUCTIONS.forEach((l, i) => (notes.getCell(i + 1, 1).value = l));
  notes.getColumn(1).width = 90;
  // the template's drop-down lists, on a sheet hidden from the person filling it in
  const lists = book.addWorksheet('下拉选项', { state: 'hidden' });
  lists.addRow(['一级指标', '二级指标', '计量单位', '指标性质']);
  const levels = ['产出指标', '效益指标', '满意度指标'];
  const kinds = [
    '数量指标',
    '质量指标',
    '时效指标',
    '成本指标',
    '经济效益指标',
    '社会效益指标',
    '生态效益指标',
    '可持续影响指标',
    '服务对象满意度指标',
  ];
  const units = ['个', '%', '人', '万元', '公里', '亩', '次', '天', '项'];
  kinds.forEach((k, i) =>
    lists.addRow([levels[i] ?? '', k, units[i] ?? '', ['≥', '≤', '=', '定性'][i] ?? '']),
  );
  const sheet = book.addWorksheet('绩效表');
  const all = tables(g);
  const width = Math.max(...all.map(widthOf));
  // a template column this year's form leaves out, hidden rather than deleted
  const hiddenCol = width;
  const lastTable = g.parts.findLastIndex((p) => typeof p !== 'string');
  let r = 1;
  let richDone = false;
  let exampleAt: number | null = null;
  let exampleTexts: string[] = [];
  const border: Partial<ExcelJS.Borders> = {
    top: { style: 'thin' },
    left: { style: 'thin' },
    bottom: { style: 'thin' },
    right: { style: 'thin' },
  };
  const col = (j: number) => (j + 1 >= hiddenCol ? j + 2 : j + 1);
  g.parts.forEach((part, i) => {
    if (typeof part === 'string') {
      sheet.getCell(r, 1).value = part;
      if (i < lastTable) sheet.mergeCells(r, 1, r, width + 1);
      r++;
      return;
    }
    const top = r;
    let k = 0;
    let gi = 0;
    for (const row of part) {
      const y = top + k;
      row.forEach((c, j) => {
        if (!c) return;
        const cell = sheet.getCell(y, col(j));
        cell.border = border;
        cell.value = xlsxValue(c.text, !richDone);
        if (typeof cell.value === 'object' && cell.value && 'richText' in cell.value) richDone = true;
        if (typeof cell.value === 'number') cell.numFmt = /\./.test(c.text) ? '0.00' : '0';
        if (c.rowspan > 1 || c.colspan > 1) {
          const right = col(j + c.colspan - 1);
          sheet.mergeCells(y, col(j), y + c.rowspan - 1, right);
        }
      });
      const head = sheet.getCell(y, hiddenCol);
      if (!head.isMerged && /三级指标|指标名称/.test(row.map((c) => c?.text ?? '').join('|')))
        head.value = '上年指标值';
      k++;
      // the template's example row, hidden rather than deleted, right under the indicator header (after all of
      // a two-row header's rows), written only where no merge covers it
      if (exampleAt === null && /三级指标|指标名称/.test(row.map((c) => c?.text ?? '').join('|'))) {
        exampleAt = gi + Math.max(...row.map((c) => c?.rowspan ?? 1)) - 1;
        exampleTexts = row.map((c) => (c ? c.text : ''));
      }
      if (exampleAt === gi) {
        const ex = top + k;
        exampleTexts.forEach((t, j) => {
          const v = /三级指标|指标名称/.test(t)
            ? '示例：培训人次'
            : /指标值|权重|分值|得分|完成值/.test(t)
              ? '100'
              : '';
          const cell = sheet.getCell(ex, col(j));
          if (v !== '' && !cell.isMerged) cell.value = v;
        });
        sheet.getRow(ex).hidden = true;
        k++;
        exampleAt = -1; // once
      }
      gi++;
    }
    r = top + k;
  });
  sheet.getColumn(hiddenCol).hidden = true;
  formulas(sheet);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Figures stored as text now and then (a system's export), one label as rich text (two runs). */
function xlsxValue(text: string, rich: boolean): ExcelJS.CellValue {
  if (rich && /名称$/.test(text) && text.length >= 4)
    return { richText: [{ text: text.slice(0, 2), font: { bold: true } }, { text: text.slice(2) }] };
  if (/^-?\d+(\.\d+)?$/.test(text)) return /\.\d{2}$/.test(text) && Number(text) >= 100 ? text : Number(text);
  return text;
}

/**
 * Puts formulas where the sheet's figures follow from others: a rate with its cached result, a score computed
 * as points × rate left without one (a file written by a program, never opened in Excel).
 */
function formulas(sheet: ExcelJS.Worksheet): void {
  sheet.eachRow((row) => {
    const values: Array<{ col: number; text: string }> = [];
    row.eachCell((cell, c) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const v = cell.value;
      const text = typeof v === 'number' ? String(v) : typeof v === 'string' ? v : '';
      values.push({ col: c, text });
    });
    const rate = values.find((v) => /^100%$/.test(v.text));
    if (!rate) return;
    const figures = values.filter((v) => v.col < rate.col && /^\d+(\.\d+)?$/.test(v.text));
    const exec = figures.at(-2);
    const budget = figures.at(-3);
    const points = figures.at(-1);
    if (!exec || !budget || !points || Number(exec.text) !== Number(budget.text)) return;
    const ref = (c: number) => sheet.getCell(row.number, c).address;
    const rc = sheet.getCell(row.number, rate.col);
    rc.value = { formula: `${ref(exec.col)}/${ref(budget.col)}`, result: 1 };
    rc.numFmt = '0%';
    const score = values.find((v) => v.col > rate.col && v.text === points.text);
    if (score) {
      const sc = sheet.getCell(row.number, score.col);
      sc.value = { formula: `${ref(points.col)}*${ref(rate.col)}` } as ExcelJS.CellFormulaValue;
      sc.numFmt = /\./.test(points.text) ? '0.00' : 'General';
    }
  });
}

const sourceTruths = ['docs', 'wide', 'fresh'].map((set) => ({
  set,
  truth: JSON.parse(readFileSync(join(corpus, set, 'truth.json'), 'utf8')) as TruthFile,
}));
const truthPath = join(outDir, 'truth.json');
const truth: TruthFile = trialDir
  ? { set: 'trial', docs: [] }
  : (JSON.parse(readFileSync(truthPath, 'utf8')) as TruthFile);
if (trialDir) mkdirSync(outDir, { recursive: true });
const ALL_SHAPES = Object.keys(WHAT) as Shape[];
// A trial may name grids (IDs after the options): only those are written.
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const plan: Array<[string, Shape[]]> = trialDir
  ? readdirSync(join(root, 'scripts/corpus-formats'))
      .filter((f) => f.endsWith('.grid'))
      .map((f) => f.replace(/\.grid$/, ''))
      .filter((id) => only.length === 0 || only.includes(id))
      .map((id) => [id, ALL_SHAPES])
  : Object.entries(PLAN);
for (const [id, shapes] of plan) {
  const grid = parseGrid(readFileSync(join(root, 'scripts/corpus-formats', `${id}.grid`), 'utf8'));
  const found = sourceTruths
    .map(({ set, truth: t }) => ({ set, doc: t.docs.find((d) => d.file === grid.from) }))
    .find((f) => f.doc !== undefined);
  if (!found?.doc) throw new Error(`${id}: ${grid.from} has no truth`);
  const base = grid.from.replace(/\.txt$/, '');
  for (const shape of shapes) {
    const file = `${base}.${shape}`;
    let data: Uint8Array;
    try {
      data =
        shape === 'word.html'
          ? encodeGbk(wordHtml(grid))
          : shape === 'excel.html'
            ? encodeGbk(excelHtml(grid))
            : shape === 'cms.shtml'
              ? strToU8(cmsPage(grid))
              : shape === 'word.mht'
                ? wordMht(grid)
                : shape === 'excel.mht'
                  ? excelMht(grid)
                  : shape === 'altchunk.docx'
                    ? altChunkDocx(grid)
                    : shape === 'word.docx'
                      ? wordDocx(grid)
                      : shape === 'wps.docx'
                        ? wpsDocx(grid)
                        : await realXlsx(grid);
    } catch (e) {
      if (!trialDir) throw e;
      console.log(`skipped ${file}: ${(e as Error).message}`); // a character GBK lacks, in a trial
      continue;
    }
    writeFileSync(join(outDir, file), data);
    const entry = {
      ...found.doc,
      file,
      sameAs: `${found.set}/${grid.from}`,
      layout: `made by scripts/corpus-realformats.ts from the hand-transcribed grid: ${WHAT[shape]}`,
    };
    const at = truth.docs.findIndex((d) => d.file === file);
    if (at >= 0) truth.docs[at] = entry;
    else truth.docs.push(entry);
    console.log(`wrote formats/${file}`);
  }
}
writeFileSync(truthPath, `${JSON.stringify(truth, null, 1)}\n`);
