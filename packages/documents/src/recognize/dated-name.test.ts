// A 监控表 row run together (the joined shape of the variant generator) whose name is followed by its deadline target
// and a worded actual: made-up rows read by the fused-row reading.
import { describe, expect, it } from 'vitest';
import { endsInDate } from './dated-name.ts';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';

const cols: IndicatorColumn[] = ['name', 'target', 'actualToDate'];
const rows = (text: string) => readFusedRows(atomsOf([text]), cols, { maxWeight: null });

describe('a date after a name', () => {
  it('is the row’s deadline, not the name’s end (桥梁加固完工时间 | 2025年10月底前 | 3座完工)', () => {
    expect(rows('桥梁加固完工时间2025年10月底前3座完工')).toEqual([
      { name: '桥梁加固完工时间', cells: { target: '2025年10月底前', actualToDate: '3座完工' } },
    ]);
  });

  it('stays a name’s words where the name opens with it or goes on after it', () => {
    expect(rows('截至2025年12月底项目开工率100%≥90%')[0]?.name).toBe('截至2025年12月底项目开工率');
    expect(endsInDate('桥梁加固完工时间2025年10月底前')).toBe(true);
    expect(endsInDate('截至2025年12月底项目开工率')).toBe(false);
    expect(endsInDate('2025年度项目开工率')).toBe(false);
  });
});
