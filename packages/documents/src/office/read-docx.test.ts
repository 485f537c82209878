// readDocxRows on .docx files built in the test with the `docx` package and by hand-written XML.
import { describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { readDocxRows } from './read-docx.ts';
import { strToU8, zipSync } from 'fflate';
import { formatCount } from './docx-numbering.ts';
import { handDocx } from './test-files.ts';

const cell = (text: string | string[], options: Record<string, unknown> = {}) =>
  new TableCell({ children: (Array.isArray(text) ? text : [text]).map((t) => new Paragraph(t)), ...options });

async function build(children: (Paragraph | Table)[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

describe('readDocxRows', () => {
  it('says where each row came from: the paragraph number, or the table and its row number', async () => {
    const rows = readDocxRows(
      handDocx(
        '<w:p><w:r><w:t>标题</w:t></w:r></w:p><w:p/>' +
          '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>项目名称</w:t></w:r></w:p></w:tc></w:tr>' +
          '<w:tr><w:tc><w:p/></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>一级指标</w:t></w:r></w:p></w:tc></w:tr></w:tbl>' +
          '<w:p><w:r><w:t>注</w:t></w:r></w:p>',
      ),
    );
    expect((await rows).map((r) => [r.line, r.source ?? null, r.cells[0]])).toEqual([
      [1, null, '标题'],
      [1, '表1', '项目名称'],
      [3, '表1', '一级指标'],
      [3, null, '注'],
    ]);
  });

  it('reads paragraphs and tables in document order, resolving gridSpan and vMerge', async () => {
    const data = await build([
      new Paragraph('项目支出绩效目标批复表'),
      new Table({
        rows: [
          new TableRow({
            children: [
              cell('项目名称'),
              cell('政务服务工作', { columnSpan: 2 }),
              cell('项目预算'),
              cell('571'),
            ],
          }),
          new TableRow({
            children: [
              cell('长期目标1', { rowSpan: 2 }),
              cell('成本指标'),
              cell(['第一行', '第二行']),
              cell('≤571万元'),
              cell('计划标准'),
            ],
          }),
          new TableRow({ children: [cell('产出指标'), cell('数量指标'), cell('=33人'), cell('计划标准')] }),
        ],
      }),
      new Paragraph('中间的文字'),
      new Table({ rows: [new TableRow({ children: [cell('甲'), cell('乙')] })] }),
    ]);
    const rows = await readDocxRows(data);
    expect(rows.map((r) => [r.table, r.cells])).toEqual([
      [false, ['项目支出绩效目标批复表']],
      [true, ['项目名称', '政务服务工作', '', '项目预算', '571']],
      [true, ['长期目标1', '成本指标', '第一行\n第二行', '≤571万元', '计划标准']],
      [true, ['', '产出指标', '数量指标', '=33人', '计划标准']],
      [false, ['中间的文字']],
      [true, ['甲', '乙']],
    ]);
    expect(rows[1]!.source).toBe('表1');
    expect(rows[5]!.source).toBe('表2');
  });

  it('puts the rows of a nested table right after the row that holds it', async () => {
    const inner = new Table({ rows: [new TableRow({ children: [cell('内1'), cell('内2')] })] });
    const data = await build([
      new Table({
        rows: [
          new TableRow({
            children: [cell('外1'), new TableCell({ children: [new Paragraph('外2'), inner] })],
          }),
          new TableRow({ children: [cell('外3'), cell('外4')] }),
        ],
      }),
    ]);
    const rows = await readDocxRows(data);
    expect(rows.map((r) => r.cells)).toEqual([
      ['外1', '外2'],
      ['内1', '内2'],
      ['外3', '外4'],
    ]);
  });

  it('reads gridBefore, hand-written vMerge continuation, tabs, breaks and content controls', async () => {
    const tc = (inner: string, pr = '') =>
      `<w:tc><w:tcPr>${pr}</w:tcPr><w:p><w:r><w:t xml:space="preserve">${inner}</w:t></w:r></w:p></w:tc>`;
    const body =
      `<w:sdt><w:sdtContent><w:p><w:r><w:t>标题</w:t></w:r></w:p></w:sdtContent></w:sdt>` +
      `<w:tbl><w:tr>${tc('A', '<w:vMerge w:val="restart"/>')}${tc('B', '<w:gridSpan w:val="3"/>')}</w:tr>` +
      `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc('C')}<w:tc><w:p><w:r><w:t>D</w:t><w:br/><w:t>E</w:t><w:tab/><w:t>F</w:t></w:r></w:p></w:tc>${tc('G')}</w:tr>` +
      `<w:tr>${tc('', '<w:vMerge/>')}${tc('H &amp; &#x4E2D;')}<w:tc><w:p><w:del><w:r><w:delText>删</w:delText></w:r></w:del><w:ins><w:r><w:t>增</w:t></w:r></w:ins></w:p></w:tc>${tc('I')}</w:tr></w:tbl>`;
    const rows = await readDocxRows(handDocx(body));
    expect(rows.map((r) => r.cells)).toEqual([
      ['标题'],
      ['A', 'B', '', ''],
      ['', 'C', 'D\nE\tF', 'G'],
      ['', 'H & 中', '增', 'I'],
    ]);
  });
});

describe('readDocxRows: what Word and WPS write around a form', () => {
  const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const tc = (text: string) => `<w:tc>${p(text)}</w:tc>`;
  const table = (...rows: string[][]) =>
    `<w:tbl>${rows.map((r) => `<w:tr>${r.map(tc).join('')}</w:tr>`).join('')}</w:tbl>`;
  /** A text box as Word 2010+ and WPS write it: DrawingML, then the same content again as VML for old readers. */
  const textBox = (inner: string) =>
    `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="1" name="文本框 1"/><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>${inner}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;

  it('reads a text box once (not its VML copy), its paragraphs and table before its anchor paragraph’s text', async () => {
    const body =
      p('附件') +
      `<w:p>${textBox(p('绩效目标申报表') + table(['项目名称', '水源涵养林'], ['实施单位', '自然资源局']))}<w:r><w:t>锚</w:t></w:r></w:p>` +
      p('注');
    const rows = await readDocxRows(handDocx(body));
    expect(rows.map((r) => [r.table, r.cells])).toEqual([
      [false, ['附件']],
      [false, ['绩效目标申报表']],
      [true, ['项目名称', '水源涵养林']],
      [true, ['实施单位', '自然资源局']],
      [false, ['锚']],
      [false, ['注']],
    ]);
  });

  it('reads a text box written as VML only, and one anchored in a table cell after that cell’s row', async () => {
    const vml = `<w:r><w:pict><v:shape><v:textbox><w:txbxContent>${p('标题')}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;
    const body =
      `<w:p>${vml}</w:p>` +
      `<w:tbl><w:tr><w:tc><w:p>${textBox(p('盖章'))}<w:r><w:t>单位</w:t></w:r></w:p></w:tc>${tc('林业局')}</w:tr></w:tbl>`;
    const rows = await readDocxRows(handDocx(body));
    expect(rows.map((r) => r.cells)).toEqual([['标题'], ['单位', '林业局'], ['盖章']]);
  });

  it('reads a content control showing its placeholder as empty, a filled one as its text', async () => {
    const placeholder = `<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>${p('单击或点击此处输入文字。')}</w:sdtContent></w:sdt>`;
    const inline = `<w:p><w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>选择一项。</w:t></w:r></w:sdtContent></w:sdt></w:p>`;
    const filled = `<w:sdt><w:sdtPr><w:alias w:val="单位"/><w:showingPlcHdr w:val="0"/></w:sdtPr><w:sdtContent>${p('林业局')}</w:sdtContent></w:sdt>`;
    const body = `<w:tbl><w:tr>${tc('实际完成值')}<w:tc>${placeholder}</w:tc><w:tc>${inline}</w:tc><w:tc>${filled}</w:tc></w:tr></w:tbl>`;
    const rows = await readDocxRows(handDocx(body));
    expect(rows.map((r) => r.cells)).toEqual([['实际完成值', '', '', '林业局']]);
  });

  it('leaves out hidden text (w:vanish), as Word neither shows nor prints it', async () => {
    const hint = (on: string) =>
      `<w:r><w:rPr><w:color w:val="FF0000"/>${on}</w:rPr><w:t>（请填写全称）</w:t><w:tab/></w:r>`;
    const body = `<w:tbl><w:tr>${tc('项目名称')}<w:tc><w:p><w:r><w:t>水源涵养林</w:t></w:r>${hint('<w:vanish/>')}</w:p></w:tc><w:tc><w:p>${hint('<w:vanish w:val="false"/>')}</w:p></w:tc></w:tr></w:tbl>`;
    const rows = await readDocxRows(handDocx(body));
    expect(rows.map((r) => r.cells)).toEqual([['项目名称', '水源涵养林', '（请填写全称）']]);
  });

  it('reads a one-cell frame around a form as the page: its paragraphs as lines, in order around the form', async () => {
    const form = table(['项目名称', '水源涵养林'], ['实施单位', '自然资源局'], ['一级指标', '二级指标']);
    const body = `<w:tbl><w:tr><w:tc>${p('绩效目标申报表')}${p('(2022年度)')}${form}${p('填表人：张三')}</w:tc></w:tr></w:tbl>`;
    const rows = await readDocxRows(handDocx(body));
    expect(rows.map((r) => [r.table, r.cells])).toEqual([
      [false, ['绩效目标申报表']],
      [false, ['(2022年度)']],
      [true, ['项目名称', '水源涵养林']],
      [true, ['实施单位', '自然资源局']],
      [true, ['一级指标', '二级指标']],
      [false, ['填表人：张三']],
    ]);
  });
});

describe('readDocxRows: a body made of alternative-format chunks (w:altChunk)', () => {
  const rels = (targets: Record<string, string>) =>
    strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${Object.entries(
        targets,
      )
        .map(
          ([id, target]) =>
            `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="${target}"/>`,
        )
        .join('')}</Relationships>`,
    );
  const docx = (body: string, files: Record<string, Uint8Array>) =>
    zipSync({
      'word/document.xml': strToU8(
        `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body}</w:body></w:document>`,
      ),
      ...files,
    });
  const page =
    '<html><body><p>绩效目标申报表</p><table><tr><td>项目名称</td><td>水源涵养林</td></tr></table></body></html>';

  it('reads a chunk that is a web page (.htm or .mht) where the body places it', async () => {
    const mht = `MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(page).toString('base64')}\r\n--b--\r\n`;
    const data = docx('<w:p><w:r><w:t>附件</w:t></w:r></w:p><w:altChunk r:id="c1"/><w:altChunk r:id="c2"/>', {
      'word/_rels/document.xml.rels': rels({ c1: '/word/afchunk.mht', c2: 'chunks/b.htm' }),
      'word/afchunk.mht': strToU8(mht),
      'word/chunks/b.htm': strToU8('<meta charset="utf-8"><p>注：金额单位万元</p>'),
    });
    const rows = await readDocxRows(data);
    expect(rows.map((r) => [r.table, r.cells])).toEqual([
      [false, ['附件']],
      [false, ['绩效目标申报表']],
      [true, ['项目名称', '水源涵养林']],
      [false, ['注：金额单位万元']],
    ]);
  });

  it('skips a chunk whose part is missing or not a page, and reads a part named twice only once', async () => {
    const data = docx(
      '<w:altChunk r:id="c1"/><w:altChunk r:id="nope"/><w:altChunk r:id="c2"/><w:altChunk r:id="c1"/>',
      {
        'word/_rels/document.xml.rels': rels({ c1: 'a.htm', c2: 'b.rtf' }),
        'word/a.htm': strToU8(page),
        'word/b.rtf': strToU8('{\\rtf1 项目名称}'),
      },
    );
    expect((await readDocxRows(data)).map((r) => r.cells)).toEqual([
      ['绩效目标申报表'],
      ['项目名称', '水源涵养林'],
    ]);
  });
});

describe('readDocxRows: Word automatic numbering (w:numPr)', () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  /** A .docx whose paragraphs may be numbered by the given numbering.xml body, found through the relationships. */
  function numberedDocx(body: string, numbering: string): Uint8Array {
    return zipSync({
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      'word/document.xml': strToU8(
        `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
      ),
      'word/_rels/document.xml.rels': strToU8(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="lists.xml"/></Relationships>',
      ),
      'word/lists.xml': strToU8(`<?xml version="1.0"?><w:numbering ${W}>${numbering}</w:numbering>`),
    });
  }
  const level = (ilvl: number, format: string, text: string, start = 1) =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
  const NUMBERING =
    `<w:abstractNum w:abstractNumId="0">${level(0, 'decimal', '%1.')}${level(1, 'decimal', '(%2)')}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="1">${level(0, 'chineseCounting', '%1、')}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="2">${level(0, 'bullet', '')}</w:abstractNum>` +
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>' +
    '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>' +
    '<w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>';
  const p = (text: string, numId?: number, ilvl = 0) =>
    `<w:p>${numId === undefined ? '' : `<w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>`}` +
    `${text ? `<w:r><w:t>${text}</w:t></w:r>` : ''}</w:p>`;
  const tc = (...paragraphs: string[]) => `<w:tc>${paragraphs.join('')}</w:tc>`;
  const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;

  it('prints the labels of a list inside a cell and of numbered paragraphs, counted as Word counts them', async () => {
    const rows = await readDocxRows(
      numberedDocx(
        p('项目概况', 2) +
          `<w:tbl>${tr(tc(p('年度目标')), tc(p('完成培训', 1), p('开展活动', 1), p('其中乡镇', 1, 1), p('验收合格', 1)))}</w:tbl>` +
          p('绩效指标', 2) +
          p('说明', 3) +
          p('接着第五条', 4) +
          p('不再编号', 0),
        NUMBERING,
      ),
    );
    expect(rows.map((r) => r.cells)).toEqual([
      ['一、项目概况'],
      ['年度目标', '1.完成培训\n2.开展活动\n(1)其中乡镇\n3.验收合格'],
      ['二、绩效指标'],
      ['说明'],
      ['5.接着第五条'],
      ['不再编号'],
    ]);
  });

  it('reads a numbered 三级 name, a cell of one paragraph, without the number Word counts its rows with', async () => {
    // Word numbering the 三级 column row by row: the count is the row's, never part of the name — not even where
    // the name starts with a figure of its own (10个村通电, which no item-number rule could part from a label).
    const rows = await readDocxRows(
      numberedDocx(
        `<w:tbl>${tr(tc(p('二级指标')), tc(p('三级指标')), tc(p('指标值')))}` +
          `${tr(tc(p('数量指标')), tc(p('活动场次', 1)), tc(p('≥12场')))}` +
          `${tr(tc(p('')), tc(p('10个村通电', 1)), tc(p('10个')))}</w:tbl>`,
        NUMBERING,
      ),
    );
    expect(rows.map((r) => r.cells)).toEqual([
      ['二级指标', '三级指标', '指标值'],
      ['数量指标', '活动场次', '≥12场'],
      ['', '10个村通电', '10个'],
    ]);
  });
});

describe('formatCount', () => {
  it('writes a count in each number format Chinese templates number with', () => {
    expect(formatCount(3, 'decimal')).toBe('3');
    expect(formatCount(12, 'chineseCounting')).toBe('十二');
    expect(formatCount(20, 'chineseCountingThousand')).toBe('二十');
    expect(formatCount(105, 'chineseCounting')).toBe('一百零五');
    expect(formatCount(3, 'chineseLegalSimplified')).toBe('叁');
    expect(formatCount(3, 'decimalEnclosedCircleChinese')).toBe('③');
    expect(formatCount(28, 'lowerLetter')).toBe('bb');
    expect(formatCount(14, 'upperRoman')).toBe('XIV');
    expect(formatCount(7, 'decimalZero')).toBe('07');
  });
});
