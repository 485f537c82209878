import { describe, expect, it } from 'vitest';
import { selfEvaluationOfLines as selfEvaluation } from './self-evaluation-of-lines.test-support.ts';

describe('a 自评表 whose rows print only their target, the actuals and scores left empty', () => {
  // Made for this test after wide/500 (施甸, 保山): a project not yet begun, space-separated rows that dropped
  // the empty cells, each row one figure after a name carrying its unit.
  const head = [
    '2021年度项目支出绩效自评表',
    '单位名称: 某县农业农村局   填报日期: 2022年7月16日',
    '项目名称 某某良种场建设项目',
    '主管部门 某县人民政府 实施单位 某县农业农村局',
    '预算执行情况(万元)',
    '(20分)',
    '预算数(A) 执行数(B) 执行率(B/A)',
    '年度财政资金总额 800 0.00  0.0000 ',
    '年度绩效目标',
    '(80分)',
    '一级',
    '指标',
    '二级指标 三级指标 年初目标值(A) 实际完成值(B) 得分',
  ];

  it('reads figures that would score more than a whole form as the targets', async () => {
    const doc = await selfEvaluation([
      ...head,
      '产出指标 数量指标 圈舍面积(平方米) 3000',
      '种畜数量(头) 150',
      '质量指标 工程合格率(%) 95',
    ]);
    expect(doc.indicators.map((i) => [i.target.raw, i.score])).toEqual([
      ['3000', null],
      ['150', null],
      ['95', null],
    ]);
  });

  it('keeps lone figures that add up as points can as the points', async () => {
    const doc = await selfEvaluation([
      ...head,
      '产出指标 数量指标 圈舍面积(平方米) 30',
      '种畜数量(头) 20',
      '质量指标 工程合格率(%) 10',
    ]);
    expect(doc.indicators.map((i) => i.score)).toEqual(['30', '20', '10']);
  });
});

/** The head of a 自评表 made after wide/500's template variants: its funds, none executed. */
const EMPTY_ACTUALS_HEAD = [
  '项目支出绩效自评表',
  '( 2022 年度)',
  '专项资金名称\t某某建设项目\t\t主管部门\t某县人民政府',
  '项目资金(万元)\t全年预算数(A)\t1500',
  '\t执行数(B)\t0',
];

describe('rows of a target and an empty actual one after another, the same target twice', () => {
  // Made for this test after wide/500's template variants: a row whose name and target follow a row of the same
  // target, under 实际值 | 目标值 with every actual left empty.
  it('reads the second row as a row of its own, not as the actual of the first', async () => {
    const doc = await selfEvaluation([
      ...EMPTY_ACTUALS_HEAD,
      '一级\t二级\t三级\t全年\t目标值',
      '指标\t指标\t指标名称\t实际值',
      '产出指标\t数量指标\t饲料用房面积(平方米)\t\t300',
      '\t\t良种数量(头)\t\t300',
      '\t\t年供种数量(头)\t\t2000',
    ]);
    expect(doc.indicators.map((i) => [i.name, i.target.raw, i.actual.raw])).toEqual([
      ['饲料用房面积(平方米)', '300', ''],
      ['良种数量(头)', '300', ''],
      ['年供种数量(头)', '2000', ''],
    ]);
  });
});

describe('rows of a target, a reason column free between it and the empty actual', () => {
  // Made for this test after wide/500's template variants (.xlsx, .pdf): 未完成原因及改进措施 stands between the
  // target and the actual, so the next row's name and target fit the record's empty reason and actual whole.
  it('reads a row whose first cell stands in the name column as a row of its own', async () => {
    const doc = await selfEvaluation([
      ...EMPTY_ACTUALS_HEAD,
      '一级\t二级\t指标\t指标\t未完\t全年',
      '指标\t指标\t名称\t目标值\t成原因及改进措施\t实际完成值',
      '产出指标\t数量指标\t办公用房面积(平方米)\t500\t\t',
      '\t\t饲料用房面积(平方米)\t300\t\t',
      '\t\t良种数量(头)\t300\t\t',
      '\t\t年供种数量(头)\t2000\t\t',
    ]);
    expect(doc.indicators.map((i) => [i.name, i.target.raw, i.actual.raw])).toEqual([
      ['办公用房面积(平方米)', '500', ''],
      ['饲料用房面积(平方米)', '300', ''],
      ['良种数量(头)', '300', ''],
      ['年供种数量(头)', '2000', ''],
    ]);
  });
});

describe('a tender site’s copy of a transfer’s 自评表 (its heading labelled 项目名称, checks under the funds)', () => {
  // Made for these tests after wide/501 (徽州区, 黄山): the 2025 central template as space-separated rows under a
  // tender site's lines, 资金管理情况's checks carrying 分值 and 得分.
  const lines = [
    '某某专项资金转移支付区域(项目)绩效自评表',
    '项目名称: 某某专项资金转移支付区域(项目)绩效自评表',
    '项目地区:某省 某市',
    '( 2025 年度)',
    '转移支付(项目)名称 2025年某某专项资金补助地方资金',
    '省级主管部门 某省某厅',
    '地方主管部门 某区某局 资金使用单位 某区某中心',
    '资金投入情况',
    '(万元) 全年预算数( A ) 全年执行数( B ) 分值 预算执行率',
    '( B/A×100%) 得分',
    '年度资金总额: 8 8 10 100% 10',
    '其中:中央财政资金 8 8 ——',
    '资金管理情况 情况说明 分值 得分 存在问题和改进措施',
    '分配科学性 全区共2家单位,资金全部拨付 6 6',
    '下达及时性 资金已拨付 6 6',
    '总体目标完成情况 年初设定目标 全年实际完成情况',
    '维护设备。 维护设备3套。',
    '绩 效 指 标 一级指标 二级指标 三级指标 年度指标值 全年完成值 分值 得分 未完成原因和改进措施',
    '产出指标 数量指标 维护设备数量 ≥3套 3套 20 20',
    '质量指标 维护质量 明显 明显 10 10',
  ];

  it('names the project by the form’s own name label, not by the page’s title labelled 项目名称', async () => {
    const doc = await selfEvaluation(lines);
    expect(doc.name).toBe('2025年某某专项资金补助地方资金');
  });

  it('still names a form by a title-like 项目名称 where it prints no other name', async () => {
    const doc = await selfEvaluation(lines.filter((l) => !l.startsWith('转移支付(项目)名称')));
    expect(doc.name).not.toBeNull();
  });

  it('reads no funds line from the checks under 资金管理情况', async () => {
    const doc = await selfEvaluation(lines);
    expect(doc.budget.sources.map((s) => s.name)).toEqual(['中央财政资金']);
    expect([doc.budget.annual, doc.budget.executed, doc.budget.score]).toEqual(['8', '8', '10']);
  });

  it('ends a funds block of label rows at 资金管理情况 too', async () => {
    const doc = await selfEvaluation([
      '某某资金绩效自评表 |',
      '(2025年度) |',
      '转移支付(项目)名称 | 某某补助资金 |',
      '资金投入情况(万元) | 全年预算数(A) | 全年执行数(B) | 分值 | 预算执行率 | 得分 |',
      '年度资金总额 | 8 | 8 | 10 | 100% | 10 |',
      '其中:中央财政资金 | 8 | 8 | | | |',
      '资金管理情况 | 情况说明 | 分值 | 得分 | 存在问题和改进措施 |',
      '分配科学性 | 按因素法分配 | 6 | 6 | |',
      '下达及时性 | 及时下达 | 6 | 6 | |',
      '绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 全年完成值 | 分值 | 得分 |',
      '产出指标 | 数量指标 | 维护设备数量 | ≥3套 | 3套 | 20 | 20 |',
    ]);
    expect(doc.budget.sources.map((s) => s.name)).toEqual(['中央财政资金']);
  });
});

describe('a fund’s 自评表 copied without its title, every cell run together', () => {
  // Made for these tests after wide/502 (四川, 普惠金融发展专项资金): 专项名称 and 省级主管部门 open the head, the
  // funds written label：figure万元, 权重 printed as shares of the hundred points, 得分合计 closing the table.
  const text =
    '专项名称某某发展专项资金省级主管部门某省财政厅资金情况(万元)年度金额(提前下达):120万元资金使用情况(万元)合计:96.5万元' +
    '中央财政80万元中央财政60万元省级财政40万元省级财政36.5万元年度总体目标目标1:支持某某,完成情况1:支持某某,' +
    '绩效目标完成情况一级指标二级指标三级指标指标值完成值权重得分产出指标数量指标贷款发放额增长率≥10%112.5%20%20' +
    '质量指标贷款回收率≥90%97.10%20%20资金足额拨付率100%100%10%10效益指标社会效益指标网点覆盖率≥60%85%30%30' +
    '满意度指标服务对象满意度指标贴息个人满意度≥80%100%20%20得分合计100。';

  it('is read as the 自评表 its indicator header says it is', async () => {
    const doc = await selfEvaluation([text]);
    expect(doc.name).toBe('某某发展专项资金');
    expect(doc.indicators.map((i) => i.name)).toEqual([
      '贷款发放额增长率',
      '贷款回收率',
      '资金足额拨付率',
      '网点覆盖率',
      '贴息个人满意度',
    ]);
  });

  it('reads a weight printed as a share of the hundred points as those points', async () => {
    const doc = await selfEvaluation([text]);
    expect(doc.indicators.map((i) => [i.target.raw, i.actual.raw, i.weight, i.score])).toEqual([
      ['≥10%', '112.5%', '20', '20'],
      ['≥90%', '97.10%', '20', '20'],
      ['100%', '100%', '10', '10'],
      ['≥60%', '85%', '30', '30'],
      ['≥80%', '100%', '20', '20'],
    ]);
  });

  it('closes the table at 得分合计 and takes its figure as the total', async () => {
    const doc = await selfEvaluation([text]);
    expect(doc.indicators.at(-1)?.score).toBe('20');
    expect(doc.total).toBe('100');
  });

  it('reads 得分合计 on a row of its own as the total, no indicator', async () => {
    const doc = await selfEvaluation([
      '某某资金绩效自评表 |',
      '(2024年度) |',
      '项目名称 | 某某补助资金 |',
      '项目资金(万元) | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |',
      '年度资金总额 | 8 | 8 | 10 | 100% | 10 |',
      '一级指标 | 二级指标 | 三级指标 | 指标值 | 完成值 | 权重 | 得分 |',
      '产出指标 | 数量指标 | 维护设备数量 | ≥3套 | 3套 | 50 | 50 |',
      '满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 95% | 40 | 40 |',
      '得分合计 | 100 |',
    ]);
    expect(doc.indicators.map((i) => i.name)).toEqual(['维护设备数量', '群众满意度']);
    expect(doc.total).toBe('100');
  });

  it('reads the year’s amount and the amount used written after their labels in 万元', async () => {
    const doc = await selfEvaluation([text]);
    expect([doc.budget.annual, doc.budget.executed]).toEqual(['120', '96.5']);
  });

  it('names the 省级主管部门 as the department where no local one is named', async () => {
    const doc = await selfEvaluation([text]);
    expect(doc.department).toBe('某省财政厅');
  });
});
