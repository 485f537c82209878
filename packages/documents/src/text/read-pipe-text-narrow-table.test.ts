// A web copy (a cell a line, rows opened by a lone `|`, padded with bare pipes) of an indicator table narrower
// than the form above it: the padding of its header and rows says how many cells each lacks, not where. Made-up
// text in the shape of the copied-layout variants (corpus-variants.ts --layout=cells).
import { describe, expect, it } from 'vitest';
import { readTextRows } from './read-text.ts';

/** A form seven columns wide (its budget line) over an indicator table of five. */
const HEAD = [
  '项目支出绩效自评表',
  ...['|', '项目名称 |', '某项目 |', '|||||'],
  ...[
    '|',
    '项目资金(万元) |',
    '年初预算数 |',
    '全年预算数 |',
    '全年执行数 |',
    '执行率 |',
    '得分 |',
    '分值 |',
  ],
  ...['|', '合计 |', '10 |', '10 |', '10 |', '100% |', '10 |', '10 |'],
  ...['|', '一级指标 |', '二级指标 |', '三级指标 |', '目标值 |', '实际完成值 |', '||'],
  ...['|', '产出指标 |', '数量指标 |', '培训人数 |', '100人 |', '100人 |', '||'],
];

const indicatorRows = (lines: readonly string[]) => {
  const rows = readTextRows(lines.join('\n')).map((r) => r.cells);
  return rows.slice(rows.findIndex((c) => c.includes('一级指标')));
};

describe('rows of an indicator table narrower than the form, copied a cell a line', () => {
  it('places a row lacking its levels and its actual by its name, under the header moved by its padding', () => {
    const rows = indicatorRows([...HEAD, '|', '培训场次 |', '>=10场 |', '|||||']);
    expect(rows[0]).toEqual(['', '', '一级指标', '二级指标', '三级指标', '目标值', '实际完成值']);
    // Against the right edge it stood under 目标值 | 实际完成值 and was no indicator.
    expect(rows[2]).toEqual(['', '', '', '', '培训场次', '>=10场', '']);
  });

  it('places a row lacking its 一级 and its actual by its 二级', () => {
    const rows = indicatorRows([...HEAD, '|', '质量指标 |', '合格率 |', '100% |', '||||']);
    expect(rows[2]).toEqual(['', '', '', '质量指标', '合格率', '100%', '']);
  });

  it('reads a name spelled like a column heading (完成率) in a row of values as a name', () => {
    const rows = indicatorRows([...HEAD, '|', '完成率 |', '>=99% |', '|||||']);
    expect(rows[2]).toEqual(['', '', '', '', '完成率', '>=99%', '']);
  });

  it('tells a level that is both a 一级 and a 二级 name by the cell after it', () => {
    const level1 = indicatorRows([
      ...HEAD,
      ...['|', '满意度指标 |', '服务对象满意度指标 |', '群众满意度 |', '>=90% |', '|||'],
    ]);
    expect(level1[2]).toEqual(['', '', '满意度指标', '服务对象满意度指标', '群众满意度', '>=90%', '']);
    const level2 = indicatorRows([...HEAD, '|', '成本指标 |', '人均成本 |', '<=50元 |', '||||']);
    expect(level2[2]).toEqual(['', '', '', '成本指标', '人均成本', '<=50元', '']);
  });
});

// Rows lacking their 一级 end in one padding pipe, as the copy writes them: a lone pipe like a border's.
describe('a copy whose rows lack at most one cell (no padding line anywhere)', () => {
  it('reads each lone pipe before a cell as a row border', () => {
    const text = [
      '项目支出绩效目标申报表',
      ...['|', '项目名称 |', '某项目 |', '资金总额 |', '20 |'],
      ...['|', '一级指标 |', '二级指标 |', '三级指标 |', '指标值 |'],
      ...['|', '产出指标 |', '数量指标 |', '培训人数 |', '100人 |'],
      ...['|', '质量指标 |', '合格率 |', '100% |', '|'],
      ...['|', '时效指标 |', '完成时间 |', '12月 |', '|'],
    ];
    expect(readTextRows(text.join('\n')).map((r) => r.cells)).toEqual([
      ['项目支出绩效目标申报表'],
      ['项目名称', '某项目', '资金总额', '20'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '培训人数', '100人'],
      ['质量指标', '合格率', '100%', ''],
      ['时效指标', '完成时间', '12月', ''],
    ]);
  });
});

describe('cells on lines of their own parted by lone pipes', () => {
  it('keeps the lone pipes as what parts the cells, not as row borders', () => {
    const cells = [
      '项目名称',
      '某项目',
      '主管部门',
      '',
      '实施单位',
      '某局',
      '项目属性',
      '',
      '项目期',
      '长期',
    ];
    const text = ['项目支出绩效目标申报表', ...cells.flatMap((c) => (c === '' ? ['|'] : [c, '|']))];
    // Read as borders, the pipes would open rows of two and three cells: 某项目 | 主管部门, 实施单位 | 某局 | 项目属性.
    const rows = readTextRows(text.join('\n')).map((r) => r.cells);
    expect(rows.every((r) => r.filter((c) => c !== '').length <= 1)).toBe(true);
  });
});
