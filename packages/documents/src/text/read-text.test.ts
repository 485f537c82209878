import { describe, expect, it } from 'vitest';
import { detectTextLayout, MAX_CELLS_PER_ROW, readTextRows } from './read-text.ts';

describe('readTextRows', () => {
  it('reads one cell per line: a tab starts a cell, a blank line ends a row, a bare line continues the cell', () => {
    const rows = readTextRows('标题\n\t项目名称\n\t测试\n项目\n\n\t项目预算\n\t10万\n');
    expect(detectTextLayout('\t项目名称\n\t测试\n')).toBe('cell-per-line');
    expect(rows.map((r) => [r.table, r.cells])).toEqual([
      [false, ['标题']],
      [true, ['项目名称', '测试\n项目']],
      [true, ['项目预算', '10万']],
    ]);
  });
  it('reads one row per line with tab-separated cells, and paragraphs without tabs', () => {
    const rows = readTextRows('项目支出绩效目标批复表\n\n项目名称\t政务\t\t项目预算\t\t571\n');
    expect(rows.map((r) => [r.table, r.cells, r.line])).toEqual([
      [false, ['项目支出绩效目标批复表'], 1],
      [true, ['项目名称', '政务', '', '项目预算', '', '571'], 3],
    ]);
  });
  it('never reads more cells in a row than a form can have', () => {
    const rows = readTextRows('a\t'.repeat(100_000));
    expect(rows[0]!.cells).toHaveLength(MAX_CELLS_PER_ROW);
    const cells = readTextRows('\tx\n'.repeat(10_000));
    expect(cells[0]!.cells).toHaveLength(MAX_CELLS_PER_ROW);
  });
  it('keeps a short line between two space-aligned rows in the table (a cell on a line of its own)', () => {
    // Made for this test after corpus 023 as space-aligned text: 有效 (the target) above 有效  10  10.
    const text = [
      '一级指标    二级指标    三级指标    指标值    实际值    分值    得分',
      '效益指标    经济效益指标    减轻学生家庭负担',
      '    有效',
      '有效    10    10',
      '社会效益指标    政策知晓率    100%    98%    10    9',
      '第 2 页',
      '满意度指标    学生满意度    ≥95%    100%    10    10',
      '说明',
    ].join('\n');
    expect(readTextRows(text).map((r) => [r.table, r.cells])).toEqual([
      [true, ['一级指标', '二级指标', '三级指标', '指标值', '实际值', '分值', '得分']],
      [true, ['效益指标', '经济效益指标', '减轻学生家庭负担']],
      [true, ['有效']],
      [true, ['有效', '10', '10']],
      [true, ['社会效益指标', '政策知晓率', '100%', '98%', '10', '9']],
      // A page number between two rows is none of the table's, nor is a word under its last row.
      [false, ['第 2 页']],
      [true, ['满意度指标', '学生满意度', '≥95%', '100%', '10', '10']],
      [false, ['说明']],
    ]);
  });

  it('reads space-aligned columns (pdftotext -layout) as rows, keeping spaced-out words and titles whole', () => {
    const text = [
      '          项目支出绩效目标表',
      '一级指标    二级指标    三级指标        指标值',
      '产出指标    数量指标    培训人次        ≥100人次',
      '            质量指标    培训合格率      ≥95%',
      '合  计      财  政  部',
    ].join('\n');
    expect(detectTextLayout(text)).toBe('space-aligned');
    expect(readTextRows(text).map((r) => [r.table, r.cells])).toEqual([
      [false, ['          项目支出绩效目标表']],
      [true, ['一级指标', '二级指标', '三级指标', '指标值']],
      [true, ['产出指标', '数量指标', '培训人次', '≥100人次']],
      [true, ['', '质量指标', '培训合格率', '≥95%']],
      [true, ['合计', '财政部']],
    ]);
  });
  it('reads a table of one indicator row under its header as space-aligned, the head a field a line above it', () => {
    const text = [
      '部门预算项目支出绩效目标表',
      '专项资金名称',
      '业务主管部门',
      '某某经费',
      '某某市某某局',
      '一级指标  二级指标          三级指标            指标值',
      '产出指标  成本指标          资金使用合规性      ≥ 95 %',
    ].join('\n');
    expect(detectTextLayout(text)).toBe('space-aligned');
    expect(readTextRows(text).at(-1)?.cells).toEqual(['产出指标', '成本指标', '资金使用合规性', '≥ 95 %']);
    // Two such lines without an indicator header are no table of their own.
    expect(detectTextLayout('某某  某某某  某某\n甲  乙乙  丙丙丙')).toBe('row-per-line');
  });
  it('leaves prose with the odd double space as paragraphs', () => {
    expect(detectTextLayout('一、部门职责  负责全市统计工作。\n二、机构设置  下设三个科室。')).toBe(
      'row-per-line',
    );
  });
  it('keeps a cell stream without separators as one paragraph row per cell, in order, none merged', () => {
    // source: corpus 001_project.txt (岳阳县, 湖南): one cell per line, a blank line between cells
    const text = [
      '绩效目标申报表(基础设施建设类)',
      '',
      '项目名称',
      '',
      '岳阳县2022年高标准农田建设项目',
      '',
      '资金情况 (万元)',
      '',
      '年度资金总额:',
      '',
      '854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)',
      '',
      '其他资金',
      '',
      '总体目标',
    ].join('\n');
    expect(detectTextLayout(text)).toBe('row-per-line');
    const rows = readTextRows(text);
    expect(rows.map((r) => [r.table, r.line, r.cells])).toEqual([
      [false, 1, ['绩效目标申报表(基础设施建设类)']],
      [false, 3, ['项目名称']],
      [false, 5, ['岳阳县2022年高标准农田建设项目']],
      [false, 7, ['资金情况 (万元)']],
      [false, 9, ['年度资金总额:']],
      [false, 11, ['854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)']],
      [false, 13, ['其他资金']],
      [false, 15, ['总体目标']],
    ]);
  });

  it('joins the lines of a stream a text layer wrapped at a fixed width, inside words and numbers alike', () => {
    // Made for this test: a 自评表's cells run together, cut every 40 columns (a CJK character two).
    const wrapped = [
      '项目名称乡村道路养护项目主管部门某县交通',
      '运输局实施单位某县公路养护中心年度资金总',
      '额120.5120.5100%产出指标数量指标养护里',
      '程≥35公里36公里',
    ];
    expect(readTextRows(wrapped.join('\n')).map((r) => r.cells)).toEqual([[wrapped.join('')]]);
    // Lines of different widths end where their rows end: each stays a row.
    const rows = [
      '项目名称乡村道路养护项目',
      '主管部门某县交通运输局',
      '实施单位某县公路养护中心（二〇二三年度）',
    ];
    expect(readTextRows(rows.join('\n')).map((r) => r.cells)).toEqual(rows.map((r) => [r]));
    // A blank line ends a paragraph even after a full line.
    expect(
      readTextRows([wrapped[0], wrapped[1], wrapped[2], '', '总分100'].join('\n')).map((r) => r.cells),
    ).toEqual([[wrapped.slice(0, 3).join('')], ['总分100']]);
  });

  it('keeps cells one per line apart where only a few of many long cells happen to be the longest', () => {
    // Made for this test after a template variant copied one cell per line: three names of one width among
    // cells of every other width are no wrap width.
    const cells = [
      '按期完成项目建设任务，发挥资金使用效益',
      '一级指标',
      '产出指标',
      '因粮食市场波动引起的粮食安全事件发生数',
      '０',
      '县级储备粮库存粮食明显变质比例情况',
      '０',
      '５０００吨稻谷、５００吨成品粮储备到位率',
      '１００％',
      '政策性挂账利息补贴保障率',
      '库存数量真实率的检查',
      '服务对象满意度',
      '粮食储备安全得到有效保障',
      '严格按照预算标准执行到位',
    ];
    expect(readTextRows(cells.join('\n')).map((r) => r.cells)).toEqual(cells.map((c) => [c]));
  });

  it('keeps cells one per line apart where every long cell is about the longest, a small share of the text', () => {
    // Made for this test after wide/427's variants copied one cell per line: the three long cells (50–52 columns)
    // are all the long lines there are, yet stand among many short cells — no stream cut at one width.
    const cells = [
      '一级指标',
      '二级指标',
      '三级指标名称',
      '产出指标',
      '数量指标',
      '完成省级宣传片制作;完成实施方案的编制;完成自评估报告',
      '10',
      '完成1部宣传片,2套方案',
      '完成1部宣传片,2套方案',
      '通过专家评审',
      '10',
      '通过',
      '通过',
      '上半年完成宣传片制作;下半年完成实施方案',
      '10',
      '6月份完成宣传片制作;9月份完成文本;11月完成专家评审',
      '完成',
      '省级宣传片制作费、申报文本编制费、自评估报告编制费',
      '10',
      '200万',
      '195.5万元',
      '统筹海绵城市项目谋划',
      '10',
      '统筹海绵城市项目谋划',
      '完成',
    ];
    expect(readTextRows(cells.join('\n')).map((r) => r.cells)).toEqual(cells.map((c) => [c]));
  });
});

describe('a space-aligned table whose every gap is one width', () => {
  it('reads an indentation of two or three gaps as as many empty cells (二级 and 三级 blank under merged cells)', () => {
    // Made for this test after template variants copied with 4-space gaps and merged cells as indentation.
    const text = [
      '一级指标    二级指标    三级指标名称    年度指标值',
      '            指标性质    目标值    度量单位',
      '产出指标    数量指标    免费开放天数    ＝    300    天',
      '        免费开放接待观众人数    ＝    30000    人次',
      '    质量指标    开放合格率    ≥    95    %',
    ].join('\n');
    expect(readTextRows(text).map((r) => r.cells)).toEqual([
      ['一级指标', '二级指标', '三级指标名称', '年度指标值'],
      ['', '', '', '指标性质', '目标值', '度量单位'],
      ['产出指标', '数量指标', '免费开放天数', '＝', '300', '天'],
      ['', '', '免费开放接待观众人数', '＝', '30000', '人次'],
      ['', '质量指标', '开放合格率', '≥', '95', '%'],
    ]);
  });

  it('keeps one empty cell for an indentation where the gaps differ (a page laid out by position)', () => {
    const text = [
      '一级指标   二级指标      三级指标名称    年度指标值',
      '产出指标   数量指标      免费开放天数    300天',
      '                      免费开放接待观众人数    30000人次',
    ].join('\n');
    expect(readTextRows(text).map((r) => r.cells)[2]).toEqual(['', '免费开放接待观众人数', '30000人次']);
  });
});

describe('a space-aligned row cut at its gaps', () => {
  it('is marked gapless: an empty cell inside it left no gap of its own, so its cells are not at their columns', () => {
    const text = [
      '一级指标    二级指标    三级指标    偏差原因    实际完成值    年度指标值    得分',
      '产出指标    数量指标    培训人数    52人    50人    10',
      '    质量指标    合格率    未达标    90%    95%    8',
    ].join('\n');
    const rows = readTextRows(text);
    expect(rows.map((r) => r.gapless)).toEqual([true, true, true]);
  });

  it('is not marked where its cells were placed by where they start (padded to column widths)', () => {
    const text = [
      '一级指标    二级指标      指标名称          偏差原因    年度指标值',
      '产出指标    数量指标      培训人数                      50人',
      '            质量指标      合格率                        95%',
      '            时效指标      完成时间                      年底前',
    ].join('\n');
    expect(readTextRows(text).map((r) => r.gapless)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('a space-aligned table whose cells were padded to their column widths', () => {
  it('puts each cell in the column where it starts, empty cells kept (a banded header, a missing 计算符号)', () => {
    // Made for this test in the shape of a template variant printed as pdftotext -layout prints a table.
    const text = [
      '项目名称    某区体育赛事项目',
      '一级指标    二级指标      指标名称          年度指标值',
      '                                            计算符号    年度指标值    计量单位',
      '产出指标    成本指标      项目总成本        ≤           1000          万元',
      '            数量指标      开展运动种类                  1             种',
      '                          打造品牌赛事种类              1             种',
      '            时效指标      完成时间                      2025年年底前',
      '满意度指标  满意度指标    群众满意度        ≥           95            %',
    ].join('\n');
    expect(readTextRows(text).map((r) => r.cells)).toEqual([
      ['项目名称', '某区体育赛事项目'],
      ['一级指标', '二级指标', '指标名称', '年度指标值'],
      ['', '', '', '计算符号', '年度指标值', '计量单位'],
      ['产出指标', '成本指标', '项目总成本', '≤', '1000', '万元'],
      ['', '数量指标', '开展运动种类', '', '1', '种'],
      ['', '', '打造品牌赛事种类', '', '1', '种'],
      ['', '时效指标', '完成时间', '', '2025年年底前'],
      ['满意度指标', '满意度指标', '群众满意度', '≥', '95', '%'],
    ]);
  });
  it('places a banded header whose sign column the first rows leave empty (the header read before its rows)', () => {
    // Made for this test: the same table, 计算符号 empty until the last row, so the header's columns are more
    // than the rows right under it hold.
    const text = [
      '项目名称    某区体育赛事项目',
      '一级指标    二级指标      指标名称          年度指标值',
      '                                            计算符号    年度指标值    计量单位',
      '产出指标    成本指标      项目总成本                    1000          万元',
      '            数量指标      开展运动种类                  1             种',
      '                          打造品牌赛事种类              1             种',
      '满意度指标  满意度指标    群众满意度        ≥           95            %',
    ].join('\n');
    expect(readTextRows(text).map((r) => r.cells)).toEqual([
      ['项目名称', '某区体育赛事项目'],
      ['一级指标', '二级指标', '指标名称', '年度指标值'],
      ['', '', '', '计算符号', '年度指标值', '计量单位'],
      ['产出指标', '成本指标', '项目总成本', '', '1000', '万元'],
      ['', '数量指标', '开展运动种类', '', '1', '种'],
      ['', '', '打造品牌赛事种类', '', '1', '种'],
      ['满意度指标', '满意度指标', '群众满意度', '≥', '95', '%'],
    ]);
  });
  it('places a header naming a last column every row leaves empty (度量单位 of worded targets)', () => {
    const text = [
      '一级指标  二级指标      指标名称          年度指标值',
      '                                          计算符号    年初目标值              度量单位',
      '产出指标  数量指标      合理支付          定性        按在校学生数核算经费',
      '                        在校学生数                    在校学生数4953',
      '                        贯穿全年          定性        当年的所有时间',
      '效益指标  社会效益指标  促进学校运转                  资金用于学校运转支出',
    ].join('\n');
    expect(readTextRows(text).map((r) => r.cells)).toEqual([
      ['一级指标', '二级指标', '指标名称', '年度指标值'],
      ['', '', '', '计算符号', '年初目标值', '度量单位'],
      ['产出指标', '数量指标', '合理支付', '定性', '按在校学生数核算经费'],
      ['', '', '在校学生数', '', '在校学生数4953'],
      ['', '', '贯穿全年', '定性', '当年的所有时间'],
      ['效益指标', '社会效益指标', '促进学校运转', '', '资金用于学校运转支出'],
    ]);
  });
  it('places rows none of which fills every column, under a header whose band spans the last ones', () => {
    const text = [
      '一级指标    二级指标      三级指标名称      年度指标值',
      '                                            指标性质    计划指标值    计量单位',
      '产出指标    数量指标      每千人托位                    4.5',
      '            时效指标      补助发放及时性    定性        及时发放',
      '            质量指标      应补尽补率                    100           %',
      '                          服务覆盖率        定性        提高',
    ].join('\n');
    expect(readTextRows(text).map((r) => r.cells)).toEqual([
      ['一级指标', '二级指标', '三级指标名称', '年度指标值'],
      ['', '', '', '指标性质', '计划指标值', '计量单位'],
      ['产出指标', '数量指标', '每千人托位', '', '4.5'],
      ['', '时效指标', '补助发放及时性', '定性', '及时发放'],
      ['', '质量指标', '应补尽补率', '', '100', '%'],
      ['', '', '服务覆盖率', '定性', '提高'],
    ]);
  });
});

describe('a padded budget block over a padded indicator table', () => {
  it('places the budget line set in under its merged heading, its figures under their columns', () => {
    // Made for this test after wide/432's variants padded to column widths (a CJK character two columns): the
    // line's label 合计 starts in a column the header left blank, so the block was cut at its gaps (236 | 236 under
    // three amounts) instead of placed (236 | · | 236: 年初预算数 and 全年执行数).
    const text = [
      '项目资金(万元)                    年初预算数          全年预算数  全年执行数  执行率  得分',
      '            合计                  236                             236',
      '年度绩效目标 按期完成项目建设任务',
      '绩效指标                                              目标值      未完成原因  实际完成值',
      '一级指标    二级指标              指标名称',
      '产出指标    数量指标              管理忠烈祠面积      = 230 亩                =230亩',
      '                                  忠烈祠免费开放      = 365 天                =365天',
      '            质量指标              忠烈祠保护合格率    = 100 %                 =100%',
    ].join('\n');
    const rows = readTextRows(text).map((r) => r.cells);
    expect(rows[0]).toEqual([
      '项目资金(万元)',
      '',
      '年初预算数',
      '全年预算数',
      '全年执行数',
      '执行率',
      '得分',
    ]);
    expect(rows[1]).toEqual(['', '合计', '236', '', '236']);
    expect(rows.at(-1)).toEqual(['', '质量指标', '忠烈祠保护合格率', '= 100 %', '', '=100%']);
  });
});

describe('a |-table indented by tabs', () => {
  it("is read as pipes: the tabs before each line's first pipe are indentation", () => {
    const text = [
      '某表',
      '\t| 项目名称 | 某项目 |',
      '\t| 一级指标 | 二级指标 |',
      '\t| 产出指标 | 数量指标 |',
    ].join('\n');
    expect(detectTextLayout(text)).toBe('pipe-separated');
    expect(
      readTextRows(text)
        .filter((r) => r.table)
        .map((r) => r.cells),
    ).toEqual([
      ['项目名称', '某项目'],
      ['一级指标', '二级指标'],
      ['产出指标', '数量指标'],
    ]);
  });

  it('leaves tab-separated rows whose cells end in pipes to the tab reading', () => {
    expect(detectTextLayout('\t| 项目名称\t某项目 |\n\t| 主管部门\t某局 |\n')).not.toBe('pipe-separated');
  });
});

// Large and hostile texts (bench/growth.bench.ts measures their time; these the rows they give).
describe('texts larger than any form', () => {
  it('reads a text of more lines than a call takes arguments (200,000), none refused as too complex', () => {
    // Math.max(...lines) ended in a RangeError here: the paste was refused as document-too-complex.
    const plain = readTextRows('项目名称甲\n'.repeat(200_000));
    expect(plain).toHaveLength(200_000);
    expect(plain.at(-1)).toEqual({ cells: ['项目名称甲'], table: false, line: 200_000 });
    const spaced = readTextRows('项目    甲方    乙方\n'.repeat(200_000));
    expect(spaced).toHaveLength(200_000);
    expect(spaced.at(-1)!.cells).toEqual(['项目', '甲方', '乙方']);
  });

  it('reads space-aligned lines of more cells than a call takes arguments (150,000), at most a row’s cells each', () => {
    const line = '项目  '.repeat(150_000);
    const rows = readTextRows([line, line, line].join('\n'));
    expect(rows.map((r) => r.cells.length)).toEqual([
      MAX_CELLS_PER_ROW,
      MAX_CELLS_PER_ROW,
      MAX_CELLS_PER_ROW,
    ]);
    expect(rows[0]!.cells.every((c) => c === '项目')).toBe(true);
  });

  it('places the cells of lines thousands of cells wide at the columns where they start, a missing one left empty', () => {
    // gaps of two and three spaces (no one width): cells are placed by their start, wide characters two columns
    const cells = Array.from({ length: 3000 }, (_, k) => `指标${k}`);
    const spaced = (row: readonly string[]) => row.map((c, k) => c.padEnd(c.length + 2 + (k % 2))).join('');
    const gap = (c: string) => ' '.repeat(c.length + 2); // 指标 is four columns wide
    const text = [spaced(cells), spaced(cells), spaced(cells.map((c, k) => (k === 1 ? gap(c) : c)))].join(
      '\n',
    );
    const rows = readTextRows(text);
    expect(rows[0]!.cells.slice(0, 3)).toEqual(['指标0', '指标1', '指标2']);
    expect(rows[2]!.cells.slice(0, 4)).toEqual(['指标0', '', '指标2', '指标3']);
    expect(rows[2]!.cells.slice(-1)).toEqual([cells[MAX_CELLS_PER_ROW - 1]]);
  });
});
