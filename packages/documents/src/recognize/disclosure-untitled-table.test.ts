// A 三公 table printed before its title (奉新县 wide/266: 单位:万元 | 项目 | 2022年预算数 | 2023年预算数 | 增减, the
// title and the 说明 under it): read as the 三公 table when its rows name three lines of it exactly.
import { describe, expect, it } from 'vitest';
import type { Row } from '../rows/row.ts';
import { readDisclosure } from './disclosure.ts';
import { importRows, readRows } from '../index.ts';

const table = (rows: string[][]): Row[] => rows.map((cells, i) => ({ cells, table: true, line: i + 1 }));
const TEXT: Row = { cells: ['2023年“三公”经费预算增减变化情况说明'], table: false, line: 20 };

describe('a 三公 table before its title', () => {
  it('is read with its years and changes', () => {
    const rows = [
      ...table([
        ['单位:万元', '', '', ''],
        ['项目', '2022年预算数', '2023年预算数', '2023年预算数增减'],
        ['合计', '2378.77', '2415.44', '36.67'],
        ['1、因公出国(境)费用', '0', '0', '0'],
        ['2、公务接待费', '1114.54', '989.86', '-124.68'],
        ['3、公务用车费', '1264.23', '1425.58', '161.35'],
      ]),
      TEXT,
    ];
    const { figures } = readDisclosure(rows, null).disclosure;
    expect(figures).toMatchObject({
      threePublic: '2415.44',
      threePublicPrior: '2378.77',
      threePublicChange: '36.67',
      threePublicReception: '989.86',
      threePublicVehicles: '1425.58',
    });
  });

  it('reads a table by year whose header became its first row, the group’s own 合计 merged (衢江 wide/310)', async () => {
    const cells = [
      [
        '年度',
        '合计',
        '因公出国(境)经费',
        '公务接待费',
        '公车购置及运行维护费',
        '合计',
        '车辆购置',
        '车辆运行',
      ],
      ['2015年', '2840', '90', '1400', '1350', '73', '1277'],
      ['2016年', '2364', '12', '1356', '996', '37', '959'],
      ['2016年比2015年增减%', '-16.77', '-86.62', '-3.14', '-26.24', '-47.95', '-24.98'],
    ];
    const text = [
      '衢江区2016年一般公共预算安排“三公”经费决算数2364万元,比上年决算数下降16.77 %。',
      '2016年决算数与2015年决算数对比情况',
      ...cells.flat().flatMap((c) => [c, '|']),
    ].join('\n');
    const { format, rows } = await readRows(Buffer.from(text), 'x.txt');
    const outcome = importRows(format, rows);
    const figures = outcome.ok
      ? (outcome.forms[0] as { figures?: Record<string, string | null> }).figures
      : null;
    expect(figures).toMatchObject({
      threePublic: '2364',
      threePublicPrior: '2840',
      threePublicVehicles: '996',
      threePublicVehiclePurchase: '37',
      threePublicVehicleOperationPrior: '1277',
      threePublicVehiclePurchaseChangePercent: '-47.95',
    });
  });

  it('not a table naming fewer 三公 lines', () => {
    const rows = [
      ...table([
        ['项目', '2023年预算数'],
        ['合计', '2415.44'],
        ['基本支出', '2000'],
      ]),
      TEXT,
    ];
    expect(readDisclosure(rows, null).disclosure.tables).toEqual([]);
  });
});
