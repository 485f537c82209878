// Writes corpus documents whose tables are clear as the other formats users bring: a saved web page (merged
// 一级/二级 cells as rowspan; one page GBK-encoded), .docx and .pdf (LibreOffice from the page) and .xlsx
// (exceljs, merged cells). Input: the hand-transcribed grids in scripts/corpus-formats/*.grid. Output, with a
// truth.json sharing each source document's truth: packages/documents/test/corpus/formats/.
// Usage: node --import tsx scripts/corpus-formats.ts [ID…]   (IDs: only those grids' files are rewritten; the
// truth is always rebuilt for all. Needs `soffice` on the PATH for .docx and .pdf.)
// With --out=DIR (a folder outside the repository) the grids named (or all) are written there in all four
// formats, .html, .docx, .xlsx and .pdf, whatever PLAN keeps, with a truth.json of their own (sameAs): a trial
// of fresh documents in every format, scored with `corpus-score.ts DIR`, before choosing what formats/ keeps.
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import type { TruthFile } from '../packages/documents/test/corpus/truth.ts';
import { encodeGbk, esc, parseGrid, type Cell, type Grid, type Rows } from './corpus-grid.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const gridDir = join(root, 'scripts/corpus-formats');
const corpus = join(root, 'packages/documents/test/corpus');
const trialDir = process.argv.find((a) => a.startsWith('--out='))?.slice('--out='.length);
const outDir = trialDir ? resolve(trialDir) : join(corpus, 'formats');
const ALL_FORMATS: Format[] = ['html', 'docx', 'xlsx', 'pdf'];

type Format = 'html' | 'gbk.html' | 'docx' | 'xlsx' | 'pdf';
/** Which formats each grid becomes: every format at least twice, one page in GBK. */
const PLAN: Record<string, Format[]> = {
  '005': ['html', 'docx', 'xlsx', 'pdf'],
  '007': ['html', 'docx', 'xlsx'],
  '014': ['docx', 'xlsx'],
  '017': ['gbk.html', 'docx', 'xlsx', 'pdf'],
  '023': ['html', 'xlsx', 'docx'],
  '036': ['html', 'xlsx', 'pdf'],
  '122': ['html', 'xlsx', 'docx'],
  '123': ['html', 'docx'],
  '150': ['html', 'xlsx', 'docx'],
  // Fresh documents of 2026-12-04, rendered in all four formats and scored against their text's truth: 372, 387
  // and 388 read as well as their text (no file kept); 374 (指标值 over 2021年实际实现值 | 预期2022年实现值) and 453
  // (预算部门、单位名称, a title opening with its year) read worse until the rules of that day.
  '372': [],
  '374': ['html', 'docx', 'xlsx'],
  '387': [],
  '388': [],
  '453': ['html', 'docx', 'xlsx', 'pdf'],
  // Thirteen more of 2026-12-04 evening, in all four formats (--out): only 391's .pdf read worse than its text
  // (a row's wrapped name cut by the page break); the others read as well as their text.
  '371': [],
  '375': [],
  '380': [],
  '384': [],
  '414': [],
  '373': [],
  '377': [],
  '389': [],
  '391': ['pdf'],
  '413': [],
  '415': [],
  '417': [],
  '433': [],
  // Blank templates filled by hand (2026-12-04): 佳县 (陕西) and 大庆 (黑龙江) 项目 申报表, a 项目支出绩效自评表 with 指标说明.
  // Rendered in all four formats on 2026-12-05 (h-render2): 441 read worse than its text in each (21/24, a
  // template's …… row under 环境效益指标 shifted into the name column) and is kept in all; 442-445 read as their text.
  '441': ['docx', 'html', 'xlsx', 'pdf'],
  '442': ['xlsx'],
  '443': ['docx'],
  // 2026-12-05 (h-templates2): the 桂林 budget pack's 申报表 (an .xls's sheet) in all four formats (--out): each
  // read 10/10 as its text does once that day's rules were in, so no file is kept.
  '446': [],
  '444': [],
  '445': [],
  // The rest of the fresh documents with a form, rendered in all four formats on 2026-12-05 (h-render2). Kept:
  // each file whose first run read worse than its text — 382 (批复表 outline in a table's columns, 0/24), 390's
  // .pdf (title wrapped over two lines, 0/15), 395 (two 自评表 in one table, 31/38), 416 (coded list as cells,
  // 21/24; .pdf 20/24 with a page-cut row), 428 (scoring table with each level's points, 10/17), 429 (untitled
  // banded 自评表, 0/13). The others read as well as their text.
  '376': [],
  '378': [],
  '379': [],
  '381': [],
  '382': ['html', 'docx', 'xlsx', 'pdf'],
  '383': [],
  '385': [],
  '386': [],
  '390': ['pdf'],
  '392': [],
  '393': [],
  '394': [],
  '395': ['html', 'docx', 'xlsx', 'pdf'],
  '396': [],
  '416': ['html', 'docx', 'xlsx', 'pdf'],
  '418': [],
  '419': [],
  '420': [],
  '421': [],
  '428': ['html', 'docx', 'xlsx', 'pdf'],
  '429': ['html', 'docx', 'xlsx', 'pdf'],
  '454': [],
  // 23 more wide/ documents with truth, grids transcribed by hand on 2026-12-05 (h-render3) and rendered in all four
  // formats (--out): first run 2135/2448. Kept: each file whose first run read worse than its text — 114 (funds
  // heading with the total on its row, 10/11), 242 (成安 two-row header, 17/18), 256's .pdf (a name's wrapped end,
  // 33/34), 270 (a 三级 worded as a 二级, 10/12), 342 (区域 自评表 with its block's points as the 得分 heading,
  // 12/43), 462 (OCR debris in header cells, 7/18), 463 (a name across the 二级 and 三级 columns, 36/39). The others
  // read as well as their text or better (340 23/24 against 22/24; 447 2/18 and 448 2/14 against 0/18 and 2/14).
  '102': [],
  '114': ['html', 'docx', 'xlsx', 'pdf'],
  '121': [],
  '181': [],
  '240': [],
  '241': [],
  '242': ['html', 'docx', 'xlsx', 'pdf'],
  '243': [],
  '255': [],
  '256': ['pdf'],
  '257': [],
  '258': [],
  '270': ['html', 'docx', 'xlsx', 'pdf'],
  '290': [],
  '340': [],
  '341': [],
  '342': ['html', 'docx', 'xlsx', 'pdf'],
  '346': [],
  '447': [],
  '448': [],
  '461': [],
  '462': ['html', 'docx', 'xlsx', 'pdf'],
  '463': ['html', 'docx', 'xlsx', 'pdf'],
  // 23 more wide/ documents with truth, grids transcribed by hand on 2026-12-05 (h-render4) and rendered in all four
  // formats (--out): first run 1632/1680 (408/420 each). Kept: each file whose first run read worse than its text —
  // 116 (年度资金总额：16 alone in the cell beside its heading, 15/16), 172 (总分 | 100 under a 评价指标表, 13/14), 322
  // (二级 cells spanning the 指标名称 column under a 指标类型 spanning two, 4/12). The others read as their text or
  // better (426 27/27 against 25/27; 250 14/16 as its text: the second project's heading has no table).
  '101': [],
  '103': [],
  '104': [],
  '108': [],
  '111': [],
  '116': ['html', 'docx', 'xlsx', 'pdf'],
  '117': [],
  '170': [],
  '171': [],
  '172': ['html', 'docx', 'xlsx', 'pdf'],
  '173': [],
  '220': [],
  '244': [],
  '250': [],
  '274': [],
  '320': [],
  '322': ['html', 'docx', 'xlsx', 'pdf'],
  '324': [],
  '329': [],
  '425': [],
  '426': [],
  '427': [],
  '432': [],
  // h-fresh12t (2026-12-05): wide/466 (祁东 部门整体 预算14表) as a table, its total written with its label in one
  // cell beside the funds heading (资金总额:952.22): 8/9 as .html and .xlsx before the rule that reads it, 9/9 after.
  // (.docx and .pdf not made: LibreOffice, shared, timed out.)
  '466': ['html', 'xlsx'],
  // 10 more wide/ documents with truth, grids transcribed by hand on 2026-12-05 (h-render5) and rendered in all four
  // formats (--out): first run 411/472 (html 103, docx 103, xlsx 103, pdf 102 of 118). Kept: each file whose first
  // run read worse than its text — 430's .pdf (a short name at the top of the next page joined to the row above as
  // its cut end, 8/9) and 465 (numbered template rows, 1. name and empty 3., 6/18). The others read as their text
  // or better (105 9/9, 174 8/10, 251 27/28, 345 10/10 against 6/9, 7/10, 20/28, 6/10). 343 has no grid: its copy
  // skips most of its first form.
  '105': [],
  '174': [],
  '222': [],
  '251': [],
  '291': [],
  '331': [],
  '345': [],
  '430': ['pdf'],
  '431': [],
  '465': ['html', 'docx', 'xlsx', 'pdf'],
  // The fresh/ documents (601–630) with a form, grids transcribed by hand on 2026-12-07 (h-render39; 604 not yet)
  // and rendered in all four formats (--out): first run html 1096, docx 1096, xlsx 1097, pdf 1085 of 1099 (their
  // text 1099/1099). Kept: each file whose first run read worse than its text and that a rule of that day reads —
  // 602 as .html, .docx and .pdf (a site footer line under the second form's cut 预算执行情况 header made 得分 | 原因
  // an indicator, 24/25), 620–625 as .pdf (the 项目效果 header cut by the page break, 一级指 / 标 and 数据项 / 1 read
  // as rows, or its merged 项目效果 cell cut, 项目 / 效果: one or two fields each). Not kept, read worse still: 605
  // (2/3 in every format: 湖南's 2017 部门整体 indicators as label:text cells under 产出指标 / 效益指标, none read),
  // 607's .pdf (its budget in prose the page wrapped) and 627 (the copy's cut last row, 岗, a named row in a grid).
  // Kept after h-gaps39's rules (2026-12-07): 605 in every format (3/3, its label:text cells read) and 607's .pdf
  // (33/33, its wrapped prose joined).
  '601': [],
  '602': ['html', 'docx', 'pdf'],
  '603': [],
  '605': ['html', 'docx', 'xlsx', 'pdf'],
  '606': [],
  '607': ['pdf'],
  '608': [],
  '609': [],
  '610': [],
  '611': [],
  '612': [],
  '613': [],
  '614': [],
  '615': [],
  '616': [],
  '617': [],
  '618': [],
  '619': [],
  '620': ['pdf'],
  '621': ['pdf'],
  '622': ['pdf'],
  '623': ['pdf'],
  '624': ['pdf'],
  '625': ['pdf'],
  '626': [],
  '627': [],
  '628': [],
  '629': [],
  '630': [],
  // fresh/653–655 (h-fresh42b, 2026-12-07: 吉林's 评价表 pages, grids written from the pages' spans) in all four
  // formats and all nine realformats shapes (--out): 213/213 each (their text 213/213) — none kept.
  '653': [],
  '654': [],
  '655': [],
  // The fresh/ documents from 631 on with a form in a table, and 604, grids transcribed by hand on 2026-12-07
  // (h-render43) and rendered in all four formats (--out): first run 469/472 (html, docx, xlsx 118/118, pdf 115/118;
  // their text 117/118, 648's one amount). Kept: the .pdf of 641 (上海 部门预算 in 元: the 212 rows' three amounts, 10
  // figures in columns 44 pt wide, joined by pdf.js into one run and left whole, 基本支出 and 项目支出 lost, 35/37) and
  // of 646 (上海 部门决算 in 万元: the 财政拨款收支总表's 本年支出合计 and 总计 pairs, 4,733.14 4,733.14, joined the same
  // way, the expenditure lost, 16/17) — each as its text once figures are measured at their printed width. The
  // others read as their text or better (648 32/32 against 31/32). 631 and 632 (reports, no truth fields), 636, 637,
  // 640 (prose), 642–645 and 647 have no grid. (649's grid had two rows one cell too wide at first: 4/4 either way.)
  '604': [],
  '638': [],
  '639': [],
  '641': ['pdf'],
  '646': ['pdf'],
  '648': [],
  '649': [],
  '656': [],
  '657': [],
  '658': [],
};

function toHtml(g: Grid, charset: string): string {
  const para = (l: string) =>
    l === g.title ? `<h2 style="text-align:center">${esc(l)}</h2>` : `<p>${esc(l)}</p>`;
  const table = (rows: Rows) =>
    `<table border="1" cellspacing="0" cellpadding="0">
${rows
  .map((r) => {
    const tds = r
      .filter((c): c is Cell => c !== null)
      .map(
        (c) =>
          `<td${c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}${c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}>${esc(c.text)}</td>`,
      );
    return `<tr>${tds.join('')}</tr>`;
  })
  .join('\n')}
</table>`;
  const content = g.parts.map((p) => (typeof p === 'string' ? para(p) : table(p))).join('\n');
  return `<!DOCTYPE html>
<html>
<head>
<meta charset="${charset}">
<title>${esc(g.title)}</title>
<style>table{border-collapse:collapse}td{border:1px solid #000;padding:2px 4px;font-size:12px}</style>
</head>
<body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/czyjs/">财政预决算</a></div>
<div class="content">
${content}
</div>
<div class="footer">主办单位:本网站 &nbsp; 技术支持:信息中心</div>
</body>
</html>
`;
}

async function toXlsx(g: Grid): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Sheet1');
  const tables = g.parts.filter((p): p is Rows => typeof p !== 'string');
  const width = Math.max(...tables.flatMap((t) => t.map((r) => r.length)));
  const lastTable = g.parts.findLastIndex((p) => typeof p !== 'string');
  let r = 1;
  g.parts.forEach((part, i) => {
    if (typeof part === 'string') {
      // a paragraph above a table spans the sheet's width; one after the last table stays in its first cell
      sheet.getCell(r, 1).value = part;
      if (i < lastTable) sheet.mergeCells(r, 1, r, width);
      r++;
      return;
    }
    const top = r;
    part.forEach((row, k) =>
      row.forEach((c, j) => {
        if (!c) return;
        sheet.getCell(top + k, j + 1).value = c.text;
        if (c.rowspan > 1 || c.colspan > 1)
          sheet.mergeCells(top + k, j + 1, top + k + c.rowspan - 1, j + c.colspan);
      }),
    );
    r = top + part.length;
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Pages LibreOffice is to convert, by format: converted together at the end, one LibreOffice run a format. */
const pending: Record<'docx' | 'pdf', Array<{ html: string; base: string }>> = { docx: [], pdf: [] };
function soffice(html: string, base: string, format: 'docx' | 'pdf'): void {
  pending[format].push({ html, base });
}

/**
 * LibreOffice converts the pages (as UTF-8) to .docx or .pdf, all of a format in one run: its start-up, not the
 * conversion, is what takes the time on a machine others share. Its own profile keeps it apart from others.
 */
function convertPending(): void {
  for (const format of ['docx', 'pdf'] as const) {
    const pages = pending[format];
    if (pages.length === 0) continue;
    const work = mkdtempSync(join(tmpdir(), 'corpus-formats-'));
    try {
      const sources = pages.map(({ html, base }) => {
        const src = join(work, `${base}.html`);
        writeFileSync(src, html);
        return src;
      });
      const filter = format === 'docx' ? 'docx:MS Word 2007 XML' : 'pdf:writer_web_pdf_Export';
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${work}/profile`,
          '--headless',
          '--convert-to',
          filter,
          '--outdir',
          work,
          ...sources,
        ],
        { stdio: 'ignore', timeout: 120_000 + 60_000 * pages.length },
      );
      for (const { base } of pages) {
        renameSync(join(work, `${base}.${format}`), join(outDir, `${base}.${format}`));
        console.log(`converted ${base}.${format}`);
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
}

// A grid's source document is in docs/, wide/ or fresh/; its truth is shared (sameAs) from there.
const sourceTruths = ['docs', 'wide', 'fresh'].map((set) => ({
  set,
  truth: JSON.parse(readFileSync(join(corpus, set, 'truth.json'), 'utf8')) as TruthFile,
}));
const truth: TruthFile = { set: 'formats', docs: [] };
// Entries of files other scripts write into formats/ (corpus-cell-lines.ts: *.cells.txt, *.spaced.txt) are kept.
const previous: TruthFile = trialDir
  ? { set: 'trial', docs: [] }
  : (JSON.parse(readFileSync(join(outDir, 'truth.json'), 'utf8')) as TruthFile);
if (trialDir) mkdirSync(outDir, { recursive: true });

const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
for (const name of readdirSync(gridDir)
  .filter((f) => f.endsWith('.grid'))
  .sort()) {
  const id = name.replace(/\.grid$/, '');
  const write = only.length === 0 || only.includes(id);
  if (trialDir && !write) continue;
  const grid = parseGrid(readFileSync(join(gridDir, name), 'utf8'));
  const found = sourceTruths
    .map(({ set, truth: t }) => ({ set, doc: t.docs.find((d) => d.file === grid.from) }))
    .find((f) => f.doc !== undefined);
  const source = found?.doc;
  if (!found || !source) throw new Error(`${name}: ${grid.from} has no truth in docs/, wide/ or fresh/`);
  const base = grid.from.replace(/\.txt$/, '');
  for (const format of trialDir ? ALL_FORMATS : (PLAN[id] ?? [])) {
    const file = `${base}.${format}`;
    if (!write) {
      // keep the committed file; only its truth entry is rebuilt
    } else if (format === 'html') writeFileSync(join(outDir, file), toHtml(grid, 'utf-8'));
    else if (format === 'gbk.html') writeFileSync(join(outDir, file), encodeGbk(toHtml(grid, 'gbk')));
    else if (format === 'xlsx') writeFileSync(join(outDir, file), await toXlsx(grid));
    else soffice(toHtml(grid, 'utf-8'), base, format);
    truth.docs.push({
      ...source,
      file,
      sameAs: `${found.set}/${grid.from}`,
      layout: `${format} generated from the hand-transcribed grid`,
    });
    if (write) console.log(`wrote ${trialDir ? outDir : 'formats'}/${file}`);
  }
}
convertPending();
const made = new Set(truth.docs.map((d) => d.file));
truth.docs.push(...previous.docs.filter((d) => !made.has(d.file)));
writeFileSync(join(outDir, 'truth.json'), `${JSON.stringify(truth, null, 1)}\n`);
