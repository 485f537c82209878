// Project and department target forms of other provinces (fixtures/corpus, copied from ../shared/corpus/docs
// with their `# source:` line): one cell per line, `|` rows, space-separated rows and cells run together.
// Expectations are written by hand from the documents.
import { describe, expect, it } from 'vitest';
import type { DepartmentForm, Form, ProjectForm } from '@jixiao/core';
import { importBuffer, recognizeDocument } from '../src/index.ts';
import { corpusRows, corpusText } from './corpus.ts';

const read = (file: string) => recognizeDocument(corpusRows(corpusText(file)));
const projects = (forms: Form[]) => forms.filter((f): f is ProjectForm => f.kind === 'project');
const row = (f: ProjectForm | DepartmentForm, name: string) => f.indicators.find((i) => i.name === name);

describe('001 湖南 绩效目标申报表（基础设施建设类）: one cell per line, no row boundaries', () => {
  const doc = read('001_project.txt');
  const [f] = projects(doc.forms);

  it('reads the header block rebuilt from the cell stream', () => {
    expect(doc.forms).toHaveLength(1);
    expect(f).toMatchObject({
      name: '岳阳县2022年高标准农田建设项目',
      supervisor: '岳阳县农业农村局',
      executor: '农田建设服务中心',
      leader: '彭兵',
      year: 2022,
    });
  });

  it('reads 854万(…) as 854, its sources the 其中 fund lines, not the three uses in its brackets', () => {
    expect(f!.budget.total).toBe('854');
    // 其中：财政拨款 854万854万(…) (written twice: read once) and 其他资金 left empty. The bracket's 高标准农田建设 400,
    // 示范建设 295, 畅通工程 159 say what the money is for: taken as sources too, R-SUM-01 summed 1708 against 854.
    expect(f!.budget.sources).toEqual([
      { name: '财政拨款', amount: '854' },
      { name: '其他资金', amount: null },
    ]);
  });

  it('reads the twelve indicators with their levels, the 二级 split over two lines joined', () => {
    expect(f!.indicators).toHaveLength(12);
    expect(row(f!, '脱贫村村内道路硬化里程')).toMatchObject({ level1: '产出指标', level2: '数量指标' });
    expect(row(f!, '脱贫村村内道路硬化里程')!.target).toMatchObject({ op: '≥', value: '100', unit: '公里' });
    expect(row(f!, '财政资金补助')!.target.raw).toBe('1600元/亩');
    expect(row(f!, '年增粮食')).toMatchObject({ level1: '效益指标', level2: '经济效益指标' });
    expect(row(f!, '受益脱贫(监测)户满意度')).toMatchObject({ level1: '满意度指标' });
    expect(row(f!, '受益脱贫(监测)户满意度')!.target).toMatchObject({ op: '≥', value: '95', unit: '%' });
    expect(f!.goals.find((g) => g.term === 'annual')?.text).toBe('完成项目主体工程70%');
  });

  it('says where each value was read, less sure than a table row', () => {
    const at = (path: string) => doc.sources[0]!.find((s) => s.path === path);
    // The label 项目名称 stands on line 9 of the fixture, the name under it on line 11: the rebuilt row
    // starts at its label.
    expect(at('/name')).toMatchObject({
      line: 9,
      column: 1,
      label: '项目名称',
      text: '岳阳县2022年高标准农田建设项目',
    });
    expect(at('/name')!.confidence).toBeLessThan(0.8);
    expect(at('/budget/total')).toMatchObject({ label: '年度资金总额:' });
    expect(at('/indicators/0/name')?.text).toBe('脱贫村村内道路硬化里程');
    expect(at('/indicators/0/target')?.text).toBe('≥100公里');
    expect(doc.unknownLabels).toEqual([]);
  });
});

describe('004 重庆 一般性项目绩效目标表: three stacked forms, cells ending " |", no levels', () => {
  const fs = projects(read('004_project.txt').forms);

  it('reads each form with its budget (当年预算)', () => {
    expect(fs.map((f) => [f.name, f.budget.current])).toEqual([
      ['潼南区五桂镇汇总项目库', '229.66'],
      ['在职村村干部补助', '9.31'],
      ['日常办公设备购买和运行维护', null],
    ]);
    expect(fs[0]!.supervisor).toBe('813-潼南区五桂镇');
  });

  it('puts 指标性质 + 指标值 + 计量单位 together and keeps 定性 rows with no value', () => {
    expect(fs[1]!.indicators.map((i) => [i.name, i.target.raw])).toEqual([
      ['按月发放', '=1次'],
      ['本土人才满意度', '≥95%'],
      ['发放金额', '≥9.31万元'],
      ['领取补助人数', '≥100人'],
      ['促进经济发展', ''],
    ]);
    expect(fs[0]!.indicators).toHaveLength(5);
  });
});

describe('005 宁夏 项目支出绩效目标申报表: `|` rows, merged cells dropped', () => {
  const [f] = projects(read('005_project.txt').forms);

  it('reads the header, the budget and its source', () => {
    expect(f).toMatchObject({
      name: '原州区2022年南部水源涵养林建设项目',
      supervisor: '固原市原州区自然资源局',
      executor: '固原市原州区自然资源局',
      year: 2022,
    });
    expect(f!.budget.total).toBe('6070.00');
    expect(f!.budget.sources[0]).toEqual({ name: '财政拨款', amount: '6070.00' });
  });

  it('puts rows written from the left back under their columns, annotated 二级 normalised', () => {
    expect(row(f!, '其中:实施新造林总面积(亩)')).toMatchObject({ level2: '数量指标' });
    expect(row(f!, '其中:实施新造林总面积(亩)')!.target.raw).toBe('30000');
    expect(row(f!, '受益人数(人)')).toMatchObject({ level1: '效益指标', level2: '社会效益指标' });
    expect(row(f!, '受益人数(人)')!.target.value).toBe('132');
  });
});

describe('006 重庆 项目绩效目标表: one cell per line with `|` markers, empty cells', () => {
  const [f] = projects(read('006_project.txt').forms);

  it('reads the header, both goals and the budget source', () => {
    expect(f).toMatchObject({
      name: '古昌镇大青冈村乡村振兴绿化美化项目',
      unit: '区林业局',
      executor: '区林业局',
      category: '延续',
      leader: '胡正君',
      phone: '19922989736',
    });
    expect(f!.budget.total).toBe('153.5184');
    expect(f!.budget.sources).toContainEqual({ name: '市级资金', amount: '153.5184' });
    expect(f!.goals.map((g) => g.term)).toEqual(['long', 'annual']);
  });

  it('reads 其中:1.中央资金 as the part 中央资金 (its 1. is a numbering, not an amount)', () => {
    expect(f!.budget.sources.map((s) => s.name)).toEqual(['中央资金', '市级资金', '区级资金', '其他资金']);
    expect(f!.budget.sources[0]!.amount).toBeNull();
  });

  it('keeps the amount the page’s list of projects gives this one (100万元), and only its own line', () => {
    expect(f!.mentions).toEqual([{ text: '古昌镇大青冈村乡村振兴绿化美化项目100万元', amount: '100' }]);
  });

  it('reads 计量单位 | 指标性质 | 指标值 into one target', () => {
    expect(f!.indicators.map((i) => [i.name, i.target.op, i.target.value, i.target.unit])).toEqual([
      ['绿化美化公路', '=', '3500', '米'],
      ['购买发放李子苗', '=', '15000', '株'],
      ['树木成活率', '≥', '85', '%'],
    ]);
  });
});

describe('007 广东 项目支出绩效目标批复表: mid-term and annual blocks side by side, header over six lines', () => {
  const [f] = projects(read('007_project.txt').forms);

  it('reads the name, the annual budget and both goals under their headings', () => {
    expect(f).toMatchObject({
      name: '镇际联网路升级改造工程一期',
      formType: '批复表',
      unit: '东莞市交通运输局',
      year: 2019,
    });
    expect(f!.budget.total).toBe('919.00');
    expect(f!.goals.map((g) => [g.term, g.label, g.text?.slice(0, 8)])).toEqual([
      ['long', '中期滚动目标', '新建或改造道路,'],
      ['annual', '年度目标', '督促勘察设计单位'],
    ]);
  });

  it('reads each block on its own: the first 长期, the second 年度, 一级 shared', () => {
    const annual = f!.indicators.filter((i) => i.term === 'annual');
    expect(annual.map((i) => [i.level1, i.name, i.target.raw])).toEqual([
      ['预期产出指标', '镇街补助款完成结算项目数', '3'],
      ['预期产出指标', '补助款结算误差率', '±3%以内'],
      ['预期产出指标', '结算款支付及时性', '及时'],
      ['预期产出指标', '年度预算执行率', '≥90%'],
      ['效果指标', '补助款结算争议率', '0%'],
    ]);
    // The long-term block has one more row, cut off by the excerpt after its name.
    expect(f!.indicators.filter((i) => i.term === 'long').map((i) => i.name)).toEqual([
      ...annual.map((i) => i.name),
      '实现建设总目标控制程度',
    ]);
  });
});

describe('008 甘肃 省级部门预算项目支出绩效目标表: OCR text with every cell run together', () => {
  const doc = read('008_project.txt');
  const fs = projects(doc.forms);

  it('splits the two forms and reads the header fields out of the run-together text', () => {
    expect(fs).toHaveLength(2);
    expect(fs[0]).toMatchObject({
      name: '博物馆纪念馆市级免费开放补助资金',
      supervisor: '嘉峪关市文化和旅游局',
      executor: '嘉峪关城市博物馆',
      category: '新增项目',
      year: 2023,
    });
    expect(fs[0]!.budget.total).toBe('20');
    expect(fs[0]!.budget.sources).toContainEqual({ name: '其他资金', amount: '20' });
    expect(fs[1]!.name).toBe('博物馆提升改造项目');
    expect(fs[1]!.budget.total).toBe('174.78');
  });

  it('reads the ten indicators, values cut out of the text at their operators', () => {
    expect(fs[0]!.indicators).toHaveLength(10);
    expect(row(fs[0]!, '免费开放天数')).toMatchObject({ level1: '产出指标', level2: '数量指标' });
    expect(row(fs[0]!, '免费开放天数')!.target).toMatchObject({ op: '=', value: '300', unit: '天' });
    expect(row(fs[0]!, '免费开放接待观众人数')!.target.raw).toBe('=30000人次');
    expect(row(fs[0]!, '服务对象满意度')!.target.raw).toBe('=99百分比');
    expect(fs[0]!.goals[0]).toMatchObject({
      term: 'annual',
      text: '进一步提高博物馆纪念馆运行效率和免费开放服务水平',
    });
  });

  it('marks values split out of run-together text as unsure', () => {
    const name = doc.sources[0]!.find((s) => s.path === '/name')!;
    expect(name).toMatchObject({ line: 3, label: '二级项目名称' });
    expect(name.confidence).toBeLessThanOrEqual(0.6);
  });
});

describe('010 内蒙古 项目绩效目标表: space-separated cells, 指标方向 before the operator', () => {
  const [f] = projects(read('010_project.txt').forms);

  it('reads the header block and the budget', () => {
    expect(f).toMatchObject({ name: '再生资源回收市场管理经费', year: 2021 });
    expect(f!.executor).toBe('(433001)乌海市供销合作社联合社');
    expect(f!.budget.total).toBe('3');
    expect(f!.goals[0]!.text).toContain('目标1:聘用人员1人,出差8人');
  });

  it('reads the eleven 产出 rows; the written operator wins over 正向/反向', () => {
    expect(f!.indicators).toHaveLength(11);
    expect(row(f!, '出差人次')!.target).toMatchObject({ op: '=', value: '24', unit: '人/次' });
    expect(row(f!, '工作任务完成率')!.target.raw).toBe('=100%');
    expect(row(f!, '年度预算总成本')).toMatchObject({ level2: '成本指标' });
    expect(row(f!, '年度预算总成本')!.target.raw).toBe('=3万元');
  });
});

describe('011 湖南 项目绩效目标表: document-site text layer, all cells run together', () => {
  const [f] = projects(read('011_project.txt').forms);

  it('reads the header, the total and its parts written as 名称：金额', () => {
    expect(f).toMatchObject({
      name: '镇域内基础设施建设',
      title: '项目绩效目标表(2021年度)',
      category: '延续项目',
    });
    expect(f!.budget.total).toBe('10606.7522');
    expect(f!.budget.sources).toContainEqual({ name: '财政拨款', amount: '6923.3552' });
  });

  it('finds no indicator in tables that hold only numbers', () => {
    // 成本指标88100…, …20100社会公众或服务对象满意度指 (cut off): numbers and a cut level name, no indicator.
    expect(f!.indicators).toEqual([]);
    expect(f!.emptyLevel2!.filter((e) => e.term === 'long').map((e) => e.level2)).toContain('数量指标');
  });
});

describe('013 湖南 部门整体支出项目绩效目标申报表: labels and values fused in lines', () => {
  const doc = read('013_dept.txt');
  const f = doc.forms[0] as DepartmentForm;

  it('reads the department, its total and its goal', () => {
    expect(doc.forms).toHaveLength(1);
    expect(f).toMatchObject({
      kind: 'department',
      department: '澧县食用菌研究所',
      year: 2021,
      total: '222.45',
    });
    expect(f.goals[0]!.text).toMatch(/^1、围绕我县农业特色产业发展的总体要求/);
  });

  it('reads eight indicators, each value on the line after its row', () => {
    expect(f.indicators).toHaveLength(8);
    expect(f.indicators.map((i) => i.target.raw)).toEqual([
      '2种',
      '4种',
      '2个',
      '3种',
      '5个',
      '10家',
      '100%',
      '100%',
    ]);
    expect(f.indicators[0]).toMatchObject({
      level1: '产出指标',
      level2: '数量指标',
      name: '研究培育食用菌品种数量',
    });
  });
});

describe('014 重庆 部门（单位）整体绩效目标表: name, weight, unit, operator and value fused', () => {
  const f = read('014_dept.txt').forms[0] as DepartmentForm;

  it('reads the department and its 区级支出预算总量', () => {
    expect(f).toMatchObject({
      department: '重庆市巴南区人民政府一品街道办事处',
      total: '3724.39',
      year: 2022,
    });
  });

  it('splits each fused row by the columns of the header', () => {
    expect(f.indicators.map((i) => [i.name, i.target.raw])).toEqual([
      ['预算执行率', '=100%'],
      ['预决算及时编制率', '=100%'],
      ['政府预决算公开率(除涉密信息外)', '=100%'],
      ['基层组织建设办公阵地和干部人才保障有效性', '有效保障'],
      ['民政优抚及特困受助对象生活水平改善情况', '有效改善'],
      ['民政优抚及特困补助发放及时率', '=100%'],
      ['农村公路养护里程', '=125公里'],
      ['开展各种文艺活动场次', '20'],
      ['森林受灾率', '1%'],
      ['饲养动物免疫率', '=100%'],
      ['服务对象满意度', '95%'],
    ]);
  });
});

describe('012 河南 (traditional script, a list in prose): not a form', () => {
  it('finds no form', () => {
    expect(read('012_project.txt').forms).toEqual([]);
  });
});

describe('labels a user taught for a template', () => {
  const text = [
    '项目支出绩效目标表',
    '项目名称\t社区服务经费',
    '牵头科室\t社会事务科',
    '年度资金总额\t12',
  ].join('\n');

  it('reports a label the lexicon does not know, and keeps its value as written', () => {
    const doc = recognizeDocument(corpusRows(text));
    expect(doc.unknownLabels).toEqual(['牵头科室']);
    expect((doc.forms[0] as ProjectForm).extra).toEqual({ 牵头科室: '社会事务科' });
  });

  it('reports the unknown labels of a department form too, not its known ones', () => {
    const dept = [
      '部门整体绩效目标表',
      '部门（单位）名称\t某县农业农村局',
      '分管领导\t张三',
      '资金总额\t222.45',
    ].join('\n');
    const doc = recognizeDocument(corpusRows(dept));
    expect(doc.forms[0]).toMatchObject({ kind: 'department', department: '某县农业农村局', total: '222.45' });
    expect(doc.unknownLabels).toEqual(['分管领导']);
  });

  it('reads the field a taught label names, with the lexicon still in force', () => {
    const doc = recognizeDocument(corpusRows(text), { labels: [{ label: '牵头科室', field: 'executor' }] });
    expect(doc.forms[0]).toMatchObject({ name: '社区服务经费', executor: '社会事务科' });
    expect(doc.unknownLabels).toEqual([]);
    expect(doc.sources[0]!.find((s) => s.path === '/executor')).toMatchObject({
      label: '牵头科室',
      confidence: 1,
    });
  });
});

describe('importBuffer passes provenance and unknown labels on', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('returns the sources of each form and the labels it did not know', async () => {
    const text = [
      '项目支出绩效目标表',
      '项目名称\t社区服务经费',
      '牵头科室\t社会事务科',
      '年度资金总额\t12',
    ].join('\n');
    const outcome = await importBuffer(bytes(text), 'form.txt');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.unknownLabels).toEqual(['牵头科室']);
    expect(outcome.sources).toHaveLength(1);
    expect(outcome.sources[0]!.find((s) => s.path === '/budget/total')).toMatchObject({
      line: 4,
      column: 1,
      label: '年度资金总额',
      text: '12',
      confidence: 1,
    });
    const taught = await importBuffer(bytes(text), 'form.txt', {
      labels: [{ label: '牵头科室', field: 'executor' }],
    });
    expect(taught.ok && taught.forms[0]).toMatchObject({ executor: '社会事务科' });
  });

  it('reads a one-cell-per-line corpus document from its bytes', async () => {
    const outcome = await importBuffer(bytes(corpusText('001_project.txt')), '001_project.txt');
    expect(outcome.ok && outcome.forms.map((f) => (f.kind === 'project' ? f.name : null))).toEqual([
      '岳阳县2022年高标准农田建设项目',
    ]);
  });
});
