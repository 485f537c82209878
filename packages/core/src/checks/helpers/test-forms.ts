// Small factories for check tests: valid canonical forms with sensible defaults, overridden per case.
import type { DepartmentForm, FundLine } from '../../model/department-form.ts';
import type { Goal, Indicator } from '../../model/indicator.ts';
import type { ProjectForm } from '../../model/project-form.ts';
import { parseIndicatorValue } from '../../value/parse-indicator-value.ts';

export type IndicatorInput = Partial<Omit<Indicator, 'target'>> & {
  /** The written 指标值, parsed with the real grammar. */
  target?: string | null;
};

/** One indicator row; `target` is written text and is parsed as the importer would. */
export function makeIndicator(overrides: IndicatorInput = {}): Indicator {
  const { target = '≥95%', ...rest } = overrides;
  return {
    term: 'annual',
    goal: '年度绩效目标1',
    level1: '满意度指标',
    level2: '服务对象满意度指标',
    name: '服务对象满意度',
    history: null,
    basis: '计划标准',
    category: null,
    ...rest,
    target: parseIndicatorValue(target),
  };
}

/** A complete goal table (project-88): 数量, 质量, 时效, 成本, 效益, 满意度, all filled and valid. */
export function goalIndicators(
  term: Indicator['term'],
  goal: string,
  overrides: IndicatorInput = {},
): Indicator[] {
  const base = { term, goal, ...overrides };
  return [
    makeIndicator({ ...base, level1: '产出指标', level2: '数量指标', name: '培训人数', target: '≥100人次' }),
    makeIndicator({ ...base, level1: '产出指标', level2: '质量指标', name: '验收合格率', target: '≥95%' }),
    makeIndicator({ ...base, level1: '产出指标', level2: '时效指标', name: '按时完成率', target: '=100%' }),
    makeIndicator({
      ...base,
      level1: '产出指标',
      level2: '成本指标',
      name: '培训成本',
      target: '≤20万元',
      basis: '预算支出标准',
    }),
    makeIndicator({
      ...base,
      level1: '效益指标',
      level2: '社会效益指标',
      name: '业务能力提升',
      target: '有所提升',
    }),
    makeIndicator({
      ...base,
      level1: '满意度指标',
      level2: '服务对象满意度指标',
      name: '学员满意度',
      target: '≥95%',
    }),
  ];
}

const LONG_GOAL: Goal = {
  term: 'long',
  label: '长期绩效目标1',
  text: '三年内完成全市业务骨干轮训，提升服务能力。',
};
const ANNUAL_GOAL: Goal = {
  term: 'annual',
  label: '年度绩效目标1',
  text: '当年完成100人次业务培训，学员满意度不低于95%。',
};

/** A valid project form (framework project-88) with one long-term and one annual goal and their tables. */
export function makeProjectForm(overrides: Partial<ProjectForm> = {}): ProjectForm {
  return {
    kind: 'project',
    formType: '申报表',
    title: '项目绩效目标申报表',
    framework: 'project-88',
    year: 2024,
    unit: '某市行政审批局',
    supervisor: null,
    executor: null,
    name: '业务培训经费',
    code: null,
    category: '延续性项目',
    nature: '持续性项目',
    leader: null,
    phone: null,
    basis: null,
    content: null,
    budget: { total: '50', current: '50', sources: [], history: null },
    details: [],
    goals: [LONG_GOAL, ANNUAL_GOAL],
    indicators: [...goalIndicators('long', '长期绩效目标1'), ...goalIndicators('annual', '年度绩效目标1')],
    emptyLevel2: [],
    opinion: null,
    ...overrides,
  };
}

/** A fund line of a department form. */
export function fundLine(
  name: string,
  current: string | null,
  share: string | null,
  history: Record<string, string | null> = {},
): FundLine {
  return { name, current, share, history };
}

/** One department indicator table (department-hubei): one row under each 一级. */
export function departmentIndicators(
  term: Indicator['term'],
  goal: string | null,
  overrides: IndicatorInput = {},
): Indicator[] {
  const base = { term, goal, basis: '计划标准', ...overrides };
  return [
    makeIndicator({
      ...base,
      level1: '运行成本',
      level2: '公用经费控制',
      name: '公用经费控制率',
      target: '≤100%',
      basis: '预算支出标准',
    }),
    makeIndicator({ ...base, level1: '管理效率', level2: '预算执行', name: '预算执行率', target: '≥95%' }),
    makeIndicator({
      ...base,
      level1: '履职效能',
      level2: '核心业务产出1',
      name: '办件量',
      target: '≥10万件',
    }),
    makeIndicator({
      ...base,
      level1: '社会效应',
      level2: '社会效益',
      name: '营商环境评价',
      target: '有所提升',
    }),
    makeIndicator({
      ...base,
      level1: '可持续发展能力',
      level2: '人才支撑',
      name: '业务培训完成率',
      target: '=100%',
    }),
    makeIndicator({
      ...base,
      level1: '满意度',
      level2: '服务对象满意度',
      name: '群众满意度',
      target: '≥95%',
      basis: '历史标准',
    }),
  ];
}

/** A valid department form (department-hubei) whose funds table adds up. */
export function makeDepartmentForm(overrides: Partial<DepartmentForm> = {}): DepartmentForm {
  return {
    kind: 'department',
    formType: '部门整体绩效目标表',
    title: '部门整体绩效目标表',
    framework: 'department-hubei',
    year: 2024,
    department: '某市行政审批局',
    filler: null,
    phone: null,
    funds: {
      income: [
        fundLine('财政拨款', '1600', '80%', { '2022': '1500', '2023': '1550' }),
        fundLine('单位资金', '400', '20%', { '2022': '100', '2023': '150' }),
        fundLine('合计', '2000', '100%', { '2022': '1600', '2023': '1700' }),
      ],
      expenditure: [
        fundLine('人员类项目支出', '500', '25%', { '2022': '500', '2023': '500' }),
        fundLine('运转类项目支出', '1500', '75%', { '2022': '1100', '2023': '1200' }),
        fundLine('合计', '2000', '100%', { '2022': '1600', '2023': '1700' }),
      ],
    },
    functions: '负责全市行政审批制度改革工作。',
    tasks: '持续深化政务服务改革。',
    projects: [],
    goals: [
      { term: 'long', label: '长期目标', text: '建成统一规范的政务服务体系。' },
      { term: 'annual', label: '年度目标', text: '当年办件量不少于10万件，群众满意度不低于95%。' },
    ],
    indicators: [...departmentIndicators('long', null), ...departmentIndicators('annual', null)],
    emptyLevel2: [],
    ...overrides,
  };
}

/** Replaces the indicator at `index` (negative counts from the end) with `changes` applied. */
export function withIndicator<F extends ProjectForm | DepartmentForm>(
  form: F,
  index: number,
  changes: IndicatorInput,
): F {
  const i = index < 0 ? form.indicators.length + index : index;
  const old = form.indicators[i]!;
  const next = makeIndicator({ ...old, target: old.target.raw, ...changes });
  return { ...form, indicators: form.indicators.map((x, j) => (j === i ? next : x)) };
}
