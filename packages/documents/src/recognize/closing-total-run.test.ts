import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { closingTotalInRun } from './closing-total-run.ts';

// Made for these tests: 自评表 run together on one line, as a copy without cell breaks gives them (values invented).

async function selfEvaluation(text: string) {
  const out = await importBuffer(new TextEncoder().encode(text + '\n'), 'selfeval.txt');
  expect(out.ok).toBe(true);
  const doc = out.ok ? out.evaluations[0] : undefined;
  return doc?.kind === 'self-evaluation' ? doc : undefined;
}

const HEAD =
  '项目支出绩效自评表（2023年度）项目名称社区养老服务补助主管部门某区民政局项目资金（万元）年初预算数全年预算数全年执行数分值执行率得分' +
  '年度资金总额5050100%100%10年度目标按期完成补助发放';
const TABLE =
  '一级指标二级指标三级指标年度指标值实际完成值分值得分产出指标数量指标补助人数≥500人520人4040' +
  '满意度指标服务对象满意度指标老人满意度≥90%88%5048';

describe('the closing total of a 自评表 run together', () => {
  it('cuts the 分值 and the 得分 run into the total label, in either order', async () => {
    expect((await selfEvaluation(HEAD + TABLE + '合计10098'))?.total).toBe('98');
    expect((await selfEvaluation(HEAD + TABLE + '总分98100'))?.total).toBe('98');
    const doc = await selfEvaluation(HEAD + TABLE + '自评总分10097.93自评等级优');
    expect(doc).toMatchObject({ total: '97.93', totalWeight: '100', grade: '优' });
  });

  it('reads one figure after 合计 as the score, in full-width figures too', async () => {
    expect((await selfEvaluation(HEAD + TABLE + '合计９８．５'))?.total).toBe('98.5');
  });

  it('reads the one figure under a table of 分值 without 得分 as the 分值’s sum, no score', async () => {
    const unscored = TABLE.replace('分值得分', '分值').replace('4040', '40').replace('5048', '50');
    const doc = await selfEvaluation(HEAD + unscored + '合计100评价等级优');
    expect(doc).toMatchObject({ total: null, totalWeight: '100', grade: '优' });
  });

  it('reads no total out of the budget block’s 合计 line', () => {
    // The block's 合计 runs into its rate (…100%): the form does not end there.
    expect(closingTotalInRun('项目资金合计1010100%10年度目标完成')).toBeNull();
    // Nor a line whose indicator rows follow it.
    expect(closingTotalInRun('合计10098一级指标产出指标')).toBeNull();
  });

  it('cuts two scores only where one is the points the form is out of', () => {
    // 95 | 10: nothing says 95 is what the form is scored out of.
    expect(closingTotalInRun('合计9510')).toBeNull();
    // The rows' 分值 with the budget's make 95: the form is out of them.
    expect(closingTotalInRun('合计9590', [100, 95])).toEqual({ total: '90', totalWeight: '95', grade: null });
    expect(closingTotalInRun('总分100100')).toEqual({ total: '100', totalWeight: '100', grade: null });
  });
});
