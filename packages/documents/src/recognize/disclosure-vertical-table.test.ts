// A 三公 table written one cell per line (wide/163's layout: 项目 | 预算数 | 决算数, then each line's label and
// values one per line, an empty line for an empty cell), restacked into rows; a 决算 table's 预算数 column is
// this year's budget (figures suffixed Budget), its 决算数 the year's figure.
import { describe, expect, it } from 'vitest';
import type { Row } from '../rows/row.ts';
import { readDisclosure } from './disclosure.ts';
import { restackOneCellRows } from './disclosure-vertical-table.ts';

const lines = (cells: string[]): Row[] => cells.map((c, i) => ({ cells: [c], table: true, line: i + 4 }));
const CELLS163 = [
  '项 目',
  '预 算 数',
  '决 算 数',
  '合 计',
  '49.9',
  '7.69',
  '因公出国(境)费',
  '20',
  '',
  '公务接待费',
  '14.9',
  '5.21',
  '公务用车购置及运行维护费',
  '15',
  '2.48',
  '其中:公务用车运行维护费',
  '15',
  '2.48',
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
    expect(
      restackOneCellRows(
        lines(['项目', '预算数', '决算数', '合计', '49.9', '7.69', '公务接待费', '接待', '5.21']),
      ),
    ).toBeNull();
    expect(
      restackOneCellRows([{ cells: ['项目', '金额'], table: true }, ...lines(['合计', '49.9', '7.69'])]),
    ).toBeNull();
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

// Made for this test: a 三公 决算 table copied one cell a line (a web page's table, each cell ended by its pipe),
// its two-row header flattened (公务用车购置及运行费 and 公务接待费 over 小计 and their parts), the columns numbered
// under 行次, then rows by period: the year's 预算数, its 决算数, last year's 决算数 and their difference.
const BY_PERIOD = [
  '三公经费项目',
  '合计',
  '因公出国(境)费',
  '公务用车购置及运行费',
  '公务接待费',
  '小计',
  '公务用车购置费',
  '公务用车运行费',
  '小计',
  '行政运行',
  '其他支出',
  '行次',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '2020年度预算数',
  '12.00',
  '0.00',
  '8.00',
  '0.00',
  '8.00',
  '4.00',
  '4.00',
  '上年结转1.50',
  '2020年度决算数',
  '10.50',
  '0.00',
  '7.20',
  '0.00',
  '7.20',
  '3.30',
  '1.30',
  '2.00',
  '2019年度决算数',
  '11.00',
  '1.00',
  '7.00',
  '0.00',
  '7.00',
  '3.00',
  '3.00',
  '0.00',
];

describe('a table one cell a line whose header numbers its columns (行次 1 … N)', () => {
  it('is restacked a label and N cells a row, each group of the header replaced by its sub-columns', () => {
    const rows = restackOneCellRows(lines(BY_PERIOD))!;
    expect(rows[0]!.cells).toEqual([
      '三公经费项目',
      '合计',
      '因公出国(境)费',
      '公务用车购置及运行费/小计',
      '公务用车购置及运行费/公务用车购置费',
      '公务用车购置及运行费/公务用车运行费',
      '公务接待费/小计',
      '公务接待费/行政运行',
      '公务接待费/其他支出',
    ]);
    expect(rows.slice(1).map((r) => r.cells[0])).toEqual([
      '2020年度预算数',
      '2020年度决算数',
      '2019年度决算数',
    ]);
    expect(rows[1]!.cells.at(-1)).toBe('上年结转1.50');
  });

  it('is not restacked when the numbers under 行次 do not count 1 … N, or the labels do not make N columns', () => {
    const skipped = BY_PERIOD.map((c, k) => (k === 14 ? '4' : c));
    expect(restackOneCellRows(lines(skipped))).toBeNull();
    expect(restackOneCellRows(lines(BY_PERIOD.filter((c) => c !== '其他支出')))).toBeNull();
  });

  it('reads the year’s 决算数 row as its figures, the 预算数 row as its budget and the year before as Prior', () => {
    const { figures } = readDisclosure(
      [
        { cells: ['2020年度“三公”经费决算表'], table: false, line: 2 },
        { cells: ['(单位:万元)'], table: false, line: 3 },
        ...lines(BY_PERIOD),
      ],
      null,
    ).disclosure;
    expect(figures).toMatchObject({
      threePublic: '10.50',
      threePublicBudget: '12.00',
      threePublicPrior: '11.00',
      threePublicVehicles: '7.20',
      threePublicReception: '3.30',
      threePublicReceptionBudget: '4.00',
    });
  });
});
