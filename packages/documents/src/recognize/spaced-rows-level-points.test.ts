import { describe, expect, it } from 'vitest';
import { paragraph, type Row } from '../rows/row.ts';
import { spacedParts, splitSpacedRows } from './spaced-rows.ts';

const lines = (...texts: string[]): Row[] => texts.map((t, k) => paragraph(t, k + 1));
const cells = (rows: Row[]) => rows.map((r) => r.cells);

// A 评价表 (吉林's, as fresh/653–655) copied with one space between cells: its header prints points after each
// level (一级指标 权重 二级指标 分值 三级指标 …), so a row opening with its 二级 carries that 二级's points.
const HEADER = '一级指标 权重 二级指标 分值 三级指标 计量单位 目标值(标准) 分值 采集数据项 指标值';

describe("a level's points in a single-spaced row", () => {
  it('parts a 二级 and its points from the name under a header printing 分值 after 二级指标', () => {
    // Before: 25 用款计划差错率 one cell, the indicator misnamed.
    const rows = splitSpacedRows(lines(HEADER, '财务管理 25 用款计划差错率 % -0% 7'));
    expect(cells(rows)[1]).toEqual(['财务管理', '25', '用款计划差错率', '%', '-0%', '7']);
  });

  it('keeps a figure that opens the name with it where the header prints no points after the 二级', () => {
    const rows = splitSpacedRows(
      lines(
        '一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分',
        '质量指标 7 岁以下儿童健康管理率 ≧85% 90% 10 10',
      ),
    );
    expect(cells(rows)[1]).toEqual(['质量指标', '7 岁以下儿童健康管理率', '≧85%', '90%', '10', '10']);
  });

  it("opens no name with a figure before a level (a 一级's points, its name on the lines above)", () => {
    // Before: 50 预算管理 one cell.
    expect(spacedParts('50 预算管理 75 预算执行进度(7月) % 40% 7')).toEqual([
      '50',
      '预算管理',
      '75',
      '预算执行进度(7月)',
      '%',
      '40%',
      '7',
    ]);
    expect(spacedParts('7 岁以下儿童健康管理率 ≧85%')).toEqual(['7 岁以下儿童健康管理率', '≧85%']);
  });
});

describe('a name with a comma in a single-spaced row', () => {
  it('is a row when every word after it is a value cell (unit, answer, points, slot marker)', () => {
    // Before: read as a sentence under the table, which closed the table and lost the rows after it.
    const rows = splitSpacedRows(
      lines(
        HEADER,
        '社会效益 30 是否提高了检验检疫的影响力 是/否 是 5 ①',
        '是否提高国际交流合作效果，促进交流与合作科研 是/否 是 5 ①',
        '环境效益 10 是否促进外贸企业建立良好的对外沟通渠道 是/否 是 5 ①',
      ),
    );
    expect(cells(rows).slice(2)).toEqual([
      ['是否提高国际交流合作效果，促进交流与合作科研', '是/否', '是', '5', '①'],
      ['环境效益', '10', '是否促进外贸企业建立良好的对外沟通渠道', '是/否', '是', '5', '①'],
    ]);
  });

  it('is a sentence when words after it are words of their own', () => {
    const text = '经核查，项目全部完成 按期 100%';
    const rows = splitSpacedRows(lines(HEADER, '社会效益 30 是否提高了检验检疫的影响力 是/否 是 5 ①', text));
    expect(cells(rows)[2]).toEqual([text]);
  });
});
