import { describe, expect, it } from 'vitest';
import { paragraph, type Row } from '../rows/row.ts';
import { joinBrokenLines, markedPage } from './broken-lines.ts';

const lines = (...cells: string[]): Row[] => cells.map((c, k) => paragraph(c, k + 1));
const texts = (rows: Row[]) => rows.map((r) => r.cells.join(' | '));
const tableRow = (...cells: string[]): Row => ({ cells, table: true });

describe('page numbers between two halves of a table', () => {
  it('knows a page number by its dashes or its 第…页, not a bare figure', () => {
    expect(markedPage('— 3 —')).toBe(3);
    expect(markedPage('- 12 -')).toBe(12);
    expect(markedPage('第 3 页')).toBe(3);
    expect(markedPage('第3页 共5页')).toBe(3);
    expect(markedPage('3')).toBeNull();
    expect(markedPage('第3期')).toBeNull();
  });

  it('drops marked page numbers and a bare number that continues their count where its page ends', () => {
    // Pages of four lines: 第 1 页 ends the first, a bare 2 the second; the 2 of the third page is a value.
    const rows = lines('数量指标', '完成数', '2', '第 1 页', '2', '10', '10', '2', '质量指标', '合格率', '2');
    expect(texts(joinBrokenLines(rows))).toEqual([
      '数量指标',
      '完成数',
      '2',
      '2',
      '10',
      '10',
      '质量指标',
      '合格率',
      '2',
    ]);
  });

  it('keeps a bare number when no page is marked: it is as likely a value', () => {
    const rows = lines('完成项目数量', '3', '3', '10', '10');
    expect(texts(joinBrokenLines(rows))).toEqual(['完成项目数量', '3', '3', '10', '10']);
  });

  it('joins a cell the page number cut in two', () => {
    const rows = lines('时效指标', '按期完', '— 3 —', '工率', '100%', '100%');
    expect(texts(joinBrokenLines(rows))).toEqual(['时效指标', '按期完工率', '100%', '100%']);
  });

  it('does not join text around a page number that no value follows', () => {
    const rows = lines('10', '工程质量合格率', '第 2 页', '按期完工', '时效指标');
    expect(texts(joinBrokenLines(rows))).toEqual(['10', '工程质量合格率', '按期完工', '时效指标']);
  });

  it('drops a page number written at the start of the next row', () => {
    const rows = [
      tableRow('— 3 —', '质量指标', '合格率', '100%'),
      tableRow('第 4 页 时效指标', '及时率', '100%'),
      paragraph('— 5 — 说明'),
    ];
    expect(texts(joinBrokenLines(rows))).toEqual([
      '质量指标 | 合格率 | 100%',
      '时效指标 | 及时率 | 100%',
      '说明',
    ]);
    // A row's own first figure is not a page number.
    expect(texts(joinBrokenLines([tableRow('3', '合格率', '100%')]))).toEqual(['3 | 合格率 | 100%']);
  });

  it('joins a row whose values went on to the next page', () => {
    const rows = [tableRow('数量指标', '完成项目数量'), paragraph('第 2 页'), tableRow('1', '1', '10', '10')];
    expect(texts(joinBrokenLines(rows))).toEqual(['数量指标 | 完成项目数量 | 1 | 1 | 10 | 10']);
  });
});

describe('headings and levels broken over lines', () => {
  it('joins a column heading broken after its first characters', () => {
    const rows = lines('一级', '指标', '二级指标', '年度', '指标值', '实际', '完成值', '分值', '得分');
    expect(texts(joinBrokenLines(rows))).toEqual([
      '一级指标',
      '二级指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
    ]);
  });

  it('joins a 一级 and its points broken over lines, and keeps levels that follow each other apart', () => {
    expect(texts(joinBrokenLines(lines('产出', '指标', '(50分)', '数量指标')))).toEqual([
      '产出指标(50分)',
      '数量指标',
    ]);
    expect(texts(joinBrokenLines(lines('产出指标', '(50分)', '数量指标')))).toEqual([
      '产出指标(50分)',
      '数量指标',
    ]);
    expect(texts(joinBrokenLines(lines('数量指标', '质量指标')))).toEqual(['数量指标', '质量指标']);
  });

  it('makes a joined 一级 a row of the table around it', () => {
    const rows = [
      tableRow('一级指标', '二级指标', '三级指标'),
      ...lines('产出', '指标'),
      tableRow('数量指标', '完成数', '1'),
    ];
    const joined = joinBrokenLines(rows);
    expect(joined[1]).toMatchObject({ cells: ['产出指标'], table: true });
  });
});
