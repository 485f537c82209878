import { describe, expect, it } from 'vitest';
import { cutBudgetRun } from './budget-run-cut.ts';
import { paragraph } from '../rows/row.ts';
import { cellStream } from './evaluation-cells.ts';
import { keyed } from './evaluation-text.ts';
import { readBudgetInText } from './evaluation-stream-budget.ts';
import type { BudgetColumn } from './evaluation-budget-labels.ts';

const cols = (s: string) => s.split(' ') as BudgetColumn[];

describe('a budget line run together, its blank columns anywhere', () => {
  it('cuts 6363100% as 63 | 63 | 100% with the 得分 and 分值 between them blank', () => {
    // 63 ÷ 63 = 100 %; the two points columns printed nothing.
    expect(cutBudgetRun('6363100%', cols('annual executed score weight rate'))).toEqual({
      annual: '63',
      executed: '63',
      rate: '100%',
    });
  });

  it('cuts thousands separators, a blank 年初 column and the points after the rate', () => {
    // 10,000,000.00 ÷ 10000000.00 = 100 %; 20 × 100 % = 20.
    expect(
      cutBudgetRun('10000000.0010,000,000.0020100%20', cols('initial annual executed score rate weight')),
    ).toEqual({ annual: '10000000.00', executed: '10,000,000.00', score: '20', rate: '100%', weight: '20' });
  });

  it('reads amounts to the yuan in 万元 (six decimals) where the rate bears them out', () => {
    expect(cutBudgetRun('38.76646238.766462100%1010', cols('annual executed rate score weight'))).toEqual({
      annual: '38.766462',
      executed: '38.766462',
      rate: '100%',
      score: '10',
      weight: '10',
    });
  });

  it('keeps a 年初 amount the arithmetic leaves in one place only, and the points that miss 分值 × 执行率', () => {
    // 37.24 ÷ 43.2 = 86.2 % printed 86%; 9 is no 10 × 86 % but stands where nothing else can.
    expect(cutBudgetRun('43.243.237.241086%9', cols('initial annual executed weight rate score'))).toEqual({
      initial: '43.2',
      annual: '43.2',
      executed: '37.24',
      weight: '10',
      rate: '86%',
      score: '9',
    });
  });

  it('keeps a figure of points that could stand in two columns, the form to tell which', () => {
    // 251.89 ÷ 251.89 = 100 %; the 10 after it is 得分 or 分值, nothing on the line tells which: it is kept in the
    // first, and the form's table places it (lone-points.ts).
    expect(
      cutBudgetRun('238.93251.89251.8910100.00%', cols('initial annual executed score weight rate')),
    ).toEqual({
      initial: '238.93',
      annual: '251.89',
      executed: '251.89',
      rate: '100.00%',
      score: '10',
    });
  });

  it('reads nothing that no arithmetic confirms', () => {
    // 220 | 87.57 or 2208 | 7.57: no rate to tell.
    expect(cutBudgetRun('22087.57', cols('initial executed rate'))).toBeNull();
    expect(cutBudgetRun('100', cols('annual executed weight score rate'))).toBeNull();
    // 0 | 0% holds beside any budget: a rate of 0 confirms nothing.
    expect(cutBudgetRun('150000%', cols('annual executed score weight rate'))).toBeNull();
  });

  it('reads a rate by its sign alone, and no amount beside it', () => {
    expect(cutBudgetRun('103.21%', cols('annual executed weight score rate'))).toEqual({ rate: '103.21%' });
    expect(cutBudgetRun('10100%', cols('annual executed weight rate score'))).toEqual({ rate: '100%' });
  });

  it('reads no coincidence of a cut in the wrong place (201 of 10,000,000.00 at 0%, 1,579,700.005)', () => {
    expect(cutBudgetRun('20000000.0011,579,700.0057.89%', cols('annual executed rate score weight'))).toEqual(
      {
        annual: '20000000.00',
        executed: '11,579,700.00',
        rate: '57.89%',
      },
    );
  });
});

describe('a budget line run together that no rate confirms, cut by its print', () => {
  it('reads an amount printed twice as a budget spent in full, its points the whole 分值', () => {
    // 14370000.00 = 14,370,000.00: spent in full, 10 of 10 points; the rate column left blank.
    expect(cutBudgetRun('14370000.0014,370,000.001010', cols('annual executed rate score weight'))).toEqual({
      annual: '14370000.00',
      executed: '14,370,000.00',
      score: '10',
      weight: '10',
    });
    expect(cutBudgetRun('143714371010', cols('annual executed weight rate score'))).toEqual({
      annual: '1437',
      executed: '1437',
      weight: '10',
      score: '10',
    });
  });

  it('reads amounts printed to the same decimals, and a rate the amounts do not bear out as printed', () => {
    expect(cutBudgetRun('2960.002960.002798.30', cols('initial annual executed weight rate score'))).toEqual({
      initial: '2960.00',
      annual: '2960.00',
      executed: '2798.30',
    });
    // 468 ÷ 650 is 72 %: the rate of a 监控表 is taken on another base at times; the print cuts the run all the same.
    expect(cutBudgetRun('650.00468.0065.00%', cols('annual executed rate'))).toEqual({
      annual: '650.00',
      executed: '468.00',
      rate: '65.00%',
    });
  });

  it('leaves out an amount its print places in two columns, keeping the 执行数 a rate says was spent', () => {
    // 236 | 236 under 年初 | 调整后 | 全年执行数: the 执行数 and one of the budgets, which one the line does not say.
    expect(cutBudgetRun('236236', cols('initial annual executed score weight rate'))).toEqual({
      executed: '236',
    });
    // 142.50 | 44.53% (not 142.504 | 4.5 | 3%, a whole per cent a wrong cut holds).
    expect(cutBudgetRun('142.5044.53%', cols('initial executed rate'))).toEqual({
      executed: '142.50',
      rate: '44.53%',
    });
  });

  it('reads a bare rate where it is the share (1 for a budget spent in full), nowhere else', () => {
    expect(cutBudgetRun('1.561.56201', cols('initial annual executed score rate weight'))).toEqual({
      annual: '1.56',
      executed: '1.56',
      score: '20',
      rate: '1',
    });
    expect(cutBudgetRun('290000.00278000.000.958', cols('annual executed rate'))).toEqual({
      annual: '290000.00',
      executed: '278000.00',
      rate: '0.958',
    });
  });

  it('prefers amounts printed alike, and points rounded as printed', () => {
    // 65.07 ÷ 65.66 and 65.079 ÷ 65.66 are both 99 %: 65.66 | 65.07 | 9 prints its amounts alike.
    expect(cutBudgetRun('65.6665.07999%10', cols('annual executed score rate weight'))).toEqual({
      annual: '65.66',
      executed: '65.07',
      score: '9',
      rate: '99%',
      weight: '10',
    });
    // 10 × 86 % = 8.6, printed 9.
    expect(cutBudgetRun('43.243.237.24986%10', cols('initial annual executed score rate weight'))).toEqual({
      initial: '43.2',
      annual: '43.2',
      executed: '37.24',
      score: '9',
      rate: '86%',
      weight: '10',
    });
  });

  it('reads full-width figures as their half-width forms, and no tiny bare rate a wrong cut holds', () => {
    expect(cutBudgetRun('１４３７１４３７１０１０', cols('annual executed weight rate score'))).toEqual({
      annual: '1437',
      executed: '1437',
      weight: '10',
      score: '10',
    });
    // Not 2960.0029 | 6 | 0.002 | 7 | 98.30 (6 ÷ 2960.0029 is 0.002).
    expect(cutBudgetRun('2960.002960.002798.30', cols('initial annual executed rate score weight'))).toEqual({
      initial: '2960.00',
      annual: '2960.00',
      executed: '2798.30',
    });
  });

  it('takes no points a loose bare rate ties; of an amount printed twice, the 执行数 alone', () => {
    // Not 387 | 664.62 | 38 | 6 | 76 | 4.62 (76 × 6 % is 4.56); 387664.62 | 387664.62 is the 执行数 and one of the budgets.
    expect(cutBudgetRun('387664.62387664.62', cols('initial annual executed rate weight score'))).toEqual({
      executed: '387664.62',
    });
  });

  it('still reads nothing where neither arithmetic nor print tells the cut', () => {
    // 208 | 109.8 or 20810 | 9.8.
    expect(cutBudgetRun('208109.8', cols('annual executed weight rate score'))).toBeNull();
  });
});

describe('a budget line run together whose points the cut cannot place itself', () => {
  it('keeps one figure of points every reading places in 分值 or 得分, for the form to place', () => {
    // 34.64 ÷ 34.64 = 100 %; the 20 after it is the 分值 or the 得分 (the other left blank): either, never dropped.
    const read = cutBudgetRun('34.6434.64100%20', cols('annual executed rate weight score'));
    expect(read).toMatchObject({ annual: '34.64', executed: '34.64', rate: '100%' });
    expect(read?.weight ?? read?.score).toBe('20');
    // A bare rate of 1 (the share) beside amounts printed twice, then the points.
    const bare = cutBudgetRun('15600.0015,600.00120', cols('initial annual executed rate weight score'));
    expect(bare).toMatchObject({ annual: '15600.00', executed: '15,600.00', rate: '1' });
    expect(bare?.weight ?? bare?.score).toBe('20');
  });

  it('keeps the points after a rate its sign alone names', () => {
    // 100% | 10 under 执行率 | 得分 | 分值, the amounts blank: the 10 is points, in one column or the other.
    const read = cutBudgetRun('100%10', cols('annual executed rate score weight'));
    expect(read?.rate).toBe('100%');
    expect(read?.weight ?? read?.score).toBe('10');
    // 10 | 100% under 年初 | 全年 | 执行数 | 分值 | 执行率: the 10 may be an amount as well — left out.
    expect(cutBudgetRun('10100%', cols('initial annual executed weight rate score'))).toEqual({
      rate: '100%',
    });
  });

  it('keeps no points where nothing else is read, nor where the readings place other figures as points', () => {
    expect(cutBudgetRun('208109.8', cols('annual executed weight rate score'))).toBeNull();
    // 63 | 63 | 100% with both points columns blank: nothing to keep.
    expect(cutBudgetRun('6363100%', cols('annual executed score weight rate'))).toEqual({
      annual: '63',
      executed: '63',
      rate: '100%',
    });
  });

  it('reads amounts printed twice under three amount columns as the 全年 budget spent in full where points follow', () => {
    // 得分 20 scores an execution: the second 2.38 is the 执行数, the first the budget the rate is taken on.
    const read = cutBudgetRun('2.382.3820', cols('initial annual executed score weight rate'));
    expect(read).toMatchObject({ annual: '2.38', executed: '2.38' });
    expect(read?.weight ?? read?.score).toBe('20');
    expect(read?.initial).toBeUndefined();
  });

  it('reads the 执行数 of two amounts with nothing after them, not the budget whose column the line leaves untold', () => {
    // 236 | 236 under 年初 | 全年 | 执行数: the block reports what was spent, so one of the two is the 执行数 — the last
    // amount column's; whether the other is the 年初 or the 全年 budget the copy does not say.
    expect(cutBudgetRun('236236', cols('initial annual executed rate score weight'))).toEqual({
      executed: '236',
    });
    // Two amounts printed alike to the fen, the second less: the 执行数 of a budget the line does not name.
    expect(
      cutBudgetRun('23309000.0023,104,000.00', cols('initial annual executed weight rate score')),
    ).toEqual({ executed: '23,104,000.00' });
    // A rate of 0%: nothing spent, so no 执行数 is told.
    expect(
      cutBudgetRun('2.382.380%', cols('initial annual executed rate weight score'))?.executed,
    ).toBeUndefined();
  });
});

describe('the budget block of a form run together on one line', () => {
  const totalLine = (text: string) =>
    readBudgetInText(keyed(text), cellStream([paragraph(text, 1)]))?.lines[0]?.values;

  it('reads the line cut by its arithmetic, the thousands separators inside the run', () => {
    // Made for this test in the shape of a copied web page: labels in one order, the figures with blanks between.
    expect(
      totalLine(
        '项目资金(万元)年初批复数全年预算数全年执行数(B)得分执行率(B/A)权重合计1500.001,500.0020100%20一级指标',
      ),
    ).toEqual({ annual: '1500.00', executed: '1500.00', score: '20', rate: '100', weight: '20' });
    expect(
      totalLine('项目资金(万元)全年预算数(A)全年执行数得分权重预算执行率年度资金总额6363100%年度目标'),
    ).toEqual({
      annual: '63',
      executed: '63',
      rate: '100',
    });
  });
});
