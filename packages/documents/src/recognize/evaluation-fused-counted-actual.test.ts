// A target counted in a measure word (680人) and its actual run into the score column and the next name
// (680人652人国家助学金人数, a preview that glued a 自评表's cells): the actual keeps the word, not 65 | 2.
import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';

const cols: IndicatorColumn[] = ['name', 'target', 'actual', 'score'];
const rows = (text: string) => readFusedRows(atomsOf([text]), cols, { maxWeight: null });

describe('an actual counted in its target’s word', () => {
  it('keeps 652人 whole rather than 65 | 2 with 人 opening the next name', () => {
    // Made for this test after wide/463 (a 湖北 学生资助 自评表 whose digits were written back by hand).
    expect(rows('某类奖励人数680人652人某类补助人数3900人3750人')).toEqual([
      { name: '某类奖励人数', cells: { target: '680人', actual: '652人' } },
      { name: '某类补助人数', cells: { target: '3900人', actual: '3750人' } },
    ]);
  });

  it('still reads a bare actual under a percent target and a score after it', () => {
    expect(rows('某项达标率≥95%9610某项满意度≥90%9510')).toEqual([
      { name: '某项达标率', cells: { target: '≥95%', actual: '96', score: '10' } },
      { name: '某项满意度', cells: { target: '≥90%', actual: '95', score: '10' } },
    ]);
  });
});

describe('a 监控表’s actual to date counted in its target’s word', () => {
  const monitor = (text: string) =>
    readFusedRows(atomsOf([text]), ['name', 'target', 'actualToDate'], { maxWeight: null });

  it('keeps the word with the figure (58场), not opening the next name', () => {
    // Made for this test after wide/483 (a 杭州 监控表 copied without cell breaks).
    expect(monitor('某类活动场次≥120场58场某类下乡场次≥200场96场')).toEqual([
      { name: '某类活动场次', cells: { target: '≥120场', actualToDate: '58场' } },
      { name: '某类下乡场次', cells: { target: '≥200场', actualToDate: '96场' } },
    ]);
  });
});
