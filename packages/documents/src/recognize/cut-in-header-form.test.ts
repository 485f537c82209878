import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { readProjectText } from './test-read-project.ts';

// Made for this test in the shape of a county bureau's notice copied one cell a line (fresh/660's template): the
// notice, its attachment list with a title broken inside its bracket, the 分配表, then 附件2 and the fund's 绩效目标表
// with no head rows, its indicator header turned on its side, the copy ending before the first town's row.
const notice = (header: string[]) =>
  [
    '现将2025年某某补助(第一批困难救助)资金12万元下达给你们(见附件1、2),请加强资金监管。',
    '附件:1.2025年某某补助(第一批',
    '困难救助)资金分配表',
    '2.2025年某某补助(第一批',
    '困难救助)资金绩效目标表',
    '某县民政局',
    '2025年6月3日',
    '|',
    '附件1 |',
    '||',
    '|',
    '镇 |',
    '补助资金 (万元) |',
    '|',
    '甲镇 |',
    '7 |',
    '|',
    '乙镇 |',
    '5 |',
    '|',
    '附件2',
    '|',
    '2025年某某补助 (第一批困难救助)资金绩效目标表 |',
    '|||||',
    ...header,
  ].join('\n');

const SIDEWAYS = [
  '|',
  '镇 |',
  '产出指标 |',
  '效益指标 |',
  '满意度指标 |',
  '||',
  '|',
  '数量指标 |',
  '时效指标 |',
];

describe('the last form cut inside its indicator header', () => {
  it('is named by its title where the levels head the columns', async () => {
    const f = await readProjectText(notice(SIDEWAYS));
    expect(f.name).toBe('2025年某某补助（第一批困难救助）资金');
    expect(f.indicators).toHaveLength(0);
  });

  it('and under the usual header too', async () => {
    const f = await readProjectText(notice(['|', '一级指标 |', '二级指标 |', '三级指标 |', '指标值 |', '|']));
    expect(f.name).toBe('2025年某某补助（第一批困难救助）资金');
  });

  it('makes no form of a title with no header under it', async () => {
    const out = await importBuffer(
      new TextEncoder().encode(notice(['|', '填报说明:各镇据实填写。'])),
      'n.txt',
    );
    expect(out.ok).toBe(false);
  });

  it('makes no form of a title that names only the kind of form', async () => {
    const text = notice(SIDEWAYS).replace(
      '2025年某某补助 (第一批困难救助)资金绩效目标表',
      '项目支出绩效目标表',
    );
    const out = await importBuffer(new TextEncoder().encode(text), 'n.txt');
    expect(out.ok).toBe(false);
  });
});
