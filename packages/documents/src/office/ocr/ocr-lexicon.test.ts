import { describe, expect, it } from 'vitest';
import type { Row } from '../../rows/row.ts';
import { nearLabel, nearTitle, oneEditApart, snapToLexicon } from './ocr-lexicon.ts';

const unsure = (cells: string[], sure = 0.3, table = true): Row => ({
  cells,
  table,
  confidence: sure,
  cellConfidence: cells.map(() => sure),
});

describe('OCR near-miss labels and titles put right by the lexicon', () => {
  it('tells strings one edit apart', () => {
    expect(oneEditApart([...'绫效自评表'], [...'绩效自评表'])).toBe(true);
    expect(oneEditApart([...'绩效指标。'], [...'绩效指标'])).toBe(true);
    expect(oneEditApart([...'绩效自评'], [...'绩效自评表'])).toBe(true);
    expect(oneEditApart([...'绩效自评表'], [...'绩效自评表'])).toBe(false);
    expect(oneEditApart([...'绫效目评表'], [...'绩效自评表'])).toBe(false);
  });

  it('a title with one character misread ends in the form title it is one edit from', () => {
    // Before: 项目支出绫效自评表 (绩 read as 绫) was no title, and the whole 自评表 went unread.
    expect(nearTitle('项目支出绫效自评表')).toBe('项目支出绩效自评表');
    expect(nearTitle('绩效目标目评表')).toBe('绩效目标自评表');
    expect(nearTitle('2023年度项目支出绩效目标表（2023年度）')).toBeNull(); // a title already
    expect(nearTitle('项目支出绫效自评表（2023年度）')).toBe('项目支出绩效自评表（2023年度）');
    // Two characters wrong, or a cell that ends in no title's words: left alone.
    expect(nearTitle('项目支出绫效目评表')).toBeNull();
    expect(nearTitle('附表')).toBeNull();
  });

  it('a label one edit from exactly one known label of four characters or more is that label', () => {
    expect(nearLabel('年度总体目于')).toBe('年度总体目标');
    expect(nearLabel('绩效指标。')).toBe('绩效指标');
    // A mark at the edge of a shorter label: dropped when what is left is a known label.
    expect(nearLabel('指标值。')).toBe('指标值');
    expect(nearLabel('、分值')).toBe('分值');
    expect(nearLabel('分值。。')).toBe('分值');
    expect(nearLabel('人次。')).toBeNull();
    // Known words (a label, an indicator level's name) and figures stay as they are.
    expect(nearLabel('年度总体目标')).toBeNull();
    expect(nearLabel('时效指标')).toBeNull();
    expect(nearLabel('生态效益指标')).toBeNull();
    expect(nearLabel('2023年度')).toBeNull();
    expect(nearLabel('总分')).toBeNull();
  });

  it('puts right only cells the engine was unsure of', () => {
    const rows = snapToLexicon(
      [
        unsure(['项目支出绫效自评表'], 0, false),
        unsure(['年度总体目于', '按时完成']),
        unsure(['年度总体目于'], 0.75),
      ],
      0.75,
    );
    expect(rows.map((r) => r.cells)).toEqual([
      ['项目支出绩效自评表'],
      ['年度总体目标', '按时完成'],
      ['年度总体目于'],
    ]);
    // A row the layout gave without confidences (a text layer's) is never touched.
    const typed: Row = { cells: ['年度总体目于'], table: true };
    expect(snapToLexicon([typed], 0.75)[0]).toBe(typed);
  });
});
