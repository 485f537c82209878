// Saved web pages: tables on their grid, paragraphs, the declared charset, hostile pages refused.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importBuffer, importText, readRows } from '../import-document.ts';
import { layoutForm } from '../export/layout-form.ts';
import { layoutHtml } from '../export/write-html.ts';
import { ImportError } from '../import-errors.ts';
import { sniffFormat } from '../sniff-format.ts';
import { haveSeeds, seedText } from '../../test/seeds.ts';
import { declaredCharset, decodeHtml } from './decode-html.ts';
import { MAX_HTML_DEPTH, MAX_HTML_ELEMENTS, readHtmlRows, readHtmlText } from './read-html.ts';

const here = dirname(fileURLToPath(import.meta.url));
const utf8 = (s: string) => new TextEncoder().encode(s);
/** GB18030 bytes of a page (Node has no encoder for it: a small table of the characters used). */
function gbk(html: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of html) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    bytes.push(...gbkBytesOf(ch));
  }
  return new Uint8Array(bytes);
}
const gbkCache = new Map<string, number[]>();
/** Finds a character's two GBK bytes by decoding the GBK code space once. */
function gbkBytesOf(ch: string): number[] {
  if (gbkCache.size === 0) {
    const decoder = new globalThis.TextDecoder('gb18030');
    for (let hi = 0x81; hi <= 0xfe; hi++)
      for (let lo = 0x40; lo <= 0xfe; lo++) {
        if (lo === 0x7f) continue;
        const c = decoder.decode(new Uint8Array([hi, lo]));
        if (!gbkCache.has(c)) gbkCache.set(c, [hi, lo]);
      }
  }
  const b = gbkCache.get(ch);
  if (!b) throw new Error(`no GBK bytes for ${ch}`);
  return b;
}

// source: corpus 017_selfeval.txt (张庄寨镇, 安徽): its `|` rows written back as the page's table, 一级 and
// 二级 merged down the rows they cover as the site's table had them
const SELF_EVALUATION_PAGE = `<!DOCTYPE html>
<html><head><meta charset="gbk"><title>河西村特色种养补贴到户项目绩效自评表_张庄寨镇</title>
<style>.t td{border:1px solid}</style><script>var nav = "<p>首页</p>";</script></head>
<body><div class="nav">首页 &gt; 政务公开</div>
<h2>绩效目标自评表</h2>
<p>（2023年度）</p>
<table class="t">
<tr><td>项目名称</td><td colspan="3">河西村特色种养补贴到户项目</td><td>项目负责人及电话</td><td colspan="3">李宁0557-5788003</td></tr>
<tr><td rowspan="4">绩效指标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>分值</td><td>年度指标值</td><td>全年实际值</td><td>得分</td></tr>
<tr><td rowspan="3">产出指标<br>(50分)</td><td rowspan="2">数量指标</td><td>★补助各类瓜果蔬菜种植面积</td><td>20</td><td>29.5亩</td><td>29.5亩</td><td>20</td></tr>
<tr><td>★补助鱼塘面积</td><td>10</td><td>3亩</td><td>3亩</td><td>10</td></tr>
<tr><td>质量指标</td><td>种植作物成活率</td><td>5</td><td>95%</td><td>95%</td><td>5</td></tr>
</table>
<p>注：&ldquo;★&rdquo;为必填指标</p>
</body></html>`;

describe('readHtmlRows', () => {
  it('reads a GBK page: paragraphs, and the table on its grid with merged cells as empty cells', () => {
    const rows = readHtmlRows(gbk(SELF_EVALUATION_PAGE));
    expect(rows.map((r) => (r.table ? r.cells : `¶${r.cells[0]}`))).toEqual([
      '¶首页 > 政务公开',
      '¶绩效目标自评表',
      '¶（2023年度）',
      ['项目名称', '河西村特色种养补贴到户项目', '', '', '项目负责人及电话', '李宁0557-5788003', '', ''],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '分值', '年度指标值', '全年实际值', '得分'],
      ['', '产出指标\n(50分)', '数量指标', '★补助各类瓜果蔬菜种植面积', '20', '29.5亩', '29.5亩', '20'],
      ['', '', '', '★补助鱼塘面积', '10', '3亩', '3亩', '10'],
      ['', '', '质量指标', '种植作物成活率', '5', '95%', '95%', '5'],
      '¶注：“★”为必填指标',
    ]);
  });

  it('keeps where each row came from: table and row number, the page line of a paragraph', () => {
    const rows = readHtmlRows(gbk(SELF_EVALUATION_PAGE));
    expect(rows.find((r) => r.cells[0] === '绩效目标自评表')).toMatchObject({ table: false, line: 5 });
    expect(rows.find((r) => r.cells[3] === '★补助鱼塘面积')).toMatchObject({ source: '表1', line: 4 });
  });

  it('gives each paragraph its page line on a page of one long line and on the lines after it', () => {
    // The line count keeps the next line break (a page without any was scanned to its end for every element).
    const wide = Array.from({ length: 2000 }, (_, k) => `<tr><td>指标${k}</td><td>${k}</td></tr>`).join('');
    const rows = readHtmlText(
      `<html><body><p>标题</p><table>${wide}</table><p>前言</p>\n\n<p>说明</p>\n<table><tr><td>项目名称</td><td>甲</td></tr>\n<tr><td>单位</td><td>乙</td></tr></table>\n<div>尾注</div></body></html>`,
    );
    expect(rows).toHaveLength(2006);
    expect(rows.filter((r) => !r.table).map((r) => [r.cells[0], r.line])).toEqual([
      ['标题', 1],
      ['前言', 1],
      ['说明', 3],
      ['尾注', 6],
    ]);
    expect(rows.filter((r) => r.table).map((r) => r.line)).toEqual([
      ...Array.from({ length: 2000 }, (_, k) => k + 1),
      1,
      2,
    ]);
  });

  it('reads a cell merged over rows that start later than its own, and cells left out at the end of a row', () => {
    const rows = readHtmlText(
      '<table><tr><td>a</td><td rowspan="3">b</td><td>c</td></tr><tr><td>d</td></tr><tr><td>e</td><td>f</td></tr></table>',
    );
    expect(rows.map((r) => r.cells)).toEqual([
      ['a', 'b', 'c'],
      ['d', ''],
      ['e', '', 'f'],
    ]);
  });

  it('puts the rows of a table inside a cell after the row holding it, and reads a caption as a title', () => {
    const rows = readHtmlText(
      '<table><caption>项目支出绩效目标表</caption><tr><td>项目名称</td><td>某项目<table><tr><td>内表</td><td>1</td></tr></table></td></tr><tr><td>主管部门</td><td>某局</td></tr></table>',
    );
    expect(rows.map((r) => [r.source, r.table, ...r.cells])).toEqual([
      ['表1', false, '项目支出绩效目标表'],
      ['表1', true, '项目名称', '某项目'],
      ['表2', true, '内表', '1'],
      ['表1', true, '主管部门', '某局'],
    ]);
  });

  it('reads a page laid out in a table as running text and tables, in order', () => {
    // the page's layout table holds the article: text, the form's table, more text
    const rows = readHtmlText(`<table width="1000"><tr><td>首页 | 政务公开</td><td>
      <p>关于下达2022年项目绩效目标的通知</p><p>各单位：现将绩效目标下达如下。</p>
      <table border="1"><tr><td>项目名称</td><td>某项目</td></tr><tr><td>一级指标</td><td>二级指标</td></tr>
      <tr><td>产出指标</td><td>数量指标</td></tr></table>
      <p>附件：绩效目标表</p></td></tr></table>`);
    expect(rows.map((r) => (r.table ? [r.source, ...r.cells] : `¶${r.cells[0]}`))).toEqual([
      '¶关于下达2022年项目绩效目标的通知',
      '¶各单位：现将绩效目标下达如下。',
      ['表2', '项目名称', '某项目'],
      ['表2', '一级指标', '二级指标'],
      ['表2', '产出指标', '数量指标'],
      '¶附件：绩效目标表',
      ['表1', '首页 | 政务公开', ''],
    ]);
    expect(rows[0]!.line).toBe(1);
  });

  it('reads rows whose closing tags are left out, as old pages write them', () => {
    const rows = readHtmlText('<table><tr><td>一级指标<td>二级指标<tr><td>产出指标<td>数量指标</table><p>完');
    expect(rows.map((r) => r.cells)).toEqual([['一级指标', '二级指标'], ['产出指标', '数量指标'], ['完']]);
  });

  it('reads Word’s "save as web page" markup: office tags, conditional comments, list markers', () => {
    const word = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>某人</o:Author></o:DocumentProperties></xml><![endif]-->
</head><body lang=ZH-CN style='tab-interval:21.0pt'><div class=WordSection1>
<p class=MsoNormal align=center><b><span style='font-size:16.0pt'>项目支出绩效目标申报表<o:p></o:p></span></b></p>
<p class=MsoListParagraph><![if !supportLists]><span>1.<span style='font:7.0pt'>&nbsp;&nbsp; </span></span><![endif]>年度目标<o:p></o:p></p>
<table class=MsoTableGrid border=1><tr style='mso-yfti-irow:0'>
<td width=100 valign=top><p class=MsoNormal><span>项目名称<o:p></o:p></span></p></td>
<td width=300 colspan=2 valign=top><p class=MsoNormal><span>信息化建设<o:p></o:p></span></p>
<p class=MsoNormal><span>（二期）<o:p></o:p></span></p></td></tr></table></div></body></html>`;
    expect(readHtmlText(word).map((r) => r.cells)).toEqual([
      ['项目支出绩效目标申报表'],
      ['1. 年度目标'],
      ['项目名称', '信息化建设\n（二期）', ''],
    ]);
  });

  it('joins Chinese text Word’s source wraps between two characters, keeping a wrap at a real space', () => {
    // Word wraps its HTML source near 76 columns, between any two CJK characters: a browser shows no space there
    // (CSS Text's segment break rule), only where the wrap took the place of a space beside a Latin word or figure.
    const word = `<table><tr><td><p class=MsoNormal><span style='font-family:宋体'>在东马场林场、东岳山林场、红庄林场、\r\n马渠林场<span lang=EN-US>7\r\n</span>个林场\r\n和古雁办</span></p></td>
<td><p class=MsoNormal><span>彭\r\n  堡镇</span><span lang=EN-US>\r\nMsoNormal\r\ntext</span></p></td></tr></table>
<p class=MsoNormal><span>原州区南部\r\n水源涵养林</span></p>`;
    expect(readHtmlText(word).map((r) => r.cells)).toEqual([
      ['在东马场林场、东岳山林场、红庄林场、马渠林场7 个林场和古雁办', '彭堡镇 MsoNormal text'],
      ['原州区南部水源涵养林'],
    ]);
  });

  it('ignores scripts, styles and the page title', () => {
    const rows = readHtmlText(SELF_EVALUATION_PAGE);
    const text = rows.flatMap((r) => r.cells).join('|');
    expect(text).not.toContain('首页</p>');
    expect(text).not.toContain('border');
    expect(text).not.toContain('_张庄寨镇');
  });

  it('refuses a page nested deeper than any real one, quickly and with a reason', () => {
    const deep = '<div>'.repeat(MAX_HTML_DEPTH + 10) + '文字';
    const t0 = performance.now();
    expect(() => readHtmlText(deep)).toThrow(ImportError);
    let error: unknown = null;
    try {
      readHtmlText('<table><tr><td>' + '<span>'.repeat(200_000));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({
      code: 'html-too-complex',
      message: expect.stringMatching(/网页结构过于复杂.*嵌套/),
    });
    expect(performance.now() - t0).toBeLessThan(20_000);
  });

  it('refuses tables whose merges make more cells than any form has', () => {
    // 256 columns merged down 1000 rows, under them rows of one short cell, again and again: few
    // elements (about 20,000), a grid of more than 2,000,000 cells
    const block = `<tr>${'<td rowspan="1000">m</td>'.repeat(256)}</tr>` + '<tr><td>x</td></tr>'.repeat(999);
    const page = `<table>${block.repeat(10)}</table>`;
    expect(() => readHtmlText(page)).toThrow(/表格超过 2000000 个单元格/);
    // the same merges over a few rows are read
    expect(
      readHtmlText(`<table><tr>${'<td rowspan="1000">m</td>'.repeat(3)}</tr><tr><td>x</td></tr></table>`)[1]!
        .cells,
    ).toEqual(['', '', '', 'x']);
  });

  it('refuses a page of more elements than any form page has', () => {
    const many = '<p>' + '<b></b>'.repeat(MAX_HTML_ELEMENTS + 1);
    expect(() => readHtmlText(many)).toThrow(/超过 500000 个元素/);
  });
});

describe('the page charset', () => {
  it('is the one the page declares, by meta charset, http-equiv or the XML prolog', () => {
    expect(declaredCharset(utf8('<html><head><meta charset="GB2312">'))).toBe('gb18030');
    expect(declaredCharset(utf8('<meta http-equiv="Content-Type" content="text/html; charset=gbk" />'))).toBe(
      'gb18030',
    );
    expect(declaredCharset(utf8('<?xml version="1.0" encoding="UTF-8"?><html>'))).toBe('utf-8');
    expect(declaredCharset(utf8('<meta charset="x-unknown-charset">'))).toBeNull();
    expect(declaredCharset(utf8('<html><body>无声明</body></html>'))).toBeNull();
  });

  it('is guessed like plain text when the page declares none', () => {
    const bytes = gbk('<html><body><p>项目名称</p></body></html>');
    expect(decodeHtml(bytes)).toContain('项目名称');
  });

  it('is read from a UTF-8 page that declares UTF-8', () => {
    const rows = readHtmlRows(utf8('<!doctype html><meta charset="utf-8"><p>绩效目标申报表</p>'));
    expect(rows[0]!.cells).toEqual(['绩效目标申报表']);
  });
});

/** Quoted-printable text of bytes, as MIME writes it (lines of at most 76 characters, `=` soft breaks). */
function quotedPrintable(bytes: Uint8Array): string {
  let out = '';
  let line = '';
  for (const b of bytes) {
    const piece =
      b === 0x0a
        ? '\n'
        : b >= 0x20 && b < 0x7f && b !== 0x3d
          ? String.fromCharCode(b)
          : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (piece === '\n') {
      out += line + '\r\n';
      line = '';
      continue;
    }
    if (line.length + piece.length > 75) {
      out += line + '=\r\n';
      line = '';
    }
    line += piece;
  }
  return out + line;
}

function mhtml(
  parts: Array<{ type: string; encoding: string; body: string; location?: string }>,
): Uint8Array {
  const boundary = '----=_NextPart_01DA0000.12345678';
  const head = `MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\tboundary="${boundary}";\r\n\ttype="text/html"\r\n\r\n此为多部分 MIME 消息。\r\n\r\n`;
  const body = parts
    .map(
      (p) =>
        `--${boundary}\r\nContent-Location: file:///C:/${p.location ?? 'page.htm'}\r\nContent-Transfer-Encoding: ${p.encoding}\r\nContent-Type: ${p.type}\r\n\r\n${p.body}\r\n\r\n`,
    )
    .join('');
  return utf8(head + body + `--${boundary}--\r\n`);
}

describe('single-file web pages (.mht)', () => {
  const page =
    '<html><body><p>项目支出绩效目标申报表</p><table><tr><td>项目名称</td><td>信息化建设</td></tr></table></body></html>';
  const expected = [['项目支出绩效目标申报表'], ['项目名称', '信息化建设']];

  it('reads Word’s single file web page: a GB2312 page in quoted-printable', async () => {
    const data = mhtml([
      { type: 'text/html; charset="gb2312"', encoding: 'quoted-printable', body: quotedPrintable(gbk(page)) },
      { type: 'image/png', encoding: 'base64', body: 'iVBORw0KGgo=' },
    ]);
    expect(sniffFormat(data)).toBe('html');
    const read = await readRows(data, '申报表.mht');
    expect(read.rows.map((r) => r.cells)).toEqual(expected);
  });

  it('reads a browser’s single-file page: UTF-8 in base64 after other parts', async () => {
    const data = mhtml([
      { type: 'text/css', encoding: 'quoted-printable', body: 'td { border: 1px }' },
      {
        type: 'text/html',
        encoding: 'base64',
        body: Buffer.from('<meta charset="utf-8">' + page).toString('base64'),
      },
    ]);
    expect((await readRows(data, 'page.mhtml')).rows.map((r) => r.cells)).toEqual(expected);
  });

  it('reads Excel’s single-file page of a workbook: the sheets its frameset names, in order, not the tabs', async () => {
    const frameset = `<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta name="Excel Workbook Frameset">
<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets>
<x:ExcelWorksheet><x:Name>填报说明</x:Name><x:WorksheetSource HRef="book.files/sheet001.htm"/></x:ExcelWorksheet>
<x:ExcelWorksheet><x:Name>绩效表</x:Name><x:WorksheetSource HRef="book.files/sheet002.htm"/></x:ExcelWorksheet>
</x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]--></head>
<frameset rows="*,39"><frame src="book.files/sheet002.htm" name="frSheet"><frame src="book.files/tabstrip.htm" name="frTabs">
<noframes><body><p>此页面使用了框架，而您的浏览器不支持框架。</p></body></noframes></frameset></html>`;
    const html = (body: string) => ({ type: 'text/html; charset="utf-8"', encoding: '8bit', body });
    const data = mhtml([
      { ...html(frameset), location: 'D/book.htm' },
      {
        ...html('<table><tr><td>项目名称</td><td>信息化建设</td></tr></table>'),
        location: 'D/book.files/sheet002.htm',
      },
      { ...html('<table><tr><td>填报说明</td></tr></table>'), location: 'D/book.files/sheet001.htm' },
      {
        ...html(
          '<table><tr><td><a href="sheet001.htm" target="frSheet">填报说明</a></td><td><a href="sheet002.htm" target="frSheet">绩效表</a></td></tr></table>',
        ),
        location: 'D/book.files/tabstrip.htm',
      },
    ]);
    const rows = (await readRows(data, 'book.mht')).rows;
    expect(rows.map((r) => [r.source, r.cells])).toEqual([
      ['填报说明', ['填报说明']],
      ['绩效表', ['项目名称', '信息化建设']],
    ]);
  });

  it('says so when the archive holds no page', async () => {
    const outcome = await importBuffer(
      mhtml([{ type: 'image/png', encoding: 'base64', body: 'iVBORw0KGgo=' }]),
      'a.mht',
    );
    expect(outcome).toMatchObject({ ok: false, error: { code: 'unknown-format' } });
  });
});

describe('web pages among other files', () => {
  it('are told from text by their content, whatever the file is called', () => {
    expect(sniffFormat(gbk(SELF_EVALUATION_PAGE))).toBe('html');
    expect(sniffFormat(utf8('\ufeff<!DOCTYPE html><html><body></body></html>'))).toBe('html');
    expect(sniffFormat(utf8('<table><tr><td>项目名称</td></tr></table>'))).toBe('html');
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...[...'<html><body>项目</body></html>'].flatMap((ch) => {
        const c = ch.charCodeAt(0);
        return [c & 0xff, c >> 8];
      }),
    ]);
    expect(sniffFormat(utf16)).toBe('html');
    expect(readHtmlRows(utf16).map((r) => r.cells)).toEqual([['项目']]);
    // text that only mentions a tag, or holds a stray tag inside, stays text
    expect(sniffFormat(utf8('项目名称\t某项目<br>\n主管部门\t某局'))).toBe('text');
    expect(sniffFormat(utf8('# source: http://example.gov.cn/a.html\n<p>项目名称</p>'))).toBe('text');
  });

  it('are read by readRows, traditional script normalised like every format', async () => {
    const page = utf8(
      '<html><body><table><tr><td>項目名稱</td><td>監測項目經費</td></tr></table></body></html>',
    );
    const read = await readRows(page, '监测.htm');
    expect(read.format).toBe('html');
    expect(read.rows[0]!.cells).toEqual(['项目名称', '监测项目经费']);
  });

  it('import into the same form as the text of the same document', async () => {
    // fixture: seed 004's first 批复表 as a GB2312 web page (see the comment at its top)
    const data = readFileSync(join(here, '../../test/fixtures/seed-004-first-form.html'));
    const outcome = await importBuffer(new Uint8Array(data), '批复表.txt');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.format).toBe('html');
    const [form] = outcome.forms;
    expect(form).toMatchObject({ kind: 'project', name: '政务服务工作', unit: '鄂州市数据局' });
    if (form?.kind !== 'project') return;
    expect(form.budget.total).toBe('571');
    expect(form.indicators).toHaveLength(16);
    expect(form.indicators[1]).toMatchObject({
      level1: '产出指标',
      level2: '数量指标',
      name: '购买专业热线政务服务人员数量',
      target: { raw: '=33人', op: '=', value: '33', unit: '人' },
      basis: '计划标准',
    });
    // and a page this system writes reads back into the same form
    const written = utf8(layoutHtml(layoutForm(form)));
    const again = await importBuffer(written, '批复表.html');
    // … amounts as every file this system writes them: 万元 with two decimals.
    expect(again).toMatchObject({
      ok: true,
      format: 'html',
      forms: [{ ...form, budget: { ...form.budget, total: '571.00' } }],
    });
    if (haveSeeds) {
      const text = seedText('004').split('\n').slice(0, 36).join('\n');
      expect(outcome.forms[0]).toEqual(importText(text)[0]);
    }
  });
});
