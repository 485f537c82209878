import { describe, expect, it } from 'vitest';
import type { Row } from '../rows/row.ts';
import { splitSpacedRows } from './spaced-rows.ts';
import { projectFormOfText } from './project-form-of-text.test-support.ts';

// Made for these tests: a target form whose head rows each hold a label and its value in one table cell, parted
// by spaces, the row's other cells blank (a template that merged the head's cells across the table's width).
const form = [
  '项目支出绩效目标表',
  '金额单位:万元',
  '| 项目全称  某某普查经费 |  |  |  |',
  '| 主管部门  某某区统计局 |  |  |  |',
  '| 实施单位  某某区统计局 |  |  |  |',
  '| 项目资金总额  120 |  |  |  |',
  '| 年度目标 | 按期完成普查任务 |  |  |',
  '| 一级指标 | 二级指标 | 三级指标 | 指标值 |',
  '| 产出指标 | 数量指标 | 普查资料开发文章 | 6 篇 |',
  '| 效益指标 | 社会效益指标 | 普查数据使用率 | ≥90% |',
];

describe('a head label and its value in one cell of a table row the file gave', () => {
  it('cuts the cell into the label and the value', () => {
    const rows: Row[] = [{ cells: ['项目全称  某某普查经费', '', '', ''], table: true }];
    expect(splitSpacedRows(rows).map((r) => r.cells)).toEqual([['项目全称', '某某普查经费']]);
  });

  it('leaves a plain text line of a label and one word, and a row rebuilt from run-together text, as they are', () => {
    const line: Row = { cells: ['预算单位 某某区卫生健康局'], table: false };
    const rebuilt: Row = { cells: ['项目全称 某某普查经费', ''], table: true, confidence: 0.5 };
    expect(splitSpacedRows([line]).map((r) => r.cells)).toEqual([['预算单位 某某区卫生健康局']]);
    expect(splitSpacedRows([rebuilt]).map((r) => r.cells)).toEqual([['项目全称 某某普查经费', '']]);
  });

  it('leaves one label whose words the copy parted by spaces as it is (traditional script, pinyin glosses)', () => {
    const rows: Row[] = [{ cells: ['年度 總體 目標(biāo)', '', ''], table: true }];
    expect(splitSpacedRows(rows).map((r) => r.cells)).toEqual([['年度 總體 目標(biāo)', '', '']]);
  });

  it('leaves a cell whose first words are no head label as it is', () => {
    const rows: Row[] = [{ cells: ['按期完成普查任务  发挥效益', '', ''], table: true }];
    expect(splitSpacedRows(rows).map((r) => r.cells)).toEqual([['按期完成普查任务  发挥效益', '', '']]);
  });

  it('reads the project name, its departments and the budget of such a head', async () => {
    const f = await projectFormOfText(form.join('\n'));
    expect([f.name, f.supervisor, f.executor, f.budget?.total]).toEqual([
      '某某普查经费',
      '某某区统计局',
      '某某区统计局',
      '120',
    ]);
  });
});
