// Golden tests: the five seed documents imported, with expectations written by hand from reading them.
import { describe, expect, it } from 'vitest';
import type { DepartmentForm, Disclosure, Form, Indicator, ProjectForm } from '@jixiao/core';
import { importText } from '../src/index.ts';
import { haveSeeds, seedText } from './seeds.ts';

const projects = (forms: Form[]) => forms.filter((f): f is ProjectForm => f.kind === 'project');
const find = (form: { indicators: Indicator[] }, term: string, name: string) =>
  form.indicators.find((i) => i.term === term && i.name === name);

describe.skipIf(!haveSeeds)(
  'seed 000: 项目绩效目标申报表, one cell per line, mostly empty template rows',
  () => {
    const forms = haveSeeds ? importText(seedText('000')) : [];
    const f = forms[0] as ProjectForm;

    it('holds one project form with its header block', () => {
      expect(forms).toHaveLength(1);
      expect(f).toMatchObject({
        kind: 'project',
        formType: '申报表',
        name: '2022年度市行政审批局信息项目资金',
        year: 2022,
        category: '延续性项目',
        nature: '持续性项目',
        framework: 'project-88',
        opinion: null,
      });
      expect(f.budget.total).toBe('200');
      expect(f.basis).toMatch(/^1\.省人民政府办公厅《关于印发持续深化一流营商环境建设若干措施的通知》/);
      expect(f.basis).toContain('\n2.省人民政府办公厅');
    });

    it('reads the long-term and annual goals, not the …… placeholders', () => {
      expect(f.goals.map((g) => [g.term, g.label])).toEqual([
        ['long', '长期绩效目标1'],
        ['annual', '年度绩效目标1'],
      ]);
      expect(f.goals[0]!.text).toMatch(/^新建鄂州市电子材料库/);
    });

    it('keeps only filled rows as indicators, with 一级/二级 filled down and normalised', () => {
      expect(f.indicators).toHaveLength(6);
      expect(f.indicators.filter((i) => i.term === 'long')).toHaveLength(3);
      const sat = f.indicators.find((i) => i.term === 'long' && i.level2 === '服务对象满意度指标')!;
      expect(sat.level1).toBe('满意度指标');
      expect(sat.target).toMatchObject({
        kind: 'quantitative',
        op: '≥',
        value: '95',
        unit: '%',
        label: '满意率',
      });
      expect(sat.basis).toBe('定性');
      const econ = f.indicators.find((i) => i.term === 'long' && i.level2 === '经济效益指标')!;
      expect(econ).toMatchObject({
        level1: '效益指标',
        name: '缩短办理时限，降低企业和群众办事成本',
        basis: '定性',
      });
      expect(econ.target).toMatchObject({ kind: 'qualitative', text: '确保完成' });
    });

    it('reads the 前年/上年/预计当年实现 columns of the annual table', () => {
      const q = f.indicators.find((i) => i.term === 'annual' && i.level2 === '质量指标')!;
      expect(q.history).toEqual({ 前年: '基本完成', 上年: '基本完成' });
      expect(q.target.raw).toBe('基本完成');
      expect(q.basis).toBe('良好');
      expect(q.goal).toBe('年度绩效目标1');
    });

    it('records the 二级 left empty, which is what completeness checks see', () => {
      const empty = (f.emptyLevel2 ?? []).map((e) => `${e.term}/${e.level1}/${e.level2}`);
      expect(empty).toContain('long/产出指标/数量指标');
      expect(empty).toContain('annual/产出指标/数量指标');
      expect(empty).toContain('annual/效益指标/社会效益指标');
      expect(empty).not.toContain('long/产出指标/质量指标');
    });
  },
);

describe.skipIf(!haveSeeds)('seed 001: the same form, with targets in the wrong columns', () => {
  const f = (haveSeeds ? importText(seedText('001')) : [])[0] as ProjectForm;

  it('reads the header, including 申报单位 broken over two lines', () => {
    expect(f).toMatchObject({
      name: '政务服务提升工作经费',
      unit: '鄂州市行政审批局',
      year: null,
      formType: '申报表',
    });
    expect(f.budget.total).toBe('50');
  });

  it('reads 14 indicators as written, defects included', () => {
    expect(f.indicators).toHaveLength(14);
    expect(find(f, 'long', '项目按时完成率')!.target).toMatchObject({ op: '≥', value: '100', unit: '%' });
    expect(find(f, 'long', '宣传报道、专题片数量')!.basis).toBe('反映宣传政务服务特色亮点工作');
    const annual = find(f, 'annual', '宣传报道、专题片数量')!;
    expect(annual.target).toMatchObject({ kind: 'qualitative', text: '完成' });
    expect(annual.basis).toBe('≥10个');
    expect(annual.history).toEqual({ 前年: '完成', 上年: '完成' });
    expect(find(f, 'annual', '市民对项目的满意率')!.basis).toBe('≥96%');
  });
});

describe.skipIf(!haveSeeds)('seed 002: 部门整体绩效目标表', () => {
  const f = (haveSeeds ? importText(seedText('002')) : [])[0] as DepartmentForm;

  it('reads the header and infers the year from the two history years', () => {
    expect(f).toMatchObject({
      kind: 'department',
      department: '鄂州市行政审批局',
      filler: '汪德清',
      phone: '027-60858556',
      year: 2024,
      framework: 'department-hubei',
    });
  });

  it('reads the funds table with its history columns and 合计 lines', () => {
    expect(f.funds.income.map((l) => l.name)).toEqual(['财政拨款', '财政专户管理资金', '单位资金', '合计']);
    expect(f.funds.income[0]).toEqual({
      name: '财政拨款',
      current: '1611.44',
      share: '100%',
      history: { '2022': '1741.89', '2023': '2419.18' },
    });
    expect(f.funds.income[2]!.history).toEqual({ '2022': '15.30', '2023': '20.11' });
    expect(f.funds.expenditure.map((l) => [l.name, l.current, l.share])).toEqual([
      ['人员类项目支出', '571.71', '35.48%'],
      ['运转类项目支出', '83.73', '5.20%'],
      ['特定目标类项目支出', '956', '59.32%'],
      ['合计', '1611.44', '100%'],
    ]);
    expect(f.funds.expenditure[3]!.history['2022']).toBe('1754.27');
  });

  it('reads the empty long-term goal as null and the annual goal text', () => {
    expect(f.goals.map((g) => [g.term, g.label, g.text === null])).toEqual([
      ['long', '长期目标', true],
      ['annual', '年度目标', false],
    ]);
    expect(f.functions).toMatch(/^1\.贯彻落实中央/);
    expect(f.tasks).toContain('一窗通办');
  });

  it('reads 37 long-term and 38 annual indicators of the department tree', () => {
    expect(f.indicators.filter((i) => i.term === 'long')).toHaveLength(37);
    expect(f.indicators.filter((i) => i.term === 'annual')).toHaveLength(38);
    const contact = find(f, 'long', '联系部门满意度')!;
    expect(contact).toMatchObject({
      level1: '满意度',
      level2: '联系部门满意度',
      basis: '历史标准',
      category: '绩效基本型',
    });
    expect(contact.target).toMatchObject({ op: '≥', value: '100', unit: '%' });
    const cost = find(f, 'annual', '公用经费控制率')!;
    expect(cost.history).toEqual({ '2022': '100%', '2023': '100%' });
    expect(cost.target).toMatchObject({ op: '≤', value: '100', unit: '%' });
    expect(find(f, 'annual', '全面推动数字治理提质增效')).toMatchObject({
      level1: '社会效应',
      level2: '社会效益',
    });
    expect(f.emptyLevel2).toEqual([
      { term: 'long', goal: '长期目标', level1: '社会效应', level2: '生态效益' },
    ]);
  });
});

describe.skipIf(!haveSeeds)('seed 003: 部门预算公开 with its project forms and department form', () => {
  const forms = haveSeeds ? importText(seedText('003')) : [];
  const d = forms[0] as Disclosure;

  it('returns the disclosure and the six forms inside it', () => {
    expect(forms.map((f) => f.kind)).toEqual([
      'disclosure',
      'project',
      'project',
      'project',
      'project',
      'project',
      'department',
    ]);
    expect(d).toMatchObject({ department: '武汉市东西湖区行政审批局', year: 2020 });
  });

  it('reads the explanation sections 一 to 九', () => {
    expect(d.sections.slice(0, 9).map((s) => s.title.slice(0, 2))).toEqual([
      '一、',
      '二、',
      '三、',
      '四、',
      '五、',
      '六、',
      '七、',
      '八、',
      '九、',
    ]);
    const s3 = d.sections[2]!;
    expect(s3.title).toBe('三、部门收支预算总体安排情况');
    expect(s3.text).toContain('比2019年预算减少620.92万元，下降11.45%');
  });

  it('reads the standard tables with amounts as plain decimals', () => {
    expect(d.tables.map((t) => t.title)).toEqual([
      '部门收支总表',
      '部门支出总表',
      '财政拨款收支预算总表',
      '一般公共预算基本支出表（经济分类款级）',
      '一般公共预算“三公”经费支出表',
      '政府性基金预算支出表',
    ]);
    const summary = d.tables[0]!;
    expect(summary.unit).toBe('万元');
    expect(summary.rows.at(-1)).toEqual([
      '收入总计',
      '4804.64',
      '支出总计',
      '4804.64',
      '支出功能科目总计',
      '4804.64',
    ]);
    expect(summary.rows.some((r) => r[4] === '220 自然资源海洋气象等事务')).toBe(true);
    const basic = d.tables[3]!;
    expect(basic.rows.find((r) => r[0] === '30217')).toEqual(['30217', '公务接待费', '1.00']);
    expect(d.tables[5]!.rows).toEqual([]);
    expect(d.tables[5]!.note).toContain('没有政府性基金预算');
  });

  it('reads the key figures', () => {
    expect(d.figures).toMatchObject({
      income: '4804.64',
      basicExpenditure: '1133.08',
      projectExpenditure: '3671.56',
      threePublic: '1.00',
      threePublicReception: '1.00',
      operatingCosts: '202.82',
      procurement: '2247.66',
      procurementGoods: '47.86',
      procurementServices: '2199.80',
    });
  });

  it('reads the five 项目申报表 with budgets, sources and annual indicators', () => {
    const ps = projects(forms);
    expect(ps.map((p) => [p.name, p.budget.total, p.indicators.length])).toEqual([
      ['东西湖区公共资源交易中心工作经费', '200.00', 12],
      ['后勤保障经费', '900.00', 4],
      ['日常工作运行经费', '690.00', 3],
      ['信息化工作经费', '140.00', 14],
      ['政府采购项目（上年结转）', '1741.56', 7],
    ]);
    const p = ps[0]!;
    expect(p).toMatchObject({
      year: 2020,
      supervisor: '东西湖区行政审批局',
      executor: '东西湖区公共资源交易中心',
      leader: '陶锴',
      category: '经常性项目',
    });
    expect(p.budget.current).toBe('200.0000');
    expect(p.budget.sources[0]).toEqual({ name: '合计', amount: '200.0000' });
    expect(p.budget.sources).toHaveLength(8);
    expect(p.details).toEqual([expect.objectContaining({ item: '其他商品和服务支出', amount: '200.0000' })]);
    expect(p.goals).toEqual([{ term: 'long', label: '项目绩效总目标', text: '打造优秀基层交易平台' }]);
    expect(p.indicators.every((i) => i.term === 'annual')).toBe(true);
    expect(p.indicators[0]).toMatchObject({
      level1: '产出指标',
      level2: '数量指标',
      name: '平台服务创新内容',
      basis: '其他标准',
    });
    // a row broken over two lines is joined back
    expect(ps[3]!.indicators[0]!.name).toBe('数字化政府方案涵盖内容数量');
    expect(ps[1]!.indicators[1]).toMatchObject({ level2: '成本指标', name: null });
    expect(ps[1]!.indicators[1]!.target.text).toBe('不超支');
  });

  it('reads the 部门整体支出绩效目标申报表 with its shifted rows put back', () => {
    const f = forms[6] as DepartmentForm;
    expect(f).toMatchObject({
      department: '武汉市东西湖区行政审批局',
      year: 2020,
      framework: 'project-88',
      filler: '谭申莉',
    });
    expect(f.funds.income.at(-1)).toMatchObject({ name: '合计', current: '4904.64' });
    expect(f.funds.expenditure.at(-1)).toMatchObject({
      name: '合计',
      current: '4904.64',
      history: { '2018': '3055.71', '2019': '5426.92' },
    });
    expect(f.projects.map((p) => [p.name, p.current])).toContainEqual(['行政审批综合业务支出', '100']);
    expect(f.projects.map((p) => p.name)).toContain('后期保障经费');
    expect(f.goals.filter((g) => /^长期绩效目标\d$/.test(g.label))).toHaveLength(6);
    expect(f.indicators).toHaveLength(90);
    const g4 = f.indicators.filter((i) => i.goal === '长期绩效目标4');
    expect(g4.find((i) => i.name === '项目入场登记率')).toMatchObject({
      level1: '产出指标',
      level2: '质量指标',
    });
    expect(g4.find((i) => i.name === '标准化独立成果')).toMatchObject({
      level1: '效益指标',
      level2: '可持续影响指标',
    });
    expect(g4.find((i) => i.name === '总体满意率')).toMatchObject({
      level1: '满意度指标',
      level2: '服务对象满意度指标',
    });
    const a4 = f.indicators.filter((i) => i.goal === '年度绩效目标4');
    expect(a4.find((i) => i.name === '集采项目支持中小企业发展比例')).toMatchObject({
      level1: '效益指标',
      level2: '社会效益指标',
    });
  });
});

describe.skipIf(!haveSeeds)('seed 004: five 项目支出绩效目标批复表 in tab-separated rows', () => {
  const forms = haveSeeds ? importText(seedText('004')) : [];

  it('holds five approved project forms of 鄂州市数据局', () => {
    expect(projects(forms).map((p) => [p.name, p.budget.total, p.indicators.length])).toEqual([
      ['政务服务工作', '571', 16],
      ['援疆对口社区帮扶', '3', 14],
      ['法律顾问', '2', 12],
      ['城市数字公共基础设施专班', '22', 16],
      ['办公区域改扩建维修', '350', 20],
    ]);
    for (const p of projects(forms))
      expect(p).toMatchObject({ formType: '批复表', unit: '鄂州市数据局', framework: 'project-101' });
  });

  it('fills blank 一级/二级 down and repairs the row shifted one cell left', () => {
    const p = forms[0] as ProjectForm;
    expect(p.indicators[0]).toMatchObject({
      goal: '长期绩效目标1',
      level1: '成本指标',
      level2: '经济成本指标',
      name: '项目成本',
    });
    expect(p.indicators[0]!.target).toMatchObject({ op: '≤', value: '571', unit: '万元' });
    expect(p.indicators[2]).toMatchObject({
      level1: '产出指标',
      level2: '数量指标',
      name: '服务窗口工作人员数量',
    });
    const sat = p.indicators[7]!;
    expect(sat).toMatchObject({
      term: 'long',
      goal: '长期绩效目标1',
      level1: '满意度指标',
      level2: '服务对象满意度指标',
      name: '群众满意度',
      basis: '计划标准',
    });
    expect(sat.target.raw).toBe('≥95%');
  });

  it('reads the goal texts of each form', () => {
    const p = forms[4] as ProjectForm;
    expect(p.goals).toEqual([
      { term: 'long', label: '长期绩效目标1', text: '确保满足市民中心大楼正常运转' },
      { term: 'annual', label: '年度绩效目标1', text: '确保满足市民中心大楼正常运转' },
    ]);
  });
});
