// Header rows printed in two, joined by meaning (split-header.ts): here the two rows of a space-aligned copy
// from a PDF viewer, whose blank cells are gone.
import { describe, expect, it } from 'vitest';
import type { Row } from '../rows/row.ts';
import { importBuffer } from '../import-document.ts';
import { joinSplitHeaders } from './split-header.ts';

const row = (...cells: string[]): Row => ({ cells, table: true, line: 1 });

// source: corpus 016_selfeval.txt (原州区 马铃薯种薯繁育示范推广项目, 宁夏) as another template prints it — 得分 and
// 分值 whole in the top row, the other headings broken over two — copied with four spaces between cells.
const TOP = ['一级', '二级', '三级', '得分', '全年', '指标', '指标', '度量', '分值'];
const UNDER = ['指标', '指标', '指标', '实际完成值', '性质', '目标值', '单位'];

describe('a two-row header whose second row lost its blank cells', () => {
  it('joins each top word with the word under it, a whole heading standing alone', () => {
    expect(joinSplitHeaders([row(...TOP), row(...UNDER)]).map((r) => r.cells)).toEqual([
      [
        '一级指标',
        '二级指标',
        '三级指标',
        '得分',
        '全年实际完成值',
        '指标性质',
        '指标目标值',
        '度量单位',
        '分值',
      ],
    ]);
  });

  it('leaves rows that make no header apart, and a band over the levels to the band readers', () => {
    const data = [row(...TOP), row('产出指标', '数量指标', '免费发放原原种', '8')];
    expect(joinSplitHeaders(data)).toHaveLength(2);
    const band = [row('绩效指标', '实际完成值', '年度指标值'), row('一级指标', '二级指标')];
    expect(joinSplitHeaders(band)).toHaveLength(2);
  });

  it('reads the 自评表 under such a header', async () => {
    const text = [
      '绩效目标自评表',
      '专项资金名称    马铃薯种薯繁育示范推广项目    主管单位    原州区农技中心',
      '项目资金(万元)    年初批复数    全年预算数(A)    全年执行数(B)    执行率(B/A)',
      '    合计    300    259.45    86.5%',
      TOP.join('    '),
      UNDER.join('    '),
      '产出指标    数量指标    免费发放原原种    8    550万粒    550    万粒    8',
      '        企业自行采购    8    200万粒    200    万粒    8',
    ].join('\n');
    const out = await importBuffer(new TextEncoder().encode(text), 'form.txt');
    const e = out.ok ? out.evaluations[0] : undefined;
    if (!e || e.kind !== 'self-evaluation') throw new Error(out.ok ? 'no 自评表 read' : out.error.message);
    expect(e.indicators.map((i) => [i.name, i.target?.raw, i.actual?.raw, i.weight, i.score])).toEqual([
      ['免费发放原原种', '550万粒', '550万粒', '8', '8'],
      ['企业自行采购', '200万粒', '200万粒', '8', '8'],
    ]);
  });
});

describe('a band over the levels whose other headings the second row repeats, copied without its blanks', () => {
  // 绩效指标 merged over 一级 | 二级 | 三级, the other headings merged down both rows and printed again in the
  // second (a copy that repeats merged cells), the rows cut at their gaps.
  const top = row('绩效指标', '年度指标值', '全年完成值', '权重', '得分');
  const under = row('一级指标', '二级指标', '指标名称', '年度指标值', '全年完成值', '权重', '得分');

  it('is read as its second row: each column once', () => {
    expect(joinSplitHeaders([top, under]).map((r) => r.cells)).toEqual([under.cells]);
  });

  it('is not taken where the second row names a heading the first does not repeat', () => {
    const other = row('一级指标', '二级指标', '指标名称', '年度指标值', '实际完成值', '权重', '得分');
    expect(joinSplitHeaders([top, other])).toHaveLength(2);
  });
});
