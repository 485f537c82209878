import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { withoutBracketedBreakdowns, withoutRestatedTotal } from './budget-line-notes.ts';
import { isBudgetTotalLabel } from './evaluation-budget-labels.ts';

const line = (name: string, ...figures: string[]) => ({ name, figures });

describe('a figure’s bracketed breakdown', () => {
  it('is dropped, and the line the bracket closes in keeps its words after it', () => {
    const lines = [
      line('年度资金总额:', '38.75万元'),
      line('(少数民族发展资金', '37万元'),
      line(',中央衔接资金', '1.75万元'),
      line(')其中:财政拨款', '37万元'),
    ];
    expect(withoutBracketedBreakdowns(lines)).toEqual([
      line('年度资金总额:', '38.75万元'),
      line('其中:财政拨款', '37万元'),
    ]);
  });

  it('is left as read where the bracket never closes or follows no figure', () => {
    const open = [line('年度资金总额', '10'), line('(少数民族发展资金', '6'), line('其他资金', '4')];
    expect(withoutBracketedBreakdowns(open)).toEqual(open);
    const first = [line('(一)财政拨款', '6'), line('其他)资金', '4')];
    expect(withoutBracketedBreakdowns(first)).toEqual(first);
  });
});

describe('the total printed again before 其中', () => {
  it('is dropped under a name that is no fund’s, kept under a fund’s', () => {
    const lines = [
      line('年度资金总额', '38.75'),
      line('某某边销茶推广项目', '38.75'),
      line('财政拨款', '38.75'),
      line('其中:中央资金', '37'),
      line('地方资金', '1.75'),
    ];
    expect(withoutRestatedTotal(lines, isBudgetTotalLabel).map((l) => l.name)).toEqual([
      '年度资金总额',
      '财政拨款',
      '其中:中央资金',
      '地方资金',
    ]);
  });

  it('is kept where no 其中 opens the parts', () => {
    const lines = [line('年度资金总额', '10'), line('某某项目', '10')];
    expect(withoutRestatedTotal(lines, isBudgetTotalLabel)).toEqual(lines);
  });
});

// Made for this test after wide/112 (宁夏): a 自评表 copied as one paragraph, the total row's cells each the
// project's name with the amount and its breakdown in brackets, then the sources after 其中. Names invented.
const PARAGRAPH =
  '项目支出绩效自评表(2022年度)项目名称某县边销茶推广项目主管部门某县宗教事务局实施单位某县民族宗教事务局' +
  '项目资金(万元)年初预算数全年执行数年度资金总额:38.75万元' +
  '2022年某县边销茶推广项目38.75万元(少数民族发展资金37万元,中央衔接资金1.75万元)'.repeat(3) +
  '其中:财政拨款少数民族发展资金37万元其他资金中央衔接资金1.75万元' +
  '年度总体目标通过实施边销茶推广项目,保障困难群众生活。\n' +
  '一级指标 | 二级指标 | 三级指标 | 指标值 | 实际值 | 分值 | 得分\n' +
  '产出指标 | 数量指标 | 发放人数 | 3875人 | 3620人 | 20 | 18\n';

describe('a 自评表 run together in one paragraph', () => {
  it('reads the two sources after 其中, not the total’s cells or their breakdowns', async () => {
    const out = await importBuffer(new TextEncoder().encode(PARAGRAPH), 'paragraph.txt');
    const doc = out.ok ? out.evaluations[0] : undefined;
    if (doc?.kind !== 'self-evaluation') throw new Error('no 自评表 read');
    expect(doc.budget.initial).toBe('38.75');
    expect(doc.budget.sources.map((s) => [s.name, s.initial])).toEqual([
      ['财政拨款少数民族发展资金', '37'],
      ['其他资金中央衔接资金', '1.75'],
    ]);
  });
});
