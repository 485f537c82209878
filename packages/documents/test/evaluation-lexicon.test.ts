// The 自评表 / 监控表 vocabulary against every spelling ../shared/corpus/labels.md lists for these columns
// (traditional-script spellings are left to the text reader's conversion), and the reading of a header
// band's columns in data order.
import { describe, expect, it } from 'vitest';
import { budgetColumnOf } from '../src/recognize/evaluation-budget-labels.ts';
import { evaluationFieldOf, goalLabelOf, totalLabelOf } from '../src/recognize/evaluation-head-labels.ts';
import { indicatorColumnOf } from '../src/recognize/evaluation-lexicon.ts';
import { bandColumns } from '../src/recognize/evaluation-table.ts';
import { placeCells } from '../src/recognize/evaluation-cells.ts';
import { importBuffer } from '../src/index.ts';

describe('labels.md spellings', () => {
  it.each([
    ['年度指标值', 'target'],
    ['年初目标值', 'target'],
    ['年初目标值 (A)', 'target'],
    ['年度指标 值', 'target'],
    ['计划值', 'target'],
    ['指标值', 'targetValue'],
    ['全年实际值', 'actual'],
    ['实际完成值', 'actual'],
    ['实际完成值 (B)', 'actual'],
    ['全年 完成值', 'actual'],
    ['全年完成值', 'actual'],
    ['实际完成情况', 'actual'],
    ['半年度 指标执行情况', 'actualToDate'],
    ['1-7月执行情况', 'actualToDate'],
    ['1—6月指标执行情况', 'actualToDate'],
    ['全年预计完成情况', 'expectedFullYear'],
    ['分值', 'weight'],
    ['指标权重', 'weight'],
    ['指标权重(分)', 'weight'],
    ['权重分值', 'weight'],
    ['得分', 'score'],
    ['指标得分(分)', 'score'],
    ['未完成原因及拟采取的改进措施', 'reason'],
    ['偏差原因分析及改进措施', 'reason'],
    ['偏差或不能完成目标原因分析', 'reason'],
    ['未完成原因及改进措施', 'reason'],
    ['未完成原因和 改进措施', 'reason'],
    ['偏差大或目标未完成原因分析', 'reason'],
    ['完成目标可能性(确定能、有可能、不可能)', 'likelihood'],
    ['相关建议或举措', 'measure'],
    ['指标性质', 'op'],
    ['度量单位', 'unit'],
    ['计量单位', 'unit'],
    ['一级 指标', 'level1'],
    ['二级 指标', 'level2'],
    ['三级指标', 'name'],
    ['指标名称', 'name'],
    ['绩效指标(90分)', 'section'],
    ['评价标准', 'remark'],
  ])('indicator column %s → %s', (label, column) => expect(indicatorColumnOf(label)).toBe(column));

  it.each([
    ['全年预算数(A)', 'annual'],
    ['全年预算数', 'annual'],
    ['预算数(A)', 'annual'],
    ['全年(调整)预算数', 'annual'],
    ['年初预算数', 'initial'],
    ['全年执行数(B)', 'executed'],
    ['全年执行数', 'executed'],
    ['执行数(B)', 'executed'],
    ['1-6月执行数', 'executed'],
    ['1—7月执行数（万元）', 'executed'],
    ['全年预计执行数', 'expectedFullYear'],
    ['执行率(B/A)', 'rate'],
    ['执行率(B/A1', 'rate'],
    ['执行率', 'rate'],
    ['执行率权重', 'weight'],
    ['执行率得分', 'score'],
    ['得分(20分*执行率)', 'score'],
    ['预算执行率(B/A×100%)', 'rate'],
    ['转移支付预算数(A)', 'annual'],
    ['转移支付执行数(B)', 'executed'],
    ['全年执行', 'executed'],
    // 岳阳's 自评报告 form: 计划安排资金 | 实际到位资金 | 实际支出 | 结余, each (万元).
    ['计划安排资金', 'annual'],
    ['计划安排资金（万元）', 'annual'],
    ['实际支出（万元）', 'executed'],
    ['实际到位资金', 'other'],
    ['结余(万元)', 'other'],
  ])('budget column %s → %s', (label, column) => expect(budgetColumnOf(label)).toBe(column));

  it.each([
    ['项目名称', 'name'],
    ['专项资金名称', 'name'],
    ['主管部门', 'department'],
    ['县级主管部门', 'department'],
    ['市县主管部门', 'department'],
    ['实施单位', 'unit'],
    ['项目实施单位', 'unit'],
    ['项目执行单位', 'unit'],
    ['区级预算单位名称', 'unit'],
    ['部门(单位)全称', 'unit'],
    ['项目单位(盖章)', 'unit'],
    ['政策(项目)名称', 'name'],
    ['转移(项目)名称', 'name'],
  ])('field %s → %s', (label, field) => expect(evaluationFieldOf(label)).toBe(field));

  it('goal headings and totals', () => {
    expect(['年初设定目标', '预期目标', '年度总体目标完成情况综述', '实际完成情况'].map(goalLabelOf)).toEqual(
      ['expected', 'expected', 'achieved', 'achieved'],
    );
    expect(['总分', '项目总得分', '自评总分(分)', '分值'].map(totalLabelOf)).toEqual([
      'total',
      'score-only',
      'score-only',
      null,
    ]);
  });
});

describe('columns of a header band', () => {
  it('023: a band flattened over two rows gives 一级 … 偏差原因 in data order', () => {
    const labels = [
      '绩效指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
      '一级指标',
      '二级指标',
      '三级指标',
      '指标性质',
      '指标值',
      '度量单位',
    ];
    expect(bandColumns(labels.map((l) => indicatorColumnOf(l)!))).toEqual([
      'level1',
      'level2',
      'name',
      'op',
      'targetValue',
      'unit',
      'actual',
      'weight',
      'score',
      'reason',
    ]);
  });

  it('places a row shorter than the header by what its cells hold', () => {
    const columns = bandColumns(
      [
        '一级指标',
        '二级指标',
        '三级指标',
        '分值',
        '年度指标值',
        '全年实际值',
        '得分',
        '未完成原因及拟采取的改进措施',
      ].map((l) => indicatorColumnOf(l)!),
    );
    expect(placeCells(['种植作物成活率', '5', '95%', '95%', '5'], columns)).toEqual([
      '',
      '',
      '种植作物成活率',
      '5',
      '95%',
      '95%',
      '5',
      '',
    ]);
    expect(placeCells(['其中桃树种植面积', '1.5亩', '1.5亩'], columns)).toEqual([
      '',
      '',
      '其中桃树种植面积',
      '',
      '1.5亩',
      '1.5亩',
      '',
      '',
    ]);
    // 成本指标 under 产出指标 is its 二级 (88号); with a 二级 of its own after it, a 一级 (101号).
    expect(
      placeCells(['成本指标', '生均补助标准', '10', '100%', '100%', '10'], columns, '产出指标').slice(0, 3),
    ).toEqual(['', '成本指标', '生均补助标准']);
    expect(
      placeCells(['成本指标', '经济成本指标', '项目成本', '10'], columns, '产出指标').slice(0, 3),
    ).toEqual(['成本指标', '经济成本指标', '项目成本']);
  });
});

describe('a hostile 自评表 stays bounded', () => {
  it('a band of 60 budget labels and thousands of short rows is read without blowing up', async () => {
    const labels = Array.from(
      { length: 60 },
      (_, i) => ['全年预算数', '全年执行数', '分值', '执行率', '得分'][i % 5],
    );
    const text = [
      '项目支出绩效自评表',
      '项目名称\t压力测试',
      labels.join('\t'),
      ['年度资金总额', ...Array.from({ length: 60 }, (_, i) => String(i + 1))].join('\t'),
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
      '产出指标\t数量指标\t只有名称',
      ...Array.from({ length: 3000 }, (_, i) => `短${i}\t`),
      ...Array.from({ length: 3000 }, (_, i) => `\t\t指标${i}\t≥${i}个\t${i}个\t1\t1`),
    ].join('\n');
    const outcome = await importBuffer(new TextEncoder().encode(text), 'hostile.txt');
    expect(outcome.ok).toBe(true);
    const doc = outcome.ok ? outcome.evaluations[0] : undefined;
    expect(doc?.kind === 'self-evaluation' && doc.indicators.length).toBeGreaterThanOrEqual(3000);
  }, 60_000); // generous: the machine is shared; the test is about bounded work, not speed
});

describe('the 湖北 广水 自评表 spellings (wide/180’s template)', () => {
  it.each([
    ['年初指标值', 'target'],
    ['年终完成值', 'actual'],
    ['自评分', 'score'],
    ['复核分', 'review'],
  ])('%s heads the %s column', (label, column) => {
    expect(indicatorColumnOf(label)).toBe(column);
  });

  it('reads the template’s table: the unit’s 自评分 is the score, the reviewer’s 复核分 is not', async () => {
    // Made for this test from wide/180's labels, as a clean copy of its table would give them.
    const text = [
      '广水市财政预算支出项目绩效目标自评表',
      '项目名称 | 办公局域网维护费 | 项目实施单位 | 广水市城投公司',
      '项目主管单位 | 广水市纪委监委 | 项目负责人 | 彭炜',
      '项目资金（万元） | 合计 | 执行数 | 执行率',
      '年度资金总额 | 5.5 | 5.5 | 100%',
      '一级指标 | 二级指标 | 指标名称（三级指标） | 年初指标值 | 年终完成值 | 自评分 | 复核分',
      '产出指标 | 数量指标 | 采购设备 | 10台套 | 10台套 | 15 | 14',
      '产出指标 | 质量指标 | 改善运行状况 | 便于信息化应用 | 便捷、快速运用 | 12 | 12',
    ]
      .map((l) => l.replaceAll(' | ', '\t'))
      .join('\n');
    const out = await importBuffer(new TextEncoder().encode(text), 'form.txt');
    const doc = out.ok ? out.evaluations?.[0] : undefined;
    if (doc?.kind !== 'self-evaluation') throw new Error('no 自评表 read');
    expect(doc.department).toBe('广水市纪委监委');
    expect(doc.indicators.map((i) => [i.name, i.target.raw, i.actual?.raw, i.score])).toEqual([
      ['采购设备', '10台套', '10台套', '15'],
      ['改善运行状况', '便于信息化应用', '便捷、快速运用', '12'],
    ]);
  });
});
