import { describe, expect, it } from 'vitest';
import { pageRows } from './pdf-layout.ts';
import { piece } from './pdf-test-pages.ts';

// Made for this test: a 自评结果's prose as a PDF prints it, ten points a character, the text column from x = 50 to
// 450 (40 characters), each line 14 points under the one before — the page cuts a sentence wherever the column ends,
// and ends a line early where a figure would not fit.
const lines = (texts: Array<[string, number?]>) => texts.map(([t, x = 50], k) => piece(t, x, 700 - 14 * k));

const WRAPPED: Array<[string, number?]> = [
  ['(一)评价得分情况。'],
  ['对照某某学院助学金项目年初绩效目标及项目实际完成情况,自评小组经过自评,综合评'],
  ['价得分为 95.5分,等级为优秀,各项目标均按计划完成,资金使用规范,财务管理'],
  ['制度健全。'],
  ['(二)绩效目标完成情况'],
  ['根据文件批复,2022年助学金项目实际下达预算1200万元,实际总支出'],
  ['1188.25 万元,项目预算执行率99%。'],
];

describe('prose the page wrapped outside tables', () => {
  it('joins a line that runs to the column edge without closing its sentence to the line under it', () => {
    expect(pageRows(lines(WRAPPED)).map((r) => r.cells)).toEqual([
      ['(一)评价得分情况。'],
      [
        '对照某某学院助学金项目年初绩效目标及项目实际完成情况,自评小组经过自评,综合评价得分为 95.5分,等级为优秀,各项目标均按计划完成,资金使用规范,财务管理制度健全。',
      ],
      ['(二)绩效目标完成情况'],
      ['根据文件批复,2022年助学金项目实际下达预算1200万元,实际总支出1188.25 万元,项目预算执行率99%。'],
    ]);
  });

  it('keeps apart a closed sentence, a line short of the edge, an indented line and a new item', () => {
    const apart: Array<[string, number?]> = [
      ['对照某某学院助学金项目年初绩效目标及项目实际完成情况,经自评小组评价得分为优。'],
      ['综合评价得分为 95.5分,等级为优秀,各项目标均按计划完成,无偏差无'],
      ['对照某某学院助学金项目年初绩效目标及项目实际完成情况,自评小组经过自评,综合评'],
      ['价得分为 95.5分。', 70],
      ['对照某某学院助学金项目年初绩效目标及项目实际完成情况,自评小组经过自评,综合评'],
      ['1、执行率情况。'],
    ];
    expect(pageRows(lines(apart)).map((r) => r.cells[0])).toEqual(apart.map(([t]) => t));
  });
});
