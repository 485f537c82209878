import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { readBudgetInText } from './evaluation-stream-budget.ts';
import { keyed } from './evaluation-text.ts';

// Made for these tests in the `joined` shape of the variant generator with its budget printed one label–figure row
// each (`budgetRows`): the block's labels and figures in turn, a label left blank running into the next.
const read = (text: string) => readBudgetInText(keyed(text), [])?.lines;

describe('a budget block of label–figure rows run together', () => {
  it('gives each figure to the label right before it', () => {
    expect(
      read('项目资金(万元)全年预算数(A)1000执行数(B)980得分19.6预算执行率98%分值20年度绩效目标按期完成'),
    ).toEqual([
      {
        name: '',
        total: true,
        values: { annual: '1000', executed: '980', score: '19.6', rate: '98', weight: '20' },
      },
    ]);
  });

  it('leaves a label with no figure blank, full-width figures and the stated unit read', () => {
    const lines = read(
      '金额单位：元项目资金（元）年初预算数全年预算数３，０００，０００．００全年执行数２５９４５００．００分值执行率（B/A）８６．５％得分年度绩效目标',
    );
    expect(lines?.[0]?.values).toEqual({ annual: '300', executed: '259.45', rate: '86.5' });
  });

  it("reads the block's heading printed again before each label (its rows' spanning cell)", () => {
    const lines = read(
      '项目资金(万元)年初批复数43.2项目资金(万元)调整后预算数43.2项目资金(万元)全年执行数37.24项目资金(万元)执行率86%' +
        '项目资金(万元)得分9项目资金(万元)权重10年度目标按期完成',
    );
    expect(lines?.[0]?.values).toEqual({
      initial: '43.2',
      annual: '43.2',
      executed: '37.24',
      rate: '86',
      score: '9',
      weight: '10',
    });
  });

  it('takes no figure for a blank label out of the digit opening the next (1-7月执行数)', () => {
    const lines = read('项目资金（万元）年初预算数1-7月执行数912.00预算执行进度60.00%年度总体目标按期完成');
    expect(lines?.[0]?.values).toEqual({ executed: '912.00', rate: '60.00' });
  });

  it('is not read so where the figures stand after the labels', () => {
    const lines = read('全年预算数全年执行数执行率年度资金总额1000980.0098%年度绩效目标');
    expect(lines?.[0]?.values.annual).not.toBe('1000980.0098%');
    expect(lines?.[0]?.name).toBe('年度资金总额');
  });

  it('reads the block of a 自评表 run together on one line', async () => {
    const text =
      '项目绩效自评表(2023年度)项目名称某县道路维修项目主管部门某县交通局项目单位某县公路站' +
      '项目资金(万元)全年预算数(A)200执行数(B)180得分18预算执行率90%分值20年度绩效目标按期完成维修任务' +
      '一级指标二级指标三级指标年度指标值实际完成值分值得分产出指标数量指标维修道路长度≥20公里20公里3030';
    const out = await importBuffer(new TextEncoder().encode(`${text}\n`), 'joined.txt');
    const doc = out.ok ? out.evaluations[0] : undefined;
    expect(doc?.kind === 'self-evaluation' ? doc.budget : null).toMatchObject({
      annual: '200',
      executed: '180',
      rate: '90',
    });
  });
});
