import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

// Made for these tests: 自评表 run together on one line, as a copy without cell breaks gives them (values invented).

async function selfEvaluationBudget(text: string) {
  const out = await importBuffer(new TextEncoder().encode(text + '\n'), 'selfeval.txt');
  expect(out.ok).toBe(true);
  const doc = out.ok ? out.evaluations[0] : undefined;
  return doc?.kind === 'self-evaluation' ? doc.budget : undefined;
}

const HEAD = '项目支出绩效自评表（２０２３年度）单位：万元项目名称社区养老服务补助主管部门某区民政局';
const TABLE =
  '年度目标按期完成补助发放一级指标二级指标三级指标年度指标值实际完成值产出指标数量指标补助人数≥500人520人满意度指标服务对象满意度指标老人满意度≥90%95%';

describe('the budget block of a 自评表 run together on one line', () => {
  it('reads every label–figure pair where the rows part the first label from its figure', async () => {
    const budget = await selfEvaluationBudget(
      HEAD +
        '项目资金（万元）全年预算数２３３０．９项目资金（万元）全年执行数（B）２３１０．４项目资金（万元）预算执行率' +
        '项目资金（万元）得分项目资金（万元）分值' +
        TABLE,
    );
    expect(budget).toMatchObject({ annual: '2330.9', executed: '2310.4' });
  });

  it('cuts a run of full-width figures by its print: an amount twice, the whole 分值 scored', async () => {
    const budget = await selfEvaluationBudget(
      HEAD +
        '项目资金（万元）全年预算数执行数（B）权重执行率（B/A）得分资金总额１４３７１４３７１０１０' +
        TABLE,
    );
    expect(budget).toMatchObject({ annual: '1437', executed: '1437', weight: '10', score: '10' });
  });

  it('cuts amounts printed to the same decimals where no rate is printed', async () => {
    const budget = await selfEvaluationBudget(
      HEAD +
        '项目资金（万元）年初预算数调整后预算数全年执行数（B）分值预算执行率得分合计２９６０．００２９６０．００２７９８．３０' +
        TABLE,
    );
    expect(budget).toMatchObject({ initial: '2960.00', annual: '2960.00', executed: '2798.30' });
  });
});

describe('a run of digits no single budget figure could be', () => {
  it('cuts twelve digits and more (a trillion yuan) though they stand in a cell of their own', async () => {
    const budget = await selfEvaluationBudget(
      HEAD +
        '项目资金(万元)全年预算数(A)执行数(B)得分分值执行率(B/A)年度资金总额143714371010' +
        TABLE.replace(/^年度目标[^一]*/, ''),
    );
    expect(budget).toMatchObject({ annual: '1437', executed: '1437', weight: '10', score: '10' });
  });
});
