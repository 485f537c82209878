import { describe, expect, it } from 'vitest';
import { emptySelfEvaluationDocument, parseIndicatorValue } from '@jixiao/core';
import { importBuffer } from '../import-document.ts';
import { holdsSelfEvaluation, periodYear } from './report-form.ts';
import { selfEvaluationOfLines as selfEvaluation } from './self-evaluation-of-lines.test-support.ts';

// Made for these tests after wide/506 and fresh/608 (岳阳 财政局's 财政支出项目绩效评价自评报告, a copy one cell a
// paragraph): a cover of labels, 一、项目基本概况 with its funds, each (万元) on a line of its own, then the 定性 goals
// and the 定量 table. Names and figures invented.
const cover = [
  '某县财政支出项目绩效评价自评报告',
  '',
  '评价类型:项目实施过程评价□ 项目完成结果评价■',
  '',
  '项目名称            乡村道路养护',
  '',
  '项目单位          某县公路养护站',
  '',
  '主管部门',
  '',
  '评价方式: 自评',
  '',
  '评价机构:',
  '',
  '报告日期:2018年5月8日',
  '',
  '某县财政局(制)',
  '',
  '一、项 目 基 本 概 况',
  '',
  '项目负责人',
  '',
  '张某',
  '',
  '联系电话',
  '',
  '1234567',
  '',
  '项目起止时间',
  '',
  '2017年 1 月起至 2017 年 12 月止',
  '',
];
const funds = (unit: string, planned: string, spent: string) => [
  '计划安排资金',
  '',
  unit,
  '',
  planned,
  '',
  '实际到位资金',
  '',
  unit,
  '',
  planned,
  '',
  '实际支出',
  '',
  unit,
  '',
  spent,
  '',
  '结余(万元)',
  '',
];
const qualitative = [
  '三、项目绩效自评情况',
  '',
  '项目绩效定性目标及实施计划完成情况',
  '',
  '预  期 目 标',
  '',
  '实际完成',
  '',
  '全年养护农村公路,保障道路通畅。',
  '',
  '全年养护农村公路120公里,道路通畅。',
  '',
];
const quantitative = [
  '项目绩效定量目标(指标)及完成情况',
  '',
  '一级指标',
  '',
  '二级指标',
  '',
  '指标内容',
  '',
  '预期目标',
  '',
  '实际完成',
  '',
  '产出指标',
  '',
  '数量指标',
  '',
  '养护里程',
  '',
  '≥100公里',
  '',
  '120公里',
  '',
  '效益指标',
  '',
  '社会效益指标',
  '',
  '道路通畅率',
  '',
  '≥95%',
  '',
  '98%',
  '',
];

async function refusal(lines: string[]): Promise<string | null> {
  const out = await importBuffer(new TextEncoder().encode(lines.join('\n')), 'report.txt');
  return out.ok ? null : out.error.code;
}

describe('a 自评报告 printed as a form (report-form.ts)', () => {
  it('is read as the 自评表 it holds: the cover’s project and unit, the funds planned and spent', async () => {
    const doc = await selfEvaluation([...cover, ...funds('(万元)', '48', '46.5'), ...qualitative]);
    expect([doc.name, doc.unit]).toEqual(['乡村道路养护', '某县公路养护站']);
    expect([doc.budget.annual, doc.budget.executed]).toEqual(['48', '46.5']);
    expect(doc.indicators).toEqual([]);
  });

  it('stays a report where its body is prose: a cover and paragraphs hold no 自评表', async () => {
    const prose = [
      ...cover,
      '一、项目基本情况',
      '',
      '本项目全年安排资金48万元,实际支出46.5万元,完成了年初设定的目标。',
      '',
    ];
    expect(await refusal(prose)).toBe('unsupported-form');
  });

  it('needs the project’s name: funds under a report’s cover that names none are figures the report quotes', () => {
    const named = emptySelfEvaluationDocument({ name: '乡村道路养护' });
    named.budget.annual = '48';
    named.budget.executed = '46.5';
    expect(holdsSelfEvaluation(named)).toBe(true);
    expect(holdsSelfEvaluation({ ...named, name: null })).toBe(false);
    // Planned alone, or a name alone, is no 自评表's content.
    expect(holdsSelfEvaluation({ ...named, budget: { ...named.budget, executed: null } })).toBe(false);
    const row = {
      level1: null,
      level2: null,
      name: '养护里程',
      target: parseIndicatorValue('≥100公里'),
      actual: parseIndicatorValue('120公里'),
      weight: null,
      score: null,
      deviationReason: null,
    };
    const rows = emptySelfEvaluationDocument({ name: '乡村道路养护', indicators: [row] });
    expect(holdsSelfEvaluation(rows)).toBe(true);
    expect(holdsSelfEvaluation({ ...rows, indicators: [{ ...row, actual: parseIndicatorValue('') }] })).toBe(
      false,
    );
  });

  it('leaves an empty 主管部门 empty: the cover’s next label with its value (评价方式: 自评) is no unit', async () => {
    const doc = await selfEvaluation([...cover, ...funds('(万元)', '48', '46.5')]);
    expect(doc.department).toBeNull();
    // A 主管部门 filled in is read as before.
    const filled = cover.map((l) => (l === '主管部门' ? '主管部门          某县交通运输局' : l));
    expect((await selfEvaluation([...filled, ...funds('(万元)', '48', '46.5')])).department).toBe(
      '某县交通运输局',
    );
  });

  it('takes (元) on a line of its own between a label and its figure as the amounts’ unit', async () => {
    const doc = await selfEvaluation([...cover, ...funds('(元)', '480000', '465000')]);
    expect([doc.budget.annual, doc.budget.executed]).toEqual(['48', '46.5']);
    // (万元), or no note at all, leaves the figures as printed.
    const plain = await selfEvaluation([...cover, ...funds('', '48', '46.5')]);
    expect([plain.budget.annual, plain.budget.executed]).toEqual(['48', '46.5']);
    const wan = await selfEvaluation([...cover, ...funds('(万元)', '48', '46.5')]);
    expect([wan.budget.annual, wan.budget.executed]).toEqual(['48', '46.5']);
  });

  it('reads the 定性 section as goals, ending where the 定量 section starts', async () => {
    const doc = await selfEvaluation([
      ...cover,
      ...funds('(万元)', '48', '46.5'),
      ...qualitative,
      ...quantitative,
    ]);
    expect(doc.goals).toEqual([
      { expected: '全年养护农村公路,保障道路通畅。', achieved: '全年养护农村公路120公里,道路通畅。' },
    ]);
  });

  it('reads the 定量 section’s 预期目标 | 实际完成 columns as the indicators’ targets and actuals', async () => {
    const doc = await selfEvaluation([
      ...cover,
      ...funds('(万元)', '48', '46.5'),
      ...qualitative,
      ...quantitative,
    ]);
    expect(doc.indicators.map((i) => [i.level2, i.name, i.target.raw, i.actual.raw])).toEqual([
      ['数量指标', '养护里程', '≥100公里', '120公里'],
      ['社会效益指标', '道路通畅率', '≥95%', '98%'],
    ]);
  });

  it('reads a report whose funds were left blank by its rows alone', async () => {
    const blank = [...cover, ...qualitative, ...quantitative];
    const doc = await selfEvaluation(blank);
    expect(doc.indicators).toHaveLength(2);
    expect(doc.budget.annual).toBeNull();
  });

  it('takes the year its 项目起止时间 lies in, not the 报告日期’s', async () => {
    const doc = await selfEvaluation([...cover, ...funds('(万元)', '48', '46.5')]);
    expect(doc.year).toBe(2017);
    const row = (cells: string[]) => ({ cells, table: false });
    expect(periodYear([row(['项目起止时间']), row(['2016年1月1日'])])).toBe(2016);
    expect(periodYear([row(['项目起止时间：2016年1月起至2016年12月止'])])).toBe(2016);
    // A period over two years, or none printed, names no one year.
    expect(periodYear([row(['项目起止时间']), row(['2016年7月起至2017年6月止'])])).toBeNull();
    expect(periodYear([row(['报告日期:2018年5月8日'])])).toBeNull();
  });

  it('leaves a note under a block’s heading where it stands: no figure follows it (资金情况 / (万元) / 年度资金总额:16)', async () => {
    // Made after wide/116: the note is the heading's, and the lines under it keep their places.
    const lines = [
      '项目支出绩效目标表',
      '(2020年度)',
      '项目名称农村义务教育薄弱学校改造补助资金',
      '项目主管部门青山区教育局项目执行单位化工区学校',
      '资金情况',
      '(万元)',
      '年度资金总额:16',
      '    其中 :上级资金16',
    ];
    const out = await importBuffer(new TextEncoder().encode(lines.join('\n')), 'form.txt');
    const form = out.ok ? out.forms[0] : undefined;
    // The note leaves the total where it stands; 其中 :上级资金16 is its one source (read since h-sum42 parts a known
    // source's name from its glued figure).
    expect(form?.kind === 'project' ? form.budget : null).toMatchObject({
      total: '16',
      sources: [{ name: '上级资金', amount: '16' }],
    });
  });
});
