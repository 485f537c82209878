import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import {
  cutLikeTotal,
  namedAfterNote,
  sourceLineInTotal,
  withoutBracketedBreakdowns,
  withoutBracketedFigures,
  withoutRestatedTotal,
} from './budget-line-notes.ts';
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

const COLUMNS = ['initial', 'annual', 'executed', 'weight', 'rate', 'score'];
const run = (name: string, ...figures: string[]) => ({ name, figures, alone: figures.map(() => true) });

describe('a source’s figures the total line took', () => {
  const total = run(
    '年度资金总额',
    '250000.00',
    '250000.00',
    '215457.6',
    '10',
    '8.62',
    '250000.00',
    '250000.00',
    '215457.6',
  );
  const label = run('年度资金总额项目资金(元)实施单位当年财政拨款');

  it('are the line of the fund part named later without figures', () => {
    const lines = [total, run('上年结转资金', '0', '0'), label];
    expect(sourceLineInTotal(lines, COLUMNS, isBudgetTotalLabel).map((l) => [l.name, l.figures])).toEqual([
      ['年度资金总额', ['250000.00', '250000.00', '215457.6', '10', '8.62']],
      ['当年财政拨款', ['250000.00', '250000.00', '215457.6']],
      ['上年结转资金', ['0', '0']],
    ]);
  });

  it('stay the total’s where no line names a part, the part has its line, or a figure exceeds the total’s', () => {
    const unnamed = [total, run('上年结转资金', '0', '0')];
    expect(sourceLineInTotal(unnamed, COLUMNS, isBudgetTotalLabel)).toEqual(unnamed);
    const taken = [total, run('当年财政拨款', '1', '1'), label];
    expect(sourceLineInTotal(taken, COLUMNS, isBudgetTotalLabel)).toEqual(taken);
    const over = [run('年度资金总额', '5', '5', '5', '10', '8', '9', '9', '9'), label];
    expect(sourceLineInTotal(over, COLUMNS, isBudgetTotalLabel)).toEqual(over);
  });
});

// Made for this test after wide/150 (上海): a PDF's text layer on one line, the column of line labels printed
// after the figures, so that the total's figures run on into its 当年财政拨款 line's. Names and figures invented.
const LABELS_AFTER =
  '财政项目支出绩效自评表 (2022 年度) 某场馆委托运营结算费用 项目名称 主管部门 某区体育局 ' +
  '年初预算数 全年预算数 全年执行数 分值 执行率 得分 250000.00 250000.00 215,457.6 10 8.62 ' +
  '250000.00 250000.00 215457.6 — 上年结转资金 0 0 — 其他资金 0 0 — 年度资金总额 项目资金 (元) ' +
  '某区体育事业管理中心 实施单位 其中:当年财政拨款 预期目标 年度 总体 目标 86.19% 实际完成情况 已完成结算。 ' +
  '一级指标 二级指标 数量指标 三级指标 结算完成率 年度 指标值 实际 完成值 分值 得分 =100% 100% 10 10 ' +
  '100 98.62 产出指标 总分\n';

describe('a 自评表 whose line labels a text layer printed after the figures', () => {
  it('reads the 当年财政拨款 line out of the figures after the total’s', async () => {
    const out = await importBuffer(new TextEncoder().encode(LABELS_AFTER), 'after.txt');
    const doc = out.ok ? out.evaluations[0] : undefined;
    if (doc?.kind !== 'self-evaluation') throw new Error('no 自评表 read');
    expect([doc.budget.annual, doc.budget.executed]).toEqual(['25', '21.54576']);
    expect(doc.budget.sources.map((s) => [s.name, s.annual, s.executed])).toEqual([
      ['当年财政拨款', '25', '21.54576'],
      ['上年结转资金', '0', '0'],
      ['其他资金', '0', '0'],
    ]);
  });
});

describe('a note printed inside the block', () => {
  it('loses its bracketed count and its formula, and its 其中 names the line it ran into', () => {
    const lines = [
      line('总额', '0.00', '3.36'),
      line('1.预算执行率=预算执行数/调整后预算数,预算执行率未达到', '90%'),
      line('的需说明原因(', '100'),
      line('字以内);2.其他资金包括:社会投入资金、银行贷款.其中:财政资金', '0.00', '3.36'),
      line('//单位资金', '0.00'),
    ];
    expect(namedAfterNote(withoutBracketedFigures(lines)).map((l) => [l.name, l.figures])).toEqual([
      ['总额', ['0.00', '3.36']],
      ['其中:财政资金', ['0.00', '3.36']],
      ['单位资金', ['0.00']],
    ]);
  });

  it('leaves a fund line with its own brackets and a plain 其中 line alone', () => {
    const lines = [line('总额', '10'), line('其中:财政拨款（一般公共预算）', '6'), line('其他资金', '4')];
    expect(namedAfterNote(withoutBracketedFigures(lines))).toEqual(lines);
  });
});

// Made for this test after wide/103 (四川) copied as run-together text: the block's notes (a rate's formula, a
// count in brackets, what 其他资金 covers) printed between the total line and the parts. Names invented.
const NOTED =
  '部门预算项目支出绩效自评表(2023年度)项目名称某县设备补助资金项目主管部门某县司法局实施单位某县司法局' +
  '预算执行情况(10分)年度预算数(万元)年初预算调整后预算数预算执行数预算执行率权重得分原因' +
  '总额0.003.363.36100.00%1010' +
  '1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);' +
  '2.其他资金包括:社会投入资金、银行贷款.其中:财政资金0.003.363.36100.00%//' +
  '单位资金0.000.000.000.00%//' +
  '绩效指标(90分)一级指标二级指标三级指标指标值完成值权重得分产出指标质量指标设备购买完成率=100%100%1010\n';

describe('a 自评表 whose block prints its notes between the total and the parts', () => {
  it('reads the parts after 其中, none out of the notes', async () => {
    const out = await importBuffer(new TextEncoder().encode(NOTED), 'noted.txt');
    const doc = out.ok ? out.evaluations[0] : undefined;
    if (doc?.kind !== 'self-evaluation') throw new Error('no 自评表 read');
    expect(doc.budget.sources.map((s) => [s.name, s.annual, s.executed])).toEqual([
      ['财政资金', '3.36', '3.36'],
      ['单位资金', '0.00', '0.00'],
    ]);
  });
});

describe('a source printing the total’s amounts again', () => {
  const total = { initial: '310.2', executed: '154.74', weight: '10', rate: '50%', score: '5' };
  const columns = ['initial', 'executed', 'rate'] as const;

  it('is cut as the total was', () => {
    expect(cutLikeTotal('310.2154.74', total, columns)).toEqual({ initial: '310.2', executed: '154.74' });
  });

  it('is not, where its digits are other than the total’s or only one amount repeats', () => {
    expect(cutLikeTotal('300.2154.74', total, columns)).toBeNull();
    expect(cutLikeTotal('310.2', total, columns)).toBeNull();
    expect(cutLikeTotal('310.2154.7410', total, columns)).toBeNull();
  });
});

// Made for this test after wide/213 (北京): a 自评表 copied as one paragraph, the total's figures run together and its
// one source printing its amounts again, run together too. Names invented.
const REPEATED =
  '项目支出绩效自评表(2016年度) 项目名称某街道道路保洁外包经费主管部门及代码某区某街道办事处实施单位:某街道城市运行服务中心' +
  '项目资金(万元) 年初预算数(A)全年执行数(B)分值(10分)执行率(B/A)得分得分计算方法' +
  '年度资金总额:310.2154.741050%5执行率*该指标分值,最高不得超过分值上限。' +
  '其中:本年一般公共预算拨款 310.2154.74   其他资金     年度总体目标通过外包保洁改善辖区环境。' +
  '绩效指标一级指标二级指标三级指标分值年度指标值(A)全年实际值(B)得分\n';

describe('a 自评表 whose one source prints the total’s amounts run together', () => {
  it('reads the source’s amounts as the total’s', async () => {
    const out = await importBuffer(new TextEncoder().encode(REPEATED), 'repeated.txt');
    const doc = out.ok ? out.evaluations[0] : undefined;
    if (doc?.kind !== 'self-evaluation') throw new Error('no 自评表 read');
    expect([doc.budget.initial, doc.budget.executed]).toEqual(['310.2', '154.74']);
    expect(doc.budget.sources.map((s) => [s.name, s.initial, s.executed])).toEqual([
      ['本年一般公共预算拨款', '310.2', '154.74'],
    ]);
  });
});
