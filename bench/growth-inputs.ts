// The inputs of the growth bench (growth.bench.ts): for each way a pasted or uploaded text is read, a generator
// of about `bytes` bytes of it — realistic shapes (the rows of generated forms, written in that layout, as many
// forms as fill the size) and hostile ones (one enormous line, a flood of empty lines or pipes, a quote never
// closed, tables nested past any page's depth, a cell of a megabyte). Deterministic: the same size gives the
// same bytes.
import { generateForms } from './generate-forms.ts';

export interface GrowthInput {
  data: Uint8Array;
  /** The name it is imported under (the bytes decide the format, not this). */
  fileName: string;
}

export interface GrowthCase {
  name: string;
  /** What the bytes are read as, for the baseline: text split into lines and cells, or a page parsed. */
  kind: 'text' | 'html';
  /** Hostile: a file no real form is, that must still end (refused or read) in time linear in its size. */
  hostile: boolean;
  make(bytes: number): GrowthInput;
}

const encoder = new TextEncoder();
const utf8 = (text: string, fileName: string): GrowthInput => ({ data: encoder.encode(text), fileName });

/** Rows of cells of generated target forms (their tab layout split), as many forms as give `bytes` of cells. */
function formRows(bytes: number): string[][] {
  const rows: string[][] = [];
  let size = 0;
  // Forms in batches: the generator is deterministic by its seed, so batch k is always the same forms.
  for (let batch = 1; size < bytes; batch++)
    for (const form of generateForms(50, 15, batch)) {
      if (form.layout !== 'tab') continue;
      for (const line of form.text.split('\n')) {
        rows.push(line.split('\t'));
        size += encoder.encode(line).length;
      }
      if (size >= bytes) break;
    }
  return rows;
}

/** Repeats `unit` until the text holds `bytes` UTF-8 bytes (ASCII units: one byte a character). */
function repeatTo(unit: string, bytes: number): string {
  const unitBytes = encoder.encode(unit).length;
  return unit.repeat(Math.max(1, Math.ceil(bytes / unitBytes)));
}

/** Lines `line(i)` for i = 0, 1, … until they hold `bytes` bytes. */
function linesTo(bytes: number, line: (i: number) => string): string {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const l = line(i);
    out.push(l);
    size += encoder.encode(l).length + 1;
  }
  return out.join('\n');
}

/** `text(x)` for the x that gives about `bytes` bytes: markup around the cells makes a page larger than its cells. */
function sized(bytes: number, text: (cellBytes: number) => string): string {
  const probe = Math.max(2000, bytes / 8);
  const scale = encoder.encode(text(probe)).length / probe;
  return text(bytes / scale);
}

const csvCell = (c: string) => `"${c.replace(/"/g, '""')}"`;

/** A saved page of one table holding the rows. */
function htmlTable(rows: string[][], cellAttributes = ''): string {
  const body = rows
    .map((r) => `<tr>${r.map((c) => `<td${cellAttributes}>${c}</td>`).join('')}</tr>`)
    .join('\n');
  return `<html><head><meta charset="utf-8"><title>绩效目标表</title></head><body><table border="1">\n${body}\n</table></body></html>`;
}

/** A single-file web page (.mht) holding `html` as its quoted-printable text/html part. */
function mhtml(html: string): string {
  const bytes = encoder.encode(html);
  let qp = '';
  const lines: string[] = [];
  for (const b of bytes) {
    qp +=
      b < 0x80 && b !== 0x3d && b > 0x20
        ? String.fromCharCode(b)
        : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (qp.length >= 73) {
      lines.push(`${qp}=`);
      qp = '';
    }
  }
  lines.push(qp);
  return [
    'MIME-Version: 1.0',
    'Content-Type: multipart/related; boundary="----=_NextPart_01"',
    '',
    '------=_NextPart_01',
    'Content-Location: file:///C:/form.htm',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Type: text/html; charset="utf-8"',
    '',
    ...lines,
    '',
    '------=_NextPart_01--',
    '',
  ].join('\r\n');
}

/** The cells of a joined stream: every row's cells run together, wrapped at a page's width (a PDF's text layer). */
function joinedStream(rows: string[][], wrap: number): string {
  const stream = rows.map((r) => r.join('')).join('');
  const lines: string[] = [];
  for (let i = 0; i < stream.length; i += wrap) lines.push(stream.slice(i, i + wrap));
  return lines.join('\n');
}

/** Widest rows first trimmed of their empty tail (a layout that writes no trailing separators). */
const trimmed = (r: string[]) => {
  let n = r.length;
  while (n > 0 && r[n - 1] === '') n--;
  return r.slice(0, n);
};

export const GROWTH_CASES: GrowthCase[] = [
  // Realistic shapes: the rows of forms, in each layout a paste or an upload comes in.
  {
    name: 'plain-lines',
    kind: 'text',
    hostile: false,
    make: (b) =>
      utf8(
        formRows(b)
          .flatMap((r) => trimmed(r).filter((c) => c !== ''))
          .join('\n'),
        'lines.txt',
      ),
  },
  {
    name: 'tab-rows',
    kind: 'text',
    hostile: false,
    make: (b) =>
      utf8(
        formRows(b)
          .map((r) => r.join('\t'))
          .join('\n'),
        'rows.txt',
      ),
  },
  {
    name: 'pipe-rows',
    kind: 'text',
    hostile: false,
    make: (b) =>
      utf8(
        formRows(b)
          .map((r) => (r.length > 1 ? `| ${r.join(' | ')} |` : r[0]!))
          .join('\n'),
        'pipes.txt',
      ),
  },
  {
    name: 'cell-per-line',
    kind: 'text',
    hostile: false,
    make: (b) => {
      const rows = formRows(b);
      return utf8(rows.map((r) => r.map((c) => `\t${c}`).join('\n')).join('\n\n'), 'cells.txt');
    },
  },
  {
    name: 'spaced-rows',
    kind: 'text',
    hostile: false,
    make: (b) =>
      utf8(
        formRows(b)
          .map((r) => trimmed(r).join('    '))
          .join('\n'),
        'spaced.txt',
      ),
  },
  {
    name: 'csv-quoted',
    kind: 'text',
    hostile: false,
    make: (b) => {
      const rows = formRows(b);
      const width = Math.max(...rows.map((r) => r.length));
      return utf8(
        rows
          .map((r) => [...r, ...Array<string>(width - r.length).fill('')].map(csvCell).join(','))
          .join('\n'),
        'sheet.csv',
      );
    },
  },
  {
    name: 'csv-lost-breaks',
    kind: 'text',
    hostile: false,
    make: (b) => {
      // A forum repost: the records run on, a space where each break stood, the page wrapping every 76 characters.
      const rows = formRows(b);
      const width = Math.max(...rows.map((r) => r.length));
      const run = rows
        .map((r) => [...r, ...Array<string>(width - r.length).fill('')].map(csvCell).join(','))
        .join(' ');
      const lines: string[] = [];
      for (let i = 0; i < run.length; i += 76) lines.push(run.slice(i, i + 76));
      return utf8(lines.join('\n'), 'repost.txt');
    },
  },
  {
    name: 'joined-stream',
    kind: 'text',
    hostile: false,
    make: (b) => utf8(joinedStream(formRows(b), 40), 'joined.txt'),
  },
  // Shapes that make a pass looking around a line do its worst (each pass's look-around bounded or indexed once:
  // a look to the file's end from every line is the square of the file). Cell-per-line shapes past
  // MAX_STREAM_ROWS lines are refused at 8·S; their growth then is that of the refusal.
  {
    name: 'lone-numbers',
    kind: 'text',
    hostile: true,
    // A column of figures copied one a line: each 1 may be a page number, judged by the rows around it.
    make: (b) => utf8(repeatTo('1\n', b), 'ones.txt'),
  },
  {
    name: 'counting-numbers',
    kind: 'text',
    hostile: true,
    // 1, 2, 3 … one a line: every line continues the run of page numbers.
    make: (b) =>
      utf8(
        linesTo(b, (i) => String(i + 1)),
        'count.txt',
      ),
  },
  {
    name: 'numbered-lines',
    kind: 'text',
    hostile: true,
    // Every line opens an item (1、 … （一） …): each opens a row or a goal that looks for its end below.
    make: (b) =>
      utf8(
        linesTo(b, (i) =>
          i % 2 ? `${(i % 9) + 1}、完成培训任务` : `（${'一二三四五六七八九'[i % 9]}）资金使用情况`,
        ),
        'items.txt',
      ),
  },
  {
    name: 'label-repeated',
    kind: 'text',
    hostile: true,
    // A head label over and over, by a colon, a tab and a line: each opens a form whose fields are looked for below.
    make: (b) =>
      utf8(repeatTo('项目名称：培训项目\n项目名称\t培训项目\n项目名称\n培训项目\n', b), 'labels.txt'),
  },
  {
    name: 'digit-line',
    kind: 'text',
    hostile: true,
    make: (b) => utf8(repeatTo('1234567890', b), 'digits.txt'),
  },
  {
    name: 'unclosed-brackets-line',
    kind: 'text',
    hostile: true,
    // One line of （ never closed: a bracketed note looked for at its end from every （ is the line's square.
    make: (b) => utf8(repeatTo('（', b), 'brackets.txt'),
  },
  {
    name: 'qizhong-lines',
    kind: 'text',
    hostile: true,
    // A budget's total, then 其中 lines without end: each part looks for its total above and its siblings below.
    make: (b) => utf8(`项目资金（万元）\t100\n${repeatTo('其中：财政拨款\t10\n', b)}`, 'parts.txt'),
  },
  {
    name: 'budget-many-sources',
    kind: 'text',
    hostile: true,
    // A form whose budget block lists its sources without end, by a colon and one cell a line.
    make: (b) =>
      utf8(
        `项目支出绩效目标表\n项目名称：培训项目\n项目资金（万元）：年度资金总额：100\n${repeatTo('财政拨款：10\n其中：财政拨款\n10\n', b)}`,
        'sources.txt',
      ),
  },
  {
    name: 'table-prose-alternating',
    kind: 'text',
    hostile: true,
    // Table rows and sentences in turn: every table is short and each looks for where the next begins.
    make: (b) =>
      utf8(
        repeatTo('项目名称\t培训项目\t主管部门\t教育局\n本项目用于开展培训工作，提高教师素质。\n', b),
        'mixed.txt',
      ),
  },
  {
    name: 'prose-passage',
    kind: 'text',
    hostile: true,
    // A disclosure's sentences, a figure with its decimal point and thousands separator in each: read as one passage.
    make: (b) =>
      utf8(
        `某某部门2024年部门预算公开\n${repeatTo('2024年一般公共预算财政拨款支出1,234.56万元，比上年增加12.3万元，增长1.2%。\n', b)}`,
        'prose.txt',
      ),
  },
  {
    name: 'many-indicator-rows',
    kind: 'text',
    hostile: true,
    // One form with an indicator table of tens of thousands of rows.
    make: (b) =>
      utf8(
        `项目支出绩效目标表\n项目名称\t培训项目\n一级指标\t二级指标\t三级指标\t指标值\n${linesTo(b, (i) => `产出指标\t数量指标\t培训人数${i}\t≥100人`)}`,
        'indicators.txt',
      ),
  },
  {
    name: 'many-evaluations',
    kind: 'text',
    hostile: true,
    // 自评表 after 自评表, each a title, a name and one indicator row: every document's values are looked for.
    make: (b) =>
      utf8(
        repeatTo(
          '项目支出绩效自评表\n项目名称\t培训项目\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n产出指标\t数量指标\t培训人数\t100人\t100人\t10\t10\n',
          b,
        ),
        'evaluations.txt',
      ),
  },
  {
    name: 'html-table',
    kind: 'html',
    hostile: false,
    make: (b) =>
      utf8(
        sized(b, (x) => htmlTable(formRows(x))),
        'form.html',
      ),
  },
  {
    name: 'html-one-line',
    kind: 'html',
    hostile: false,
    // A page without a line break (minified, or a system's export): every offset's line is counted on one line.
    make: (b) =>
      utf8(
        sized(b, (x) => htmlTable(formRows(x)).replace(/\n/g, '')),
        'page.html',
      ),
  },
  {
    name: 'mhtml',
    kind: 'html',
    hostile: false,
    make: (b) =>
      utf8(
        sized(b, (x) => mhtml(htmlTable(formRows(x)))),
        'form.mht',
      ),
  },
  // Hostile shapes: no real form is any of these, each must still end in time linear in its size.
  {
    name: 'one-enormous-line',
    kind: 'text',
    hostile: true,
    make: (b) => utf8(repeatTo('项目名称绩效目标产出指标数量指标', b), 'line.txt'),
  },
  {
    name: 'empty-lines',
    kind: 'text',
    hostile: true,
    make: (b) => utf8(`项目名称\n${'\n'.repeat(b)}指标值`, 'blank.txt'),
  },
  {
    name: 'many-short-lines',
    kind: 'text',
    hostile: true,
    // More lines than a call takes arguments at 8·S (Math.max(...lines) ends in a RangeError past ~120,000).
    make: (b) => utf8(repeatTo('项目名称甲\n', b), 'short.txt'),
  },
  {
    name: 'comma-far-below',
    kind: 'text',
    hostile: true,
    // Lines without a comma, then an amount with one at the end: each line's look for its comma ran to it.
    make: (b) => utf8(`${repeatTo('说明文字 甲 乙\n', b)}合计 1,320.00`, 'prose.txt'),
  },
  {
    name: 'spaced-wide-lines',
    kind: 'text',
    hostile: true,
    // Three lines of tens of thousands of space-aligned cells each, gaps of two and three spaces (no one width:
    // the cells are placed by the columns where they start).
    make: (b) => {
      const line = '项目  指标   '.repeat(Math.ceil(b / 3 / 17));
      return utf8([line, line, line].join('\n'), 'wide.txt');
    },
  },
  {
    name: 'pipe-flood',
    kind: 'text',
    hostile: true,
    // Lines of 50,000 pipes each (a 1 MB size has 20 of them).
    make: (b) => utf8(repeatTo(`${'|'.repeat(50_000)}\n`, b), 'pipes.txt'),
  },
  {
    name: 'pipe-rows-ragged',
    kind: 'text',
    hostile: true,
    // Rows of pipes whose widths all differ: every width a candidate for the table's.
    make: (b) => {
      const lines: string[] = [];
      let size = 0;
      for (let i = 0; size < b; i++) {
        const line = `|${'项目|'.repeat(1 + (i % 97))}`;
        lines.push(line);
        size += encoder.encode(line).length + 1;
      }
      return utf8(lines.join('\n'), 'ragged.txt');
    },
  },
  {
    name: 'csv-unbalanced-quote',
    kind: 'text',
    hostile: true,
    // Records with one quote each: a quote opened and never closed, then the next one opens it again.
    make: (b) => utf8(repeatTo('项目名称,"指标值,产出指标,数量指标 ,"备注\n', b), 'quotes.csv'),
  },
  {
    name: 'csv-lost-breaks-open-quote',
    kind: 'text',
    hostile: true,
    // Lost breaks everywhere, and a quote opened at the start that never closes.
    make: (b) => utf8(`"${repeatTo('"甲","乙","丙" ', b)}`, 'open.txt'),
  },
  {
    name: 'huge-cell',
    kind: 'text',
    hostile: true,
    make: (b) =>
      utf8(`项目名称\t${'绩'.repeat(Math.ceil(b / 3))}\t指标值\n一级指标\t二级指标\t三级指标`, 'cell.txt'),
  },
  {
    name: 'many-columns',
    kind: 'text',
    hostile: true,
    make: (b) => utf8(repeatTo(`${'指标值\t'.repeat(2000)}\n`, b), 'wide.txt'),
  },
  {
    name: 'html-deep-nesting',
    kind: 'html',
    hostile: true,
    // Tables in cells of tables: past the depth bound, refused; its size grows with more of them side by side.
    make: (b) => {
      const nest = `${'<table><tr><td>'.repeat(300)}项目${'</td></tr></table>'.repeat(300)}`;
      return utf8(`<html><body>${repeatTo(nest, b)}</body></html>`, 'deep.html');
    },
  },
  {
    name: 'html-nested-tables-in-bound',
    kind: 'html',
    hostile: true,
    make: (b) => {
      const nest = `${'<table><tr><td>'.repeat(14)}项目名称</td><td>甲${'</td></tr></table>'.repeat(14)}`;
      return utf8(`<html><body>${repeatTo(nest, b)}</body></html>`, 'nested.html');
    },
  },
  {
    name: 'html-many-attributes',
    kind: 'html',
    hostile: true,
    make: (b) => {
      const attrs = Array.from({ length: 40 }, (_, i) => ` data-a${i}="x${i}"`).join('');
      return utf8(
        sized(b, (x) => htmlTable(formRows(x), attrs)),
        'attrs.html',
      );
    },
  },
  {
    name: 'html-wide-table',
    kind: 'html',
    hostile: true,
    make: (b) => {
      const row = `<tr>${'<td>指标值</td>'.repeat(1000)}</tr>\n`;
      return utf8(`<html><body><table>${repeatTo(row, b)}</table></body></html>`, 'wide.html');
    },
  },
  {
    name: 'html-colspan-flood',
    kind: 'html',
    hostile: true,
    make: (b) => {
      const row = `<tr><td colspan="1000" rowspan="1000">项目</td>${'<td>值</td>'.repeat(20)}</tr>\n`;
      return utf8(`<html><body><table>${repeatTo(row, b)}</table></body></html>`, 'span.html');
    },
  },
];
