// A 自评表 row run together whose target and actual are each worded measures (签约率提高1%体检率提高2% |
// 签约率提高1%体检率下降1%): the words both open with are the target's start, not the name's end, and each value is
// read whole rather than its measures as rows of their own.
import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';
import { readFusedRows } from './evaluation-fused.ts';
import { joinWordedMeasures } from './evaluation-worded-measures.ts';

const columns: IndicatorColumn[] = ['name', 'target', 'actual', 'weight', 'score', 'reason'];
const rows = (cell: string) =>
  readFusedRows(joinWordedMeasures(atomsOf([cell])), columns, { maxWeight: 30 }).map((r) => [
    r.name,
    r.cells.target,
    r.cells.actual,
    r.cells.weight,
    r.cells.score,
  ]);

describe('a target and an actual worded alike', () => {
  it('reads one row, the shared opening words given to the target', () => {
    expect(
      rows('家庭医生服务覆盖率、老年人体检率签约人数增加5%体检人数增加3%签约人数增加4%体检人数减少2%106'),
    ).toEqual([
      [
        '家庭医生服务覆盖率、老年人体检率',
        '签约人数增加5%体检人数增加3%',
        '签约人数增加4%体检人数减少2%',
        '10',
        '6',
      ],
    ]);
  });

  it('leaves a row whose actual opens otherwise as it was', () => {
    const cell = '家庭医生服务覆盖率签约人数增加5%完成4%106';
    expect(joinWordedMeasures(atomsOf([cell])).map((a) => a.text)).toEqual(
      atomsOf([cell]).map((a) => a.text),
    );
  });

  it('leaves the words where the actual holds fewer measures than the target', () => {
    const cell = '老年人体检率签约人数增加5%体检人数增加3%签约人数增加4%106';
    expect(joinWordedMeasures(atomsOf([cell])).map((a) => a.text)).toEqual(
      atomsOf([cell]).map((a) => a.text),
    );
  });
});

describe('a target compared with the year before, run into the name and the actual', () => {
  it('reads the comparison as the target and the words after it with the figure as the actual', () => {
    expect(rows('门诊收入高于上年增长5%108')).toEqual([['门诊收入', '高于上年', '增长5%', '10', '8']]);
  });

  it('leaves a comparison no words follow as it was', () => {
    const cell = '门诊收入高于上年5%108';
    expect(joinWordedMeasures(atomsOf([cell])).map((a) => a.text)).toEqual(
      atomsOf([cell]).map((a) => a.text),
    );
  });
});

describe('a reason run into the row’s points', () => {
  it('keeps 部分 / 个别 and the shortfall after it out of the figure’s unit', () => {
    expect(atomsOf(['体检率下降1%126部分群众不愿配合']).map((a) => a.text)).toEqual([
      '体检率下降',
      '1%',
      '126',
      '部分群众不愿配合',
    ]);
    expect(atomsOf(['按时限43个别人未及时完成']).map((a) => a.text)).toEqual([
      '按时限',
      '43',
      '个别人未及时完成',
    ]);
  });

  it('keeps a measure word that opens no shortfall', () => {
    expect(atomsOf(['购置图书12部分类上架']).map((a) => a.text)).toEqual(['购置图书', '12部', '分类上架']);
  });
});

describe('rows a template numbers (任务1, 任务2), run together', () => {
  const cell = '任务1:门诊人次≥90%95%43个别人未及时完成任务2:档案更新率100%98%32录入有延迟';
  it('opens a cell at the next row’s number after words', () => {
    expect(atomsOf([cell]).map((a) => a.text)).toContain('任务2:档案更新率');
  });

  it('keeps a number that opens the text as it was', () => {
    expect(atomsOf(['任务2:档案更新率']).map((a) => a.text)).toEqual(['任务2:档案更新率']);
  });

  it('reads each numbered row apart', () => {
    const read = readFusedRows(atomsOf([cell]), columns, { maxWeight: 30 });
    expect(read.map((r) => r.name)).toEqual(['门诊人次', '档案更新率']);
  });

  it('runs no row’s values into the next numbered cell', () => {
    const read = readFusedRows(
      atomsOf(['任务1:门诊人次按规定时限43个别人未及时完成任务2:档案更新率按规定时限32']),
      columns,
      {
        maxWeight: 30,
      },
    );
    expect(read.at(-1)).toEqual({
      name: '档案更新率',
      cells: { target: '按规定时限', weight: '3', score: '2' },
    });
  });
});

describe('a worded target and actual each followed by the row’s points', () => {
  it('keeps the bare figures out of the values (显著提升 | 10 | 显著提升 | 10)', () => {
    expect(rows('群众生活条件改善状况显著提升10显著提升10')).not.toContainEqual(
      expect.arrayContaining(['显著提升10']),
    );
    const cell = '群众生活条件改善状况显著提升10显著提升10';
    expect(joinWordedMeasures(atomsOf([cell])).map((a) => a.text)).toEqual(
      atomsOf([cell]).map((a) => a.text),
    );
  });
});
