// A 三公 table whose cells a copy parted by one space, an empty cell written as a space of its own (岳阳县's 预算情况表:
// wide/237, fresh/639). Made for these tests in that shape; the unit and figures invented.
import { describe, expect, it } from 'vitest';
import type { Disclosure } from '@jixiao/core';
import { importBuffer } from '../import-document.ts';
import type { Row } from '../rows/row.ts';
import { readSpacedRows, spacedCells } from './disclosure-spaced-rows.ts';

const PAGE = [
  '某某县2017年度部门“三公”经费预算情况表',
  '某某中心2017-度部门“三公”经费预算情况表',
  '    单位:元',
  '项目 2016-执行数 2017-预算数',
  '一、支出合计   120000',
  '1、因公出国(境)费用    ',
  '2、公务接待费   70000',
  '3、公务用车费   50000',
  '其中:(1)公务用车运行维护费   50000',
  '(2)公务用车购置    ',
  '二、相关统计数    ',
  '1.因公出国(境)团组数(个)   0',
].join('\n');

const lines = (texts: string[]): Row[] => texts.map((t, i) => ({ cells: [t], table: false, line: i + 1 }));

describe('a 三公 table of space-parted cells', () => {
  it('parts a row’s cells at one space, a further space an empty cell', () => {
    expect(spacedCells(' 0      ')).toEqual(['0', '', '', '']);
    expect(spacedCells('   250000')).toEqual(['', '250000']);
    expect(spacedCells(' 3.1 0 0 0')).toEqual(['3.1', '0', '0', '0']);
    expect(spacedCells('  x')).toBeNull();
  });

  it('reads each amount in its column, in the page’s unit', async () => {
    const out = await importBuffer(new TextEncoder().encode(PAGE), 'page.txt');
    if (!out.ok) throw new Error(out.error.message);
    const d = out.forms.find((f) => f.kind === 'disclosure') as Disclosure;
    expect(d.tables[0]?.columns).toEqual(['项目', '2016-执行数', '2017-预算数']);
    expect(d.figures).toMatchObject({
      threePublic: '12',
      threePublicReception: '7',
      threePublicVehicles: '5',
      threePublicVehicleOperation: '5',
      threePublicAbroad: '0',
    });
  });

  it('is no table where fewer than three rows name 三公 lines or a cell holds words', () => {
    const head = ['某某中心2017年“三公”经费预算表', '项目 2017-预算数'];
    expect(readSpacedRows(lines([...head, '一、支出合计 4.9', '会议费 2', '培训费 1']), 0, 't')).toBeNull();
    expect(
      readSpacedRows(
        lines([
          ...head,
          '一、支出合计 4.9',
          '1、因公出国(境)费用 详见说明',
          '2、公务接待费 1.8',
          '3、公务用车费 3.1',
        ]),
        0,
        't',
      ),
    ).toBeNull();
    expect(
      readSpacedRows(
        lines([
          ...head,
          '一、支出合计 4.9',
          '1、因公出国(境)费用 0',
          '2、公务接待费 1.8',
          '3、公务用车费 3.1',
        ]),
        0,
        't',
      )?.table.rows,
    ).toEqual([
      ['一、支出合计', '4.9'],
      ['1、因公出国(境)费用', '0'],
      ['2、公务接待费', '1.8'],
      ['3、公务用车费', '3.1'],
    ]);
  });
});
