// Rules for the templates of wide/250–251 (h-fresh11): a city's page of several projects' targets, each under a
// heading that names it (…项目项目绩效目标), its table one cell per paragraph; and a 乡 卫生院's 整体支出绩效自评表
// run together in a library's preview (任务1: numbering, 自评权重 before the levels, 分值 and 得分 glued).
// Each rule with a text made for the test in that layout, one that only looks like it, and the real page.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ProjectForm, SelfEvaluationDocument } from '@jixiao/core';
import { importBuffer } from '../src/import-document.ts';
import { atomsOf } from '../src/recognize/evaluation-atoms.ts';
import { nameOf } from '../src/recognize/fused-name-readings.ts';
import { bandColumns } from '../src/recognize/evaluation-table.ts';
import { titledProjectName, titleKind } from '../src/recognize/titles.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const paragraphs = (cells: string[]) => cells.join('\n\n');

async function projectsOf(text: string): Promise<ProjectForm[]> {
  const outcome = await importBuffer(bytes(text), 'page.txt');
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.forms.filter((f): f is ProjectForm => f.kind === 'project');
}

async function evaluationOf(text: string): Promise<SelfEvaluationDocument> {
  const outcome = await importBuffer(bytes(text), 'page.txt');
  if (!outcome.ok) throw new Error(outcome.error.message);
  const doc = outcome.evaluations[0];
  if (doc?.kind !== 'self-evaluation') throw new Error('no 自评表 read');
  return doc;
}

const table = (rows: string[][]) => ['一级指标', '二级指标', '指标名称', '指标值', ...rows.flat()];

describe('a heading that names a project (某某项目项目绩效目标) over its target table', () => {
  it('titles a target form, its name the project’s', () => {
    expect(titleKind('城乡困难群众临时救助项目项目绩效目标')).toBe('project');
    expect(titledProjectName('城乡困难群众临时救助项目项目绩效目标')).toBe('城乡困难群众临时救助项目');
    expect(titledProjectName('农村公路养护专项资金绩效目标')).toBe('农村公路养护专项资金');
  });
  it('is no title where the words name only the kind of target (a label of a form’s body)', () => {
    for (const label of [
      '项目绩效目标',
      '年度项目绩效目标',
      '专项资金绩效目标',
      '中长期绩效目标',
      '部门整体绩效目标',
    ])
      expect(titleKind(label)).toBeNull();
    expect(titleKind('本项目按计划完成各项绩效目标')).toBeNull();
  });
  it('reads the table under it, one cell per paragraph, as that project’s form', async () => {
    const forms = await projectsOf(
      paragraphs([
        '城乡困难群众临时救助项目项目绩效目标',
        '(一)中长期绩效目标',
        '及时救助困难群众,兜住民生底线。',
        '项目具体目标表',
        ...table([
          ['产出指标', '数量指标', '救助人次', '≥500人次'],
          ['质量指标', '救助对象认定准确率', '100%'],
        ]),
      ]),
    );
    expect(forms).toHaveLength(1);
    expect(forms[0]!.name).toBe('城乡困难群众临时救助项目');
    expect(forms[0]!.indicators.map((i) => [i.name, i.target.raw])).toEqual([
      ['救助人次', '≥500人次'],
      ['救助对象认定准确率', '100%'],
    ]);
  });
  it('starts the next project’s form after the first one’s table, instead of retitling it', async () => {
    const forms = await projectsOf(
      paragraphs([
        '城乡困难群众临时救助项目项目绩效目标',
        ...table([['产出指标', '数量指标', '救助人次', '≥500人次']]),
        '农村公路日常养护经费项目项目绩效目标',
        ...table([['产出指标', '数量指标', '养护里程', '≥120公里']]),
      ]),
    );
    expect(forms.map((f) => [f.name, f.indicators.map((i) => i.name)])).toEqual([
      ['城乡困难群众临时救助项目', ['救助人次']],
      ['农村公路日常养护经费项目', ['养护里程']],
    ]);
  });
});

describe('满意度 rows one cell per paragraph: 满意度指标 | 满意度指标 | 受益单位满意度 | 95% | 社会公众满意度 | ≥90%', () => {
  const page = (tail: string[]) =>
    paragraphs([
      '城乡困难群众临时救助项目项目绩效目标',
      ...table([['产出指标', '数量指标', '救助人次', '≥500人次']]),
      ...tail,
    ]);
  it('reads the first 满意度指标 as the 一级 and the second as its 二级, each name with its own value', async () => {
    const [form] = await projectsOf(
      page(['满意度指标', '满意度指标', '受益单位满意度', '95%', '社会公众满意度', '≥90%']),
    );
    expect(form!.indicators.slice(1).map((i) => [i.level1, i.name, i.target.raw])).toEqual([
      ['满意度指标', '受益单位满意度', '95%'],
      ['满意度指标', '社会公众满意度', '≥90%'],
    ]);
  });
  it('still reads a 满意度指标 with no 二级 after it as the 二级', async () => {
    const [form] = await projectsOf(page(['满意度指标', '受益单位满意度', '95%']));
    expect(form!.indicators.at(-1)).toMatchObject({ name: '受益单位满意度', target: { raw: '95%' } });
  });
});

describe('a 部门整体 自评表 run together: 任务1: numbering, a bound after a figure, 自评权重 before the levels', () => {
  it('keeps 任务1: with its row (no figure) and drops it from the name, as 指标1: is', () => {
    expect(atomsOf(['任务1:诊断准确率95%以上97%55']).map((a) => [a.kind, a.text])).toEqual([
      ['text', '任务1:诊断准确率'],
      ['value', '95%以上'],
      ['value', '97%'],
      ['value', '55'],
    ]);
    expect(nameOf('任务2:健康档案管理率')).toBe('健康档案管理率');
    expect(nameOf('任务完成率')).toBe('任务完成率');
  });
  it('keeps a bound written after a figure (95%以上, 5%以内) with the figure', () => {
    expect(atomsOf(['结余率5%以内达成目标']).map((a) => a.text)).toEqual(['结余率', '5%以内', '达成目标']);
  });
  it('leaves out a 权重 printed before the levels where a 分值 follows the name', () => {
    expect(bandColumns(['weight', 'level2', 'name', 'target', 'actual', 'weight', 'score'])).toEqual([
      'level2',
      'name',
      'target',
      'actual',
      'weight',
      'score',
    ]);
    // A 分值 before the name with none after it is the indicator's own (分值 | 年度指标值 …).
    expect(bandColumns(['level1', 'level2', 'name', 'weight', 'target', 'actual', 'score'])).toEqual([
      'level1',
      'level2',
      'name',
      'weight',
      'target',
      'actual',
      'score',
    ]);
  });
  it('reads a row’s target, actual, 分值 and 得分 under such a header', async () => {
    const doc = await evaluationOf(
      [
        '1、某卫生院整体支出绩效自评表(2021年度)评价部门名称某县某乡卫生院下属单位个数0整体支出规模全年预算数全年执行数执行率' +
          '资金来源:(1)财政拨款100%分解目标自评权重二级指标三级指标年度指标值全年完成值分值得分偏差及原因分析' +
          '管理指标30预算编审管理完整、准确率100%100%44政府采购管理执行率100%100%55',
        '2、产出指标25质量指标任务1:诊断准确率95%以上97%55任务2:健康档案管理率100%完成33',
      ].join('\n'),
    );
    expect(doc.indicators.find((i) => i.name === '诊断准确率')).toMatchObject({
      target: { raw: '95%以上' },
      actual: { raw: '97%' },
      weight: '5',
      score: '5',
    });
    expect(doc.indicators.find((i) => i.name === '健康档案管理率')).toMatchObject({
      weight: '3',
      score: '3',
    });
  });
});

describe('an OCR’s scramble of a 一级 name where the 一级 stands with its points (出标产指25数量指标)', () => {
  const read = (body: string) =>
    evaluationOf(
      [
        '1、某卫生院整体支出绩效自评表(2021年度)评价部门名称某县某乡卫生院下属单位个数0整体支出规模全年预算数全年执行数执行率' +
          '资金来源:(1)财政拨款100%分解目标自评权重二级指标三级指标年度指标值全年完成值分值得分偏差及原因分析' +
          '管理指标30政府采购管理执行率100%100%55',
        `2、${body}`,
      ].join('\n'),
    );
  it('is that 一级, not an indicator named by the scramble', async () => {
    const doc = await read('出标产指25质量指标任务1:诊断准确率95%以上97%55');
    expect(doc.indicators.map((i) => i.name)).not.toContain('出标产指');
    expect(doc.indicators.find((i) => i.name === '诊断准确率')?.level1).toBe('产出指标');
  });
  it('leaves the same characters alone where no 二级 follows its figure', async () => {
    const doc = await read('产出指标25质量指标任务1:出标产指率95%以上97%55');
    expect(doc.indicators.some((i) => i.name.includes('出标产指'))).toBe(true);
  });
});

describe('a unit’s 整体支出绩效自评表 (某卫生院整体支出绩效自评表)', () => {
  const body = [
    '年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 分值 | 得分 |',
    '年度资金总额 | 100 | 120 | 114 | 95% | 10 | 9.5 |',
    '一级指标 | 二级指标 | 三级指标 | 年度指标值 | 全年实际值 | 分值 | 得分 |',
    '产出指标 | 数量指标 | 门诊人次 | ≥3000人次 | 3372人次 | 20 | 20 |',
  ];
  const read = (head: string[]) => evaluationOf([...head, ...body].join('\n'));
  it('is a 部门整体 form named by the unit before 整体支出', async () => {
    const doc = await read(['某县某乡卫生院整体支出绩效自评表 |']);
    expect(doc.subject).toBe('department');
    expect(doc.name).toBe('某县某乡卫生院');
  });
  it('takes the unit named in the head, cut where the next label of the head ran into it', async () => {
    const doc = await read([
      '某卫生院整体支出绩效自评表 |',
      '部门名称 | 某县某乡卫生院下属单位个数0整体支出规模 |',
    ]);
    expect(doc.name).toBe('某县某乡卫生院');
  });
  it('leaves a project’s 自评表 a project’s', async () => {
    const doc = await read(['乡村医生补助项目支出绩效自评表 |']);
    expect(doc.subject).toBe('project');
  });
});

describe('a 执行率 a block prints without its amounts (103.21 %: spent over the budget)', () => {
  const table = [
    '一级指标 | 二级指标 | 三级指标 | 年度指标值 | 全年实际值 | 分值 | 得分 |',
    '产出指标 | 数量指标 | 门诊人次 | ≥3000人次 | 3372人次 | 20 | 20 |',
  ];
  it('reads a full-width ％ as the figure’s unit, not as text after an amount to cut', () => {
    expect(
      atomsOf([
        '１０３．２１％'.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)),
      ]).map((a) => a.text),
    ).toEqual(['103.21％']);
  });
  it('takes it from its column when the total line prints it full-width', async () => {
    const doc = await evaluationOf(
      [
        '项目支出绩效自评表 |',
        '项目名称 | 乡村医生补助 |',
        '项目资金（万元） | 年初预算数 | 全年预算数（A） | 全年执行数（B） | 预算执行率 | 得分 |',
        '合计 |  |  |  | １０３．２１％ |  |',
        ...table,
      ].join('\n'),
    );
    expect(doc.budget.rate).toBe('103.21');
    expect(doc.budget.annual).toBeNull();
  });
  it('takes it alone down the rows, under the amount labels left blank', async () => {
    const doc = await evaluationOf(
      [
        '项目绩效自评表 |',
        '项目名称 | 乡村医生补助 |',
        '项目资金（万元） | 全年预算数（A） |  |',
        ' | 执行数（B） |  |',
        ' | 预算执行率 | 103.21% |',
        ...table,
      ].join('\n'),
    );
    expect(doc.budget.rate).toBe('103.21');
  });
  it('leaves a lone percent alone that stands under no blank amount label', async () => {
    const doc = await evaluationOf(
      [
        '项目绩效自评表 |',
        '项目名称 | 乡村医生补助 |',
        '项目负责人 | 张三 |',
        '预算执行率 | 103.21% |',
        ...table,
      ].join('\n'),
    );
    expect(doc.budget.rate).toBeNull();
  });
});

describe('the real pages', () => {
  const file = (name: string) => readFileSync(new URL(`./corpus/wide/${name}`, import.meta.url));
  it('wide/250 (慈溪 2023): the first project and its 11 targets', async () => {
    const outcome = await importBuffer(file('250_project.txt'), '250_project.txt');
    if (!outcome.ok) throw new Error(outcome.error.message);
    const form = outcome.forms[0]!;
    if (form.kind !== 'project') throw new Error(`not a project form: ${form.kind}`);
    expect(form.name).toBe('3岁以下婴幼儿照护服务项目');
    expect(form.indicators).toHaveLength(11);
    expect(form.indicators.at(-1)).toMatchObject({ name: '社会公众满意度', target: { raw: '≥90%' } });
  });
  it('wide/251 (蚕茶卫生院 2021): the unit and the 诊断准确率 row', async () => {
    const outcome = await importBuffer(file('251_selfeval.txt'), '251_selfeval.txt');
    if (!outcome.ok) throw new Error(outcome.error.message);
    const doc = outcome.evaluations[0]!;
    expect(doc.kind === 'self-evaluation' && doc.name).toBe('南昌县黄马乡蚕茶卫生院');
    expect(doc.indicators.find((i) => i.name === '诊断准确率')).toMatchObject({
      target: { raw: '95%以上' },
      actual: { raw: '97%' },
      weight: '5',
      score: '5',
    });
  });
});
