// A 三公 table written one cell per line (wide/163's layout: 项目 | 预算数 | 决算数, then each line's label and
// values one per line, an empty line for an empty cell), restacked into rows; a 决算 table's 预算数 column is
// this year's budget (figures suffixed Budget), its 决算数 the year's figure.
import { describe, expect, it } from 'vitest';
import type { Row } from '../rows/row.ts';
import { readDisclosure } from './disclosure.ts';
import { restackOneCellRows } from './disclosure-vertical-table.ts';

const lines = (cells: string[]): Row[] => cells.map((c, i) => ({ cells: [c], table: true, line: i + 4 }));
const CELLS163 = [
  '项 目', '预 算 数', '决 算 数',
  '合 计', '49.9', '7.69',
  '因公出国(境)费', '20', '',
  '公务接待费', '14.9', '5.21',
  '公务用车购置及运行维护费', '15', '2.48',
  '其中:公务用车运行维护费', '15', '2.48',
  '公务用车购置费',
];
const document = (cells: string[]): Row[] => [
  { cells: ['一、2021年度一般公共预算财政拨款“三公”经费支出决算表'], table: false, line: 2 },
  { cells: ['单位:万元'], table: false, line: 3 },
  ...lines(cells),
  { cells: ['二、2021年度一般公共预算财政拨款“三公”经费支出情况说明'], table: false, line: 30 },
];

describe('a table written one cell per line', () => {
  it('is restacked three cells a row after its three header labels, a last row cut short kept', () => {
    const rows = restackOneCellRows(lines(CELLS163))!;
    expect(rows.map((r) => r.cells)).toEqual([
      ['项 目', '预 算 数', '决 算 数'],
      ['合 计', '49.9', '7.69'],
      ['因公出国(境)费', '20', ''],
      ['公务接待费', '14.9', '5.21'],
      ['公务用车购置及运行维护费', '15', '2.48'],
      ['其中:公务用车运行维护费', '15', '2.48'],
      ['公务用车购置费', '', ''],
    ]);
  });

  it('is not restacked when a label stands where a value should (not N cells a row) or rows have two cells', () => {
    expect(restackOneCellRows(lines(['项目', '预算数', '决算数', '合计', '49.9', '7.69', '公务接待费', '接待', '5.21']))).toBeNull();
    expect(restackOneCellRows([{ cells: ['项目', '金额'], table: true }, ...lines(['合计', '49.9', '7.69'])])).toBeNull();
  });

  it('gives the 决算数 as the year’s figures and the 预算数 beside them as this year’s budget', () => {
    const { figures } = readDisclosure(document(CELLS163), null).disclosure;
    expect(figures).toMatchObject({
      threePublic: '7.69',
      threePublicBudget: '49.9',
      threePublicReception: '5.21',
      threePublicReceptionBudget: '14.9',
      threePublicVehicles: '2.48',
      threePublicVehiclesBudget: '15',
      threePublicAbroad: '0',
      threePublicAbroadBudget: '20',
    });
  });
});
