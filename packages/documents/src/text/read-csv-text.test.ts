// Tables saved as comma-separated values (Excel's 另存为 CSV): read by content, never by the file's name.
import { describe, expect, it } from 'vitest';
import { detectTextLayout, readTextRows } from './read-text.ts';

const cellsOf = (text: string) => readTextRows(text).map((r) => (r.table ? r.cells : `¶${r.cells[0]}`));

describe('comma-separated values', () => {
  // A sheet as Excel writes it: every record as wide as the sheet, quotes around cells with a comma, a quote
  // or a line break in them.
  const text = [
    '项目支出绩效目标申报表,,,',
    '项目名称,农村饮水安全巩固提升工程,主管部门,县水利局',
    '资金情况（万元）,年度资金总额,"1,320.00",',
    '总体目标,"目标1：新建供水站3个；',
    '目标2：改造管网12公里。",,',
    '一级指标,二级指标,三级指标,指标值',
    '产出指标,数量指标,新建供水站数量,≥3个',
    ',,"改造管网长度（含""入户管""）",≥12公里',
  ].join('\r\n');

  it('is told from the other text layouts by its records of one width', () => {
    expect(detectTextLayout(text.replace(/\r/g, ''))).toBe('comma-separated');
  });

  it('reads each record as a row: quoted commas, quotes and line breaks inside their cells, a lone title as text', () => {
    const rows = readTextRows(text);
    expect(rows.map((r) => (r.table ? r.cells : `¶${r.cells[0]}`))).toEqual([
      '¶项目支出绩效目标申报表',
      ['项目名称', '农村饮水安全巩固提升工程', '主管部门', '县水利局'],
      ['资金情况（万元）', '年度资金总额', '1,320.00', ''],
      ['总体目标', '目标1：新建供水站3个；\n目标2：改造管网12公里。', '', ''],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '新建供水站数量', '≥3个'],
      ['', '', '改造管网长度（含"入户管"）', '≥12公里'],
    ]);
    // Each row says the line of the text it starts on (provenance): the goal's record starts on line 4.
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3, 4, 6, 7, 8]);
  });

  it('a BOM (Excel writes one before UTF-8) is not part of the first cell', () => {
    expect(cellsOf('\uFEFF' + text.replace(/\r/g, ''))[0]).toBe('¶项目支出绩效目标申报表');
  });

  it('prose with commas, and space-aligned figures with thousands separators, stay as they were', () => {
    const prose = [
      'In 2024, the bureau built 3 stations, 12 km of pipes, and more.',
      '本年度完成投资1,320万元，新建供水站3个。',
      'Note: figures are in 10,000 yuan, rounded.',
    ].join('\n');
    expect(detectTextLayout(prose)).not.toBe('comma-separated');
    const spaced = [
      '项目            预算数        执行数',
      '合计            1,320.00      1,205.50',
      '财政拨款        1,000.00      985.00',
      '其他资金        320.00        220.50',
    ].join('\n');
    expect(detectTextLayout(spaced)).toBe('space-aligned');
  });

  it('an unbalanced quote is no table: the text is read by the other layouts', () => {
    const broken = ['a,b,"c', 'd,e,f', 'g,h,i', 'j,k,l'].join('\n');
    expect(detectTextLayout(broken)).not.toBe('comma-separated');
  });

  // Texts are measured by their lines before any is parsed (most texts with a comma are no CSV): the measure
  // must turn away only what the parser's records would turn away.
  it('a record whose quoted cells carry its commas over several lines is parsed, not counted by lines', () => {
    const spanning = ['a,"b', 'c",d', 'e,"f', 'g",h', 'i,"j', 'k",l'].join('\n');
    expect(detectTextLayout(spanning)).toBe('comma-separated');
  });

  it('counts each line by its own commas where the next comma stands lines below (a line of one comma, lines of none)', () => {
    // The measure keeps the next comma as it walks the lines: a line of one comma lends the next line its first.
    const sheet = ['项目,甲', 'a,b,c', 'd,e,f', 'g,h,i', 'j,k,l'].join('\n');
    expect(detectTextLayout(sheet)).toBe('comma-separated');
    // Lines without a comma above a sheet of three: too few of its width among the lines.
    const below = [...Array<string>(20).fill('项目名称 甲 乙'), 'a,b,c', 'd,e,f', 'g,h,i'].join('\n');
    expect(detectTextLayout(below)).not.toBe('comma-separated');
    expect(detectTextLayout(`${'项目名称 甲 乙\n'.repeat(50_000)}合计 1,320.00`)).toBe('row-per-line');
  });

  it('a line holding only the BOM is no record, as the parser drops it', () => {
    // Three records of three, all of the same width: counted with the BOM's line, three of four would be too few.
    expect(detectTextLayout('\uFEFF\n' + ['a,b,c', 'd,e,f', 'g,h,i'].join('\n'))).toBe('comma-separated');
    // Three wide of four records are too few either way.
    expect(detectTextLayout(['a,b,c', 'd,e,f', 'g,h,i', 'j'].join('\n'))).not.toBe('comma-separated');
  });
});

describe('comma-separated values whose record breaks a page lost', () => {
  // Made for this test in the shape of a forum repost of a sheet saved as CSV (fresh/632's layout, other words and
  // figures): each record ends with a space where its newline stood, the next record opening with a quote or with
  // the comma of its empty first cell; the page's own line breaks fall between fields; the copy ends inside a quote.
  const text = [
    '考核表转帖',
    '编辑: 某某 | 2019-07-07 |',
    ',,',
    ', "类别","内容","指标","权数","得分" "支出管理","预算执行","执行率","20", ,"结转","结转率",',
    '"10", ,"公开","公开率","10", "资产管理","资产","资产',
    '账实相符率","10", ,"采购","采购率","5", "收入","非税","征收率","未完',
  ].join('\n');

  it('reads a record where each bare space between separators stands, the titles above as text', () => {
    expect(detectTextLayout(text)).toBe('comma-separated');
    expect(cellsOf(text).filter((r) => typeof r === 'string' || r.some((c) => c !== ''))).toEqual([
      '¶考核表转帖',
      '¶编辑: 某某 | 2019-07-07 |',
      ['类别', '内容', '指标', '权数', '得分'],
      ['支出管理', '预算执行', '执行率', '20', ''],
      ['', '结转', '结转率', '10', ''],
      ['', '公开', '公开率', '10', ''],
      ['资产管理', '资产', '资产\n账实相符率', '10', ''],
      ['', '采购', '采购率', '5', ''],
    ]);
  });

  it('leaves a text with fewer such spaces, or none, to the other layouts', () => {
    const two = '"类别","内容","权数" "支出","执行","20"\n"结转","结转率","10" "公开","公开率","10"';
    expect(detectTextLayout(two)).not.toBe('comma-separated');
    const prose = ['他说: "好的", "明白" "收到", ,"再见"。', '又说 "是" "否"', '完'].join('\n');
    expect(detectTextLayout(prose)).not.toBe('comma-separated');
  });
});
