// A 监控表 run together (the joined shape of the variant generator) whose progress to date is reported in words with
// an approximate figure (按进度执行,已使用约40%), or as a progress label after a deadline (完成进度40%), and one not yet
// due to be measured (未到收获期): made-up rows, each read by the fused-row reading.
import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';
import { progressReportTail } from './progress-report.ts';

const rowsUnder = (cols: IndicatorColumn[]) => (text: string) =>
  readFusedRows(atomsOf([text]), cols, { maxWeight: null });

describe('a progress report with an approximate figure', () => {
  const rows = rowsUnder(['name', 'actualToDate', 'target']);

  it('is the progress to date whole, its figure the report’s, however short the name', () => {
    expect(rows('成本按进度执行,已使用约35%年度预算180万元')).toEqual([
      { name: '成本', cells: { actualToDate: '按进度执行,已使用约35%', target: '年度预算180万元' } },
    ]);
  });

  it('leaves a name without a progress phrase and its figure as they were', () => {
    expect(rows('资金支出进度35%不低于30%')).toEqual([
      { name: '资金支出进度', cells: { actualToDate: '35%', target: '不低于30%' } },
    ]);
  });

  it('is read from the progress phrase on only where a clause or nothing follows it', () => {
    expect(progressReportTail('成本按进度执行,已使用约')).toEqual([['成本', ['按进度执行,已使用约']]]);
    expect(progressReportTail('设备购置按计划执行')).toEqual([['设备购置', ['按计划执行']]]);
    // (Words glued on after the phrase, or after its clause's figure, are the next cell's.)
    expect(progressReportTail('设备购置按计划执行情况')).toEqual([]);
    expect(progressReportTail('成本按进度执行,已使用约35%年度预算')).toEqual([]);
  });
});

describe('a progress label after a deadline', () => {
  it('takes the percentage after a date: the date is the target (2024年10月底 | 完成进度60%)', () => {
    const rows = rowsUnder(['name', 'target', 'actualToDate']);
    expect(rows('工程完工时间2024年10月底完成进度60%')).toEqual([
      { name: '工程完工时间', cells: { target: '2024年10月底', actualToDate: '完成进度60%' } },
    ]);
  });

  it('takes the percentage after a timeliness name, which a date measures', () => {
    const rows = rowsUnder(['name', 'actualToDate', 'target']);
    expect(rows('工程完工时间完成进度60%2024年10月底')).toEqual([
      { name: '工程完工时间', cells: { actualToDate: '完成进度60%', target: '2024年10月底' } },
    ]);
  });

  it('stays a name’s words after other names (工程形象进度 | 60% | ≥50%)', () => {
    const rows = rowsUnder(['name', 'actualToDate', 'target']);
    expect(rows('工程形象进度60%≥50%')).toEqual([
      { name: '工程形象进度', cells: { actualToDate: '60%', target: '≥50%' } },
    ]);
  });
});

describe('a measure not yet due', () => {
  it('is the progress to date, not the name’s end (未到收获期)', () => {
    const rows = rowsUnder(['name', 'actualToDate', 'target']);
    expect(rows('项目区玉米亩均增产未到收获期不低于40公斤')).toEqual([
      { name: '项目区玉米亩均增产', cells: { actualToDate: '未到收获期', target: '不低于40公斤' } },
    ]);
  });
});
