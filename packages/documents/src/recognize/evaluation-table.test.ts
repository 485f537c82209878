import { describe, expect, it } from 'vitest';
import type { Row } from '../rows/row.ts';
import { cellStream } from './evaluation-cells.ts';
import { isHeadingRun } from './evaluation-lexicon.ts';
import { readEvaluationTable } from './evaluation-table.ts';
import { readTextRows } from '../text/read-text.ts';

const table = (...cells: string[][]): Row[] => cells.map((c) => ({ cells: c, table: true }));

describe('the header band of a 自评表 read by rows', () => {
  it('knows headings run together in one cell, and a name that merely holds a heading word', () => {
    expect(isHeadingRun('得分未完成原因分析')).toBe(true);
    expect(isHeadingRun('完成值权重')).toBe(true);
    // One heading alone is a heading, not a run; a name is none.
    expect(isHeadingRun('未完成原因分析')).toBe(false);
    expect(isHeadingRun('群众满意度得分')).toBe(false);
  });

  it('skips a second header row whose headings came run together (得分未完成原因分析), no indicator', () => {
    // Made for this test after corpus wide/103 as one stream: the header's second row re-tabulated.
    const rows = table(
      ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'],
      ['完成值', '得分未完成原因分析'],
      ['产出指标', '质量指标', '完成设备购买并支付资金', '=', '100', '%'],
    );
    expect(readEvaluationTable(cellStream(rows))?.records.map((r) => r.name)).toEqual([
      '完成设备购买并支付资金',
    ]);
  });
});

describe('where the excerpt ends, read by rows', () => {
  // Made for this test after corpus 017 (a |-text copy that stops inside the next level's label): the pipe
  // reader keeps the last line, cut before its pipe, as a row of the table; the table must still not take a
  // level label cut off there (……满意) for an indicator.
  const head = [
    '一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 | ||',
    '产出指标 | 数量指标 | 补助鱼塘面积 | 10 | 3亩 | 3亩 | 10 | ||',
    '效益指标 | 可持续影响指标 | ||||||',
    '…… | ||||||||',
  ];
  const names = (...tail: string[]) =>
    readEvaluationTable(cellStream(readTextRows([...head, ...tail].join('\n'))))?.records.map((r) => r.name);

  it('reads a level label cut off at the very end (满意) as no indicator', () => {
    expect(readTextRows([...head, '满意'].join('\n')).at(-1)).toMatchObject({ cells: ['满意'], table: true });
    expect(names('满意')).toEqual(['补助鱼塘面积']);
  });

  it('keeps a name cut off there, and the label with figures after it', () => {
    expect(names('种植农户调')).toEqual(['补助鱼塘面积', '种植农户调']);
    expect(names('满意 | 10 | ≥90% | 95% | 10 | ||')).toEqual(['补助鱼塘面积', '满意']);
  });
});

describe('a row whose blank cells at the end were cut off', () => {
  const table = (...cells: string[]): Row => ({ cells, table: true });
  const header = table('一级指标', '二级指标', '三级指标', '年度指标值', '1-6月执行情况', '未完成原因分析');

  it('keeps its cells where they were printed: a sentence under 执行情况 with the reason left blank', () => {
    const rows = [header, table('产出指标', '成本指标', '成本', '220万元', '按进度执行,已使用约40%')];
    const record = readEvaluationTable(cellStream(rows))!.records[0]!;
    expect(record.cells).toMatchObject({ target: '220万元', actualToDate: '按进度执行,已使用约40%' });
    expect(record.cells.reason).toBeUndefined();
  });

  it('is placed by what its cells hold when it dropped the merged level cells at its left instead', () => {
    const rows = [
      header,
      table('产出指标', '数量指标', '培训人数', '≥100人', '80人'),
      table('培训合格率', '≥95%', '96%'),
    ];
    const records = readEvaluationTable(cellStream(rows))!.records;
    expect(records.map((r) => [r.level1, r.name, r.cells.target, r.cells.actualToDate])).toEqual([
      ['产出指标', '培训人数', '≥100人', '80人'],
      ['产出指标', '培训合格率', '≥95%', '96%'],
    ]);
  });

  it('keeps its cells where they were printed when it kept the blank cells at its left (a copy cut after 完成值)', () => {
    // Made for this test in the shape of fresh/601 (a pipe copy padded to the table's width, the section's merged
    // cell blank on every row, its last row cut right after the 完成值); names and figures invented. Placed by
    // what they hold, the 完成值 1 after the unit would be the 权重 (a bare figure fits there best).
    const evaluation = [
      '绩效指标',
      '一级指标',
      '二级指标',
      '三级指标',
      '指标性质',
      '指标值',
      '度量单位',
      '完成值',
      '权重',
      '得分',
      '未完成原因分析',
    ];
    const rows = [
      table(...evaluation),
      table('', '产出指标', '数量指标', '培训班次', '≥', '2', '次', '2', '10', '10', ''),
      table('', '产出指标', '数量指标', '检查次数', '≥', '1', '次', '1'),
    ];
    const records = readEvaluationTable(cellStream(rows))!.records;
    expect(records.map((r) => [r.name, r.cells.actual, r.cells.weight])).toEqual([
      ['培训班次', '2', '10'],
      ['检查次数', '1', undefined],
    ]);
  });
});

describe('a 三级 worded like its 二级, read by rows', () => {
  // Made for this test after a 监控表 copied from a PDF viewer (4-space gaps, merged cells as indentation): the
  // second row under 服务对象满意度指标 is named 服务对象满意度, the 二级 without its 指标; the reasons left empty, so
  // the rows are narrower than the header and placed by what their cells hold.
  const read = (second: string) => {
    const text = [
      '一级指标    二级指标    三级指标    1-6月执行情况    指标性质    指标值    度量单位    未完成原因分析',
      '产出指标    数量指标    新建服务站    6个    ≥    15    个',
      '满意度指标    服务对象满意度指标    服务回访满意率    93%    ≥    90    %',
      `        ${second}    92%    ≥    90    %`,
    ].join('\n');
    return readEvaluationTable(cellStream(readTextRows(text)))?.records.map((r) => [
      r.level2,
      r.name,
      r.cells.actualToDate ?? r.cells.actual,
      r.cells.target,
    ]);
  };

  it('is the row’s name, its figures after it in their columns', () => {
    expect(read('服务对象满意度')).toEqual([
      ['数量指标', '新建服务站', '6个', '≥15个'],
      ['服务对象满意度指标', '服务回访满意率', '93%', '≥90%'],
      ['服务对象满意度指标', '服务对象满意度', '92%', '≥90%'],
    ]);
  });

  it('leaves a name that is no level word where it was', () => {
    expect(read('游客满意率')?.at(-1)).toEqual(['服务对象满意度指标', '游客满意率', '92%', '≥90%']);
  });
});

describe('a row of a grid that lost the blank cells merged down its left (the cells it lacks written after it)', () => {
  // Made for this test in the shape of issue 12's headColumn variants in the cells layout (wide/102, wide/481): a
  // copy of one cell a line writes the cells a row lacks as padding after its last cell, so a row under a merged
  // 一级 (and 二级) opens in the 一级's position, as wide as the header; names and figures invented.
  const row = (...cells: string[]): Row => ({ cells, table: true });
  const evaluation = [
    '一级指标',
    '二级指标',
    '三级指标',
    '未完成原因分析',
    '年度指标值',
    '实际完成值',
    '分值',
    '得分',
  ];

  it('places a 二级 the frameworks know (数量指标) by its looks, not under 一级 by its position', () => {
    const rows = [
      row(...evaluation),
      row('产出指标', '成本指标', '项目总成本', '', '≤90万元', '90', '8', '8'),
      row('数量指标', '培训班次', '', '≥50个', '50', '8', '8', ''),
    ];
    const records = readEvaluationTable(cellStream(rows))!.records;
    expect(
      records.map((r) => [r.level1, r.level2, r.name, r.cells.target, r.cells.actual, r.cells.score]),
    ).toEqual([
      ['产出指标', '成本指标', '项目总成本', '≤90万元', '90', '8'],
      ['产出指标', '数量指标', '培训班次', '≥50个', '50', '8'],
    ]);
  });

  it('keeps a 一级 no framework knows (过程指标) under 一级 by its position', () => {
    const rows = [
      row(...evaluation),
      row('过程指标', '质量指标', '资金到位率', '', '=100%', '100%', '8', '8'),
    ];
    const records = readEvaluationTable(cellStream(rows))!.records;
    expect(records.map((r) => [r.level1, r.name, r.cells.actual])).toEqual([
      ['过程指标', '资金到位率', '100%'],
    ]);
  });

  it('reads a name worded as its 二级 that stands in the 二级 position, its target under the name, as the name', () => {
    const monitoring = ['一级指标', '二级指标', '三级指标', '年初目标值', '1-6月执行情况', '未完成原因'];
    const rows = [
      row(...monitoring),
      row('满意度指标', '服务对象满意度指标', '回访满意率', '≥ 90 %', '93%', ''),
      row('', '服务对象满意度', '≥ 90 %', '92%', '', ''),
    ];
    const records = readEvaluationTable(cellStream(rows))!.records;
    expect(records.map((r) => [r.name, r.cells.target, r.cells.actualToDate])).toEqual([
      ['回访满意率', '≥ 90 %', '93%'],
      ['服务对象满意度', '≥ 90 %', '92%'],
    ]);
  });
});
