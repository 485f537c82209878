// readOfdRows: OFD packages built in the test — text placed by Boundary, CTM and DeltaX ('g' shorthand included),
// ruled tables from PathObjects, template pages, nested PageBlocks; broken and hostile packages refused with reasons.
import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync } from 'fflate';
import { ImportError, type ImportErrorCode } from '../import-errors.ts';
import { importBuffer } from '../import-document.ts';
import { isDocumentArchive, sniffFormat } from '../sniff-format.ts';
import { piecesOf, readOfdRows } from './read-ofd.ts';
import { parseDeltas, readPagePart, type Glyph } from './ofd-content.ts';
import { resolveLocation } from './ofd-package.ts';
import { DEFAULT_XML_LIMITS } from './xml-walk.ts';
import { pageRows } from './pdf-layout.ts';
import { ofdLine, ofdPackage, ofdText, rawZip, repeatDeflate } from './test-files.ts';

async function refusal(work: Promise<unknown>): Promise<ImportErrorCode | 'no error'> {
  try {
    await work;
    return 'no error';
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    expect(e.message).toMatch(/[\u4e00-\u9fff]/);
    return e.code;
  }
}

/** A ruled 3 × 3 grid at x 20/70/120/170, y 40/50/60/80 mm whose first cell spans the two rows below it. */
function grid(): string {
  return [
    ofdLine(20, 40, 170, 40),
    ofdLine(20, 50, 170, 50),
    ofdLine(70, 60, 170, 60),
    ofdLine(20, 80, 170, 80),
    ofdLine(20, 40, 20, 80),
    ofdLine(70, 40, 70, 80),
    ofdLine(120, 40, 120, 80),
    ofdLine(170, 40, 170, 80),
  ].join('');
}

describe('parseDeltas', () => {
  it("reads numbers and the 'g N D' shorthand, only as far as needed", () => {
    expect(parseDeltas('1 g 3 2.5 4', 10)).toEqual([1, 2.5, 2.5, 2.5, 4]);
    expect(parseDeltas('g 1000000000 1', 3)).toEqual([1, 1, 1]);
    expect(parseDeltas(undefined, 3)).toEqual([]);
  });
});

describe('readPagePart', () => {
  it("places glyphs by Boundary, CTM, X/Y and DeltaX; a TextCode without X or Y takes the previous one's", () => {
    const xml = `<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer><ofd:PageBlock><ofd:PageBlock>
      <ofd:TextObject Boundary="100 50 40 20" CTM="0.5 0 0 0.5 0 0" Size="8"><ofd:TextCode X="4" Y="10" DeltaX="g 2 8">项目名</ofd:TextCode><ofd:TextCode Y="20">称</ofd:TextCode><ofd:TextCode X="20">值</ofd:TextCode></ofd:TextObject>
      </ofd:PageBlock></ofd:PageBlock></ofd:Layer></ofd:Content></ofd:Page>`;
    const part = readPagePart(xml, 'Content.xml', DEFAULT_XML_LIMITS, { elements: 0 });
    expect(part.glyphs.map((g) => [g.text, g.x, g.y, g.size])).toEqual([
      ['项', 102, 55, 4],
      ['目', 106, 55, 4],
      ['名', 110, 55, 4],
      ['称', 102, 60, 4],
      ['值', 110, 60, 4],
    ]);
  });

  it('reads a TextCode that DeltaX and DeltaY carry onto a second line as two pieces', () => {
    const xml = `<Page><Content><Layer><TextObject Boundary="10 10 40 20" Size="5"><TextCode X="0" Y="5" DeltaX="g 3 5 -15 5" DeltaY="g 3 0 6 0">一二三四五六</TextCode></TextObject></Layer></Content></Page>`;
    const part = readPagePart(xml, 'Content.xml', DEFAULT_XML_LIMITS, { elements: 0 });
    expect(part.glyphs.map((g) => [g.text, g.x, g.y])).toEqual([
      ['一', 10, 15],
      ['二', 15, 15],
      ['三', 20, 15],
      ['四', 25, 15],
      ['五', 10, 21],
      ['六', 15, 21],
    ]);
    expect(piecesOf(part.glyphs, 297).map((p) => p.text)).toEqual(['一二三四', '五六']);
  });

  it('parts glyphs where a gap opens, and joins glyphs written one object each', () => {
    const glyph = (text: string, x: number) => ({ text, x, y: 50, size: 4 });
    // 项目 then a gap of two ems, then 100 written one glyph at a time (half-width: 2 mm apart).
    const pieces = piecesOf(
      [glyph('项', 10), glyph('目', 14), glyph('1', 26), glyph('0', 28), glyph('0', 30)],
      297,
    );
    expect(pieces.map((p) => p.text)).toEqual(['项目', '100']);
  });

  it('never joins glyphs across a drawn column border, however close they stand', () => {
    // (必填) ends its cell at the border (x 30 mm); the next cell's text starts just past it.
    const glyph = (text: string, x: number) => ({ text, x, y: 50, size: 4 });
    const border = { kind: 'v' as const, at: 30 * (72 / 25.4), from: 0, to: 842 };
    const glyphs = [
      glyph('(', 18),
      glyph('必', 19.5),
      glyph('填', 23.5),
      glyph(')', 27.5),
      glyph('提', 30.2),
      glyph('高', 34.2),
    ];
    expect(piecesOf(glyphs, 297).map((p) => p.text)).toEqual(['(必填)提高']); // no border: one run
    expect(piecesOf(glyphs, 297, [border]).map((p) => p.text)).toEqual(['(必填)', '提高']);
  });

  it('takes the ellipsis, dashes and the signs of a form (…, —, ≥, √) as full-width glyphs', () => {
    const glyph = (text: string, x: number) => ({ text, x, y: 50, size: 4 });
    expect(piecesOf([glyph('…', 10), glyph('…', 14)], 297).map((p) => p.text)).toEqual(['……']);
    expect(piecesOf([glyph('≥', 10), glyph('9', 14), glyph('5', 16)], 297).map((p) => p.text)).toEqual([
      '≥95',
    ]);
  });

  it('leaves a Latin letter room for its width, but parts a figure from what stands a space after it', () => {
    const glyph = (text: string, x: number) => ({ text, x, y: 50, size: 4 });
    // W is wider than half an em in most Latin fonts: the next letter 0.9 em on is still the same word.
    expect(piecesOf([glyph('W', 10), glyph('o', 13.6)], 297).map((p) => p.text)).toEqual(['Wo']);
    // Figures are half an em in every font: 1.2 mm (0.3 em) more is the space a PDF's text layer shows.
    expect(piecesOf([glyph('2', 10), glyph('3', 12), glyph('年', 15.2)], 297).map((p) => p.text)).toEqual([
      '23',
      '年',
    ]);
  });

  it("keeps one TextObject's glyphs together at its own pitch: only a jump wider than a space parts them", () => {
    // 133% in two TextCodes of one TextObject whose glyphs stand 0.8 em apart (a wide font, or letter spacing);
    // then 4 and 5, 1.5 em apart.
    const xml = `<Page><Content><Layer><TextObject Boundary="10 10 40 10" Size="4"><TextCode X="0" Y="4" DeltaX="3.2">13</TextCode><TextCode X="6.4" DeltaX="3.2">3%</TextCode><TextCode X="20" DeltaX="6">45</TextCode></TextObject></Layer></Content></Page>`;
    const part = readPagePart(xml, 'Content.xml', DEFAULT_XML_LIMITS, { elements: 0 });
    expect(piecesOf(part.glyphs, 297).map((p) => p.text)).toEqual(['133%', '4', '5']);
  });

  it('reads figures set in a Latin font (0.556 em) and the Han character 0.21 em after them as one word, as a PDF does', () => {
    // 2024 as one object at Arial's pitch, then 年 an object of its own at the gap LibreOffice and Word leave.
    const digits = [...'2024'].map((text, i) => ({
      text,
      x: 10 + i * 2.224,
      y: 50,
      size: 4,
      follows: i > 0,
    }));
    const han = { text: '年', x: 10 + 4 * 2.224 + 0.84, y: 50, size: 4 };
    expect(pageRows(piecesOf([...digits, han], 297)).map((r) => r.cells)).toEqual([['2024年']]);
    // … and at DejaVu Sans's 0.636 em: the last figure is as wide as the figures before it.
    const wide = [...'2023'].map((text, i) => ({ text, x: 10 + i * 2.544, y: 50, size: 4, follows: i > 0 }));
    const after = { text: '年', x: 10 + 4 * 2.544 + 0.8, y: 50, size: 4 };
    expect(pageRows(piecesOf([...wide, after], 297)).map((r) => r.cells)).toEqual([['2023年']]);
    // A lone figure of that font (3 万元) is as wide as the font's figures elsewhere on the page.
    const lone = [
      { text: '3', x: 10, y: 70, size: 4, font: 'F' },
      { text: '万', x: 10 + 2.544 + 0.8, y: 70, size: 4, font: 'F' },
    ];
    const fontOf = (g: Glyph): Glyph => ({ ...g, font: 'F' });
    expect(
      pageRows(piecesOf([...wide.map(fontOf), fontOf(after), ...lone], 297)).map((r) => r.cells),
    ).toEqual([['2023年'], ['3万']]);
    // … also when each glyph is an object of its own (writers of justified text do that).
    const apart = [...wide.map(fontOf), fontOf(after), ...lone].map((g) => ({ ...g, follows: false }));
    expect(pageRows(piecesOf(apart, 297)).map((r) => r.cells)).toEqual([['2023年'], ['3万']]);
    // “ is half an em in a Latin font and a whole one in a Han font: no pitch is taken from it.
    const quoted = [...'“三公”经费'].map((text, i) => ({
      text,
      x: 10 + i * 4 - (i > 0 ? 2 : 0) - (i > 3 ? 2 : 0),
      y: 50,
      size: 4,
      follows: i > 0,
    }));
    expect(piecesOf(quoted, 297).map((p) => p.text)).toEqual(['“三公”经费']);
  });

  it('draws nothing for a clipping area or an invisible object', () => {
    const xml = `<Page><Content><Layer>
      <PathObject Boundary="0 0 100 1"><Clips><Clip><Area><Path><AbbreviatedData>M 0 0 L 0 100</AbbreviatedData></Path></Area></Clip></Clips><AbbreviatedData>M 0 0 L 100 0</AbbreviatedData></PathObject>
      <TextObject Boundary="0 0 10 10" Size="3" Visible="false"><TextCode X="0" Y="3">隐</TextCode></TextObject>
      </Layer></Content></Page>`;
    const part = readPagePart(xml, 'Content.xml', DEFAULT_XML_LIMITS, { elements: 0 });
    expect(part.boxes).toEqual([[0, 0, 100, 0]]);
    expect(part.glyphs).toEqual([]);
    // A page-sized white rectangle (a background) draws no border.
    const white = `<Page><Content><Layer><PathObject Boundary="0 0 210 297" Fill="true"><StrokeColor Value="255 255 255"/><FillColor Value="255 255 255"/><AbbreviatedData>M 0 0 L 210 0 L 210 297 L 0 297 C</AbbreviatedData></PathObject></Layer></Content></Page>`;
    expect(readPagePart(white, 'Content.xml', DEFAULT_XML_LIMITS, { elements: 0 }).boxes).toEqual([]);
  });
});

describe('readOfdRows', () => {
  it('reads a ruled table cell by cell, with the heading its template page carries', async () => {
    const ofd = ofdPackage(
      [
        grid() +
          ofdText('项目名称', 22, 47) +
          ofdText('资金', 72, 47) +
          ofdText('100.5', 122, 47, 3.5, 1.8) +
          ofdText('一级指标', 22, 66) +
          ofdText('产出', 72, 57) +
          ofdText('数量', 122, 57) +
          ofdText('效益', 72, 72) +
          ofdText('表下说明', 20, 90),
      ],
      { templates: { '7': ofdText('项目支出绩效目标表', 70, 30, 5) }, pageTemplates: [['7']] },
    );
    const rows = await readOfdRows(ofd);
    expect(rows.map((r) => [r.table, r.cells, r.source])).toEqual([
      [false, ['项目支出绩效目标表'], '第1页'],
      [true, ['项目名称', '资金', '100.5'], '第1页'],
      [true, ['一级指标', '产出', '数量'], '第1页'],
      [true, ['', '效益', ''], '第1页'],
      [false, ['表下说明'], '第1页'],
    ]);
  });

  it('joins a table continued on the next page, as for a PDF', async () => {
    const page = (a: string, b: string) =>
      [
        ofdLine(20, 40, 120, 40),
        ofdLine(20, 50, 120, 50),
        ofdLine(20, 40, 20, 50),
        ofdLine(70, 40, 70, 50),
        ofdLine(120, 40, 120, 50),
      ].join('') +
      ofdText(a, 22, 47) +
      ofdText(b, 72, 47);
    const rows = await readOfdRows(ofdPackage([page('指标一', '10'), page('指标二', '20')]));
    expect(rows.map((r) => [r.cells, r.source])).toEqual([
      [['指标一', '10'], '第1页'],
      [['指标二', '20'], '第2页'],
    ]);
  });

  it("finds a page its document names from the package's root (Doc_0/Pages/… inside Doc_0/)", async () => {
    const ofd = ofdPackage([ofdText('项目名称', 20, 20)], {
      parts: {
        'Doc_0/Document.xml':
          '<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Pages><ofd:Page ID="1" BaseLoc="Doc_0/Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>',
      },
    });
    expect((await readOfdRows(ofd)).map((r) => r.cells)).toEqual([['项目名称']]);
  });

  it('is sniffed by its entry file, first or last, and is no archive of documents', () => {
    const first = ofdPackage([ofdText('项目', 20, 20)]);
    const last = ofdPackage([ofdText('项目', 20, 20)], { entryLast: true });
    expect(sniffFormat(first)).toBe('ofd');
    expect(sniffFormat(last)).toBe('ofd');
    expect(isDocumentArchive(first.subarray(0, 4096))).toBe(false);
  });

  it('goes through import as a form', async () => {
    const table = ruledTable(
      [
        ['项目名称', '乡村道路维护', '', ''],
        ['主管部门', '某县交通运输局', '', ''],
        ['年度资金总额', '12.5', '', ''],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '维护道路里程', '≥30公里'],
        ['效益指标', '社会效益指标', '群众出行条件', '明显改善'],
      ],
      15,
      40,
    );
    const outcome = await importBuffer(
      ofdPackage([ofdText('项目支出绩效目标表', 70, 30, 5) + table]),
      'x.ofd',
    );
    expect(outcome.ok && outcome.format).toBe('ofd');
    const form = outcome.ok ? outcome.forms[0] : undefined;
    expect(form?.kind === 'project' ? [form.name, form.indicators.map((i) => i.name)] : null).toEqual([
      '乡村道路维护',
      ['维护道路里程', '群众出行条件'],
    ]);
  });
});

/** A fully ruled table from (x, y) mm, columns 45 mm and rows 10 mm, each cell's text at its top left. */
function ruledTable(rows: string[][], x: number, y: number): string {
  const columns = rows[0]!.length;
  const right = x + columns * 45;
  const bottom = y + rows.length * 10;
  const lines = [
    ...rows.map((_, r) => ofdLine(x, y + r * 10, right, y + r * 10)),
    ofdLine(x, bottom, right, bottom),
    ...Array.from({ length: columns + 1 }, (_, c) => ofdLine(x + c * 45, y, x + c * 45, bottom)),
  ];
  const text = rows.flatMap((row, r) =>
    row.map((cell, c) => (cell ? ofdText(cell, x + c * 45 + 2, y + r * 10 + 7) : '')),
  );
  return [...lines, ...text].join('');
}

describe('broken and hostile OFD packages', () => {
  const page = ofdText('项目', 20, 20);

  it('a page whose Content.xml is missing → ofd-unreadable, naming the part', async () => {
    const ofd = ofdPackage([page], { omit: ['Doc_0/Pages/Page_0/Content.xml'] });
    expect(await refusal(readOfdRows(ofd))).toBe('ofd-unreadable');
    const outcome = await importBuffer(ofd, 'x.ofd');
    expect(outcome.ok ? null : outcome.error.message).toContain('Content.xml');
  });

  it('no Document.xml, or no DocRoot → ofd-unreadable', async () => {
    expect(await refusal(readOfdRows(ofdPackage([page], { omit: ['Doc_0/Document.xml'] })))).toBe(
      'ofd-unreadable',
    );
    const noRoot = ofdPackage([page], {
      parts: { 'OFD.xml': '<ofd:OFD xmlns:ofd="x"><ofd:DocBody/></ofd:OFD>' },
    });
    expect(await refusal(readOfdRows(noRoot))).toBe('ofd-unreadable');
  });

  it('a location climbing out of the package (../) or pointing elsewhere → ofd-unreadable', async () => {
    expect(resolveLocation('../Res/a.xml', 'Doc_0/Pages')).toBe('Doc_0/Res/a.xml');
    expect(resolveLocation('/Doc_0/Pages/Page_0/Content.xml', 'Doc_9')).toBe(
      'Doc_0/Pages/Page_0/Content.xml',
    );
    const out = ofdPackage([page], {
      parts: {
        'Doc_0/Document.xml':
          '<ofd:Document xmlns:ofd="x"><ofd:Pages><ofd:Page ID="1" BaseLoc="../../../etc/passwd"/></ofd:Pages></ofd:Document>',
      },
    });
    expect(await refusal(readOfdRows(out))).toBe('ofd-unreadable');
    const url = ofdPackage([page], {
      parts: {
        'OFD.xml':
          '<ofd:OFD xmlns:ofd="x"><ofd:DocBody><ofd:DocRoot>file:///etc/passwd</ofd:DocRoot></ofd:DocBody></ofd:OFD>',
      },
    });
    expect(await refusal(readOfdRows(url))).toBe('ofd-unreadable');
  });

  it('entity expansion in a page → unsafe-xml', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "哈哈哈哈哈哈哈哈"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><ofd:Page xmlns:ofd="x"><ofd:Content><ofd:Layer><ofd:TextObject Boundary="0 0 9 9" Size="3"><ofd:TextCode X="0" Y="3">&b;</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>`;
    const ofd = ofdPackage([page], { parts: { 'Doc_0/Pages/Page_0/Content.xml': laughs } });
    expect(await refusal(readOfdRows(ofd))).toBe('unsafe-xml');
  });

  it('a zip bomb in a page → archive-too-large', async () => {
    const prefix = strToU8('<ofd:Page xmlns:ofd="x"><ofd:Content><ofd:Layer>');
    const body = repeatDeflate(new Uint8Array(1024 * 1024).fill(0x20), 150, prefix, 9);
    const good = ofdPackage([page]);
    const bomb = rawZip([
      {
        name: 'OFD.xml',
        method: 0,
        data: strToU8(partOf(good, 'OFD.xml')),
        size: partOf(good, 'OFD.xml').length,
      },
      ...['Doc_0/Document.xml'].map((name) => {
        const data = strToU8(partOf(good, name));
        return { name, method: 0, data, size: data.length };
      }),
      { name: 'Doc_0/Pages/Page_0/Content.xml', method: 8, data: body, size: 1000 },
    ]);
    expect(sniffFormat(bomb)).toBe('ofd');
    expect(await refusal(readOfdRows(bomb))).toBe('archive-too-large');
  });

  it('a page of pictures only (a scan) → ofd-no-text', async () => {
    const scan = ofdPackage([
      '<ofd:ImageObject ID="3" CTM="210 0 0 297 0 0" Boundary="0 0 210 297" ResourceID="9"/>',
    ]);
    expect(await refusal(readOfdRows(scan))).toBe('ofd-no-text');
  });
});

/** The text of a part of a package built by ofdPackage. */
function partOf(ofd: Uint8Array, name: string): string {
  return new TextDecoder().decode(unzipSync(ofd)[name]);
}
