// A two-column 三公 table copied one cell a line down its rows, its empty cells dropped (宣州区审计局 fresh/638), and
// the 说明 under it stating what the blank cells leave out.
import { describe, expect, it } from 'vitest';
import type { Row } from '../rows/row.ts';
import { readDisclosure } from './disclosure.ts';
import { readLabelValueLines } from './disclosure-label-value-lines.ts';

const lines = (texts: string[]): Row[] => texts.map((t, i) => ({ cells: [t], table: false, line: i + 1 }));
const cellLines = (texts: string[]) => texts.map((text, row) => ({ text, line: row + 1, row }));

const TABLE = [
  '一、2018年“三公”经费支出预算表',
  '项目',
  '预 算 数(万元)',
  '合计',
  '3.1',
  '因公出国(境)费',
  '0',
  '公务接待费',
  '公务用车购置及运行费',
  '其中:公务用车运行维护费',
  '公务用车购置',
];
const SAID = [
  '二、2018年“三公”经费支出预算情况说明',
  '某某区审计局2018年度“三公”经费支出预算为3.1万元。其中:公务接待费支出预算为3.1万元,公务用车购置及运行费支出预算为0万元。',
];

describe('a 三公 table one cell a line down its rows', () => {
  it('reads each label with the amount after it, a blank where a label follows a label', () => {
    const { figures } = readDisclosure(lines(TABLE), null).disclosure;
    expect(figures).toMatchObject({
      threePublic: '3.1',
      threePublicAbroad: '0',
      threePublicReception: '0',
      threePublicVehicles: '0',
    });
  });

  it('takes the text’s amount for a line the table leaves blank, not for one it prints', () => {
    expect(readDisclosure(lines([...TABLE, ...SAID]), null).disclosure.figures).toMatchObject({
      threePublic: '3.1',
      threePublicAbroad: '0',
      threePublicReception: '3.1',
      threePublicVehicles: '0',
    });
    const printed = TABLE.flatMap((t) => (t === '公务接待费' ? [t, '2'] : [t]));
    expect(readDisclosure(lines([...printed, ...SAID]), null).disclosure.figures).toMatchObject({
      threePublicReception: '2',
    });
  });

  it('takes a bracketed unit note above the header for the table’s unit, no column (烈山区 wide/400)', () => {
    const rows = lines([TABLE[0]!, '(单位:万元)', '项  目', '预 算 数', ...TABLE.slice(3)]);
    const { tables } = readDisclosure(rows, null).disclosure;
    expect(tables[0]).toMatchObject({ unit: '万元', columns: ['项目', '预算数'] });
    expect(tables[0]?.rows[0]).toEqual(['合计', '3.1']);
  });

  it('is no such table where an amount stands for a label, or fewer than three 三公 lines are named', () => {
    expect(
      readLabelValueLines(cellLines(['项目', '预算数', '合计', '3.1', '2', '公务接待费']), 't', null),
    ).toBeNull();
    expect(
      readLabelValueLines(cellLines(['项目', '预算数', '合计', '3.1', '会议费', '2']), 't', null),
    ).toBeNull();
    expect(
      readLabelValueLines(
        cellLines(['项目', '预算数', '合计', '3.1', '因公出国(境)费', '0', '公务接待费']),
        't',
        null,
      )?.table.rows,
    ).toEqual([
      ['合计', '3.1'],
      ['因公出国(境)费', '0'],
      ['公务接待费', ''],
    ]);
  });
});
