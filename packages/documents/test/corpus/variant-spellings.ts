// The spellings a template variant (variants.ts) prints a form in: labels and column headings of other provinces'
// templates, level names and orders, targets and amounts as written, and the shapes a source fits.
// Test data, not product code.
import { dec, parseIndicatorValue } from '@jixiao/core';
import { fitsHeadingOutline } from './heading-outline-shape.ts';
import { fitsNumberedCell } from './variant-numbered-cell.ts';
import { spellings, type IndicatorTruth } from './truth.ts';
import type { Cell, Shape, SourceForm, VariantChoices } from './variant-choices.ts';

// Label spellings, from labels.md and the brief's list of what provinces print.
export const TITLES: Record<string, string[]> = {
  project: ['项目支出绩效目标表', '项目支出绩效目标申报表', '项目绩效目标表', '部门预算项目支出绩效目标表'],
  department: ['部门整体支出绩效目标表', '部门(单位)整体绩效目标表', '部门整体支出绩效目标申报表'],
  'self-evaluation': ['项目支出绩效自评表', '项目绩效自评表', '部门预算项目支出绩效自评表', '绩效目标自评表'],
  monitoring: ['项目支出绩效运行监控表', '项目支出绩效监控表', '项目绩效运行监控表'],
};
export const NAME_LABELS = ['项目名称', '项目全称', '项目(专项)名称', '专项资金名称'];
export const DEPT_LABELS = ['部门(单位)名称', '部门名称', '单位名称', '预算单位'];
export const SUPERVISOR_LABELS = ['主管部门', '主管单位', '主管部门及代码', '业务主管部门', '部门名称'];
export const EXECUTOR_LABELS = ['实施单位', '项目单位', '项目实施单位', '具体实施单位', '项目执行单位'];
export const BUDGET_LABELS = ['年度资金总额', '资金总额', '预算数', '年度预算数', '项目资金总额'];
export const DEPT_BUDGET_LABELS = ['资金总额', '年度预算总额', '部门预算总额', '预算数', '年度预算数'];
export const GOAL_LABELS = ['年度绩效目标', '年度目标', '年度总体目标', '预期目标'];
export const COLUMN_LABELS: Record<string, string[]> = {
  level1: ['一级指标'],
  level2: ['二级指标'],
  name: ['三级指标', '指标名称', '三级指标名称'],
  target: ['指标值', '年度指标值', '目标值', '年初目标值', '指标目标值', '年初目标值(A)', '计划指标值'],
  op: ['指标性质', '计算符号'],
  unit: ['度量单位', '计量单位'],
  actual: [
    '实际完成值',
    '全年实际值',
    '实际完成情况',
    '全年完成值',
    '实际完成值(B)',
    '全年实际完成值',
    '完成值',
  ],
  monitorActual: ['1-6月执行情况', '1-7月完成情况', '截至7月底完成值'],
  weight: ['分值', '权重', '指标权重', '权重分值', '指标分值'],
  level1Weight: ['分值', '权重', '分值(分)'],
  level2Weight: ['分值', '权重', '分值(分)'],
  score: ['得分', '自评得分', '指标得分', '指标得分(分)'],
  adjusted: ['调整指标值'],
  coefficient: ['得分系数(%)', '得分系数'],
  core: ['是否核心指标'],
  reason: [
    '偏差原因分析及改进措施',
    '未完成原因及改进措施',
    '偏差原因',
    '未完成原因和改进措施',
    '未完成原因分析',
  ],
};
export const BUDGET_ROW_LABELS: Record<string, string[]> = {
  initial: ['年初预算数', '年初批复数'],
  annual: ['全年预算数', '全年预算数(A)', '调整后预算数'],
  executed: ['全年执行数', '全年执行数(B)', '执行数(B)'],
  weight: ['分值', '权重'],
  rate: ['执行率', '执行率(B/A)', '预算执行率'],
  score: ['得分'],
};
// A 监控表's 全年预算数 (年度预算数, 调整后预算数) is the year's adjusted budget, as on a 自评表 (DOMAIN.md §2.3:
// 执行率 = 执行数 ÷ 全年预算数): only 年初预算数 is the budget set at the start of the year.
export const MONITOR_ROW_LABELS: Record<string, string[]> = {
  initial: ['年初预算数', '年初预算'],
  annual: ['全年预算数', '年度预算数', '调整后预算数', '调整预算数'],
  executed: ['1-6月执行数', '1-7月执行数', '截至7月底执行数'],
  rate: ['执行率', '预算执行进度'],
};

/** A 专项债券's block (债券资金管理指标): the money spent, the year's 下达额度, the 进度 column and its points. */
export const BOND_ROW_LABELS: Record<string, string[]> = {
  annual: ['下达额度', '当年下达额度', '债券下达额度', '项目当年下达额度', '债券资金下达额度'],
  executed: ['实际支出金额', '当年实际支出金额', '债券实际支出金额', '债券资金实际支出金额'],
  rate: ['实际完成值', '支出进度'],
  weight: ['分值', '权重'],
  score: ['得分'],
};
/** A target-and-actual table's headings (一级指标 | 二级指标 | 指标名称 | 目标值 | 完成值, wide/520). */
export const TARGET_ACTUAL_LABELS: Record<string, string[]> = {
  level1: ['一级指标'],
  level2: ['二级指标'],
  name: ['指标名称', '三级指标', '指标内容', '具体指标'],
  target: ['目标值', '年度指标值', '指标值', '年度目标值', '年初目标值', '计划指标值', '预期指标值'],
  actual: ['完成值', '实际完成值', '全年实际完成值', '实际值', '实际完成情况', '全年完成值'],
  reason: ['偏差原因', '未完成原因', '偏差原因分析及改进措施', '备注'],
};
/** A generated report's headings (wide/536): 绩效内容 over the 二级 and the name, the share done last. */
export const REPORT_TABLE_LABELS: Record<string, string> = {
  level1: '评价内容',
  level2: '绩效内容',
  name: '',
  target: '绩效目标值',
  actual: '实际完成值',
  share: '累计完成率',
};
/** Levels a generated report words as goals (产出目标, 数量目标); others as the form words them. */
const GOAL_WORDED =
  /^(产出|效益|效果|满意度|数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度)指标$/;
export const goalWorded = (level: string) =>
  GOAL_WORDED.test(level) ? level.replace(/指标$/, '目标') : level;
/** 实际 ÷ 目标值 as a whole per cent where both hold a figure (143%), else nothing. */
export function shareDone(target: string, actual: string): string {
  const t = Number(/[\d.]+/.exec(target)?.[0]);
  const a = Number(/[\d.]+/.exec(actual)?.[0]);
  return t > 0 && Number.isFinite(a) && /\d/.test(actual) ? `${Math.round((100 * a) / t)}%` : '';
}
/** 二级 as another framework words them (产出数量 for 数量指标), the form's own words otherwise. */
export const OTHER_LEVEL2: Record<string, string[]> = {
  数量指标: ['产出数量', '数量'],
  质量指标: ['产出质量', '质量'],
  时效指标: ['产出时效', '时效'],
  成本指标: ['产出成本', '成本'],
  经济效益指标: ['经济效益'],
  社会效益指标: ['社会效益'],
  生态效益指标: ['生态效益'],
  服务对象满意度指标: ['满意度', '服务对象满意度'],
};
/** A table printed under the indicators in the same copy (the payments it lists): no indicator table. */
export const AFTER_TABLES = [
  ['序号', '学校性质', '培训机构', '补助标准(元/人)', '合格人数', '补助资金', '备注'],
  ['序号', '单位名称', '项目内容', '资金(万元)', '备注'],
  ['序号', '乡镇', '受益户数', '补助金额(元)', '备注'],
];

/** 一级 / 二级 by what the indicator measures, as a template would file it. */
export function levelsOf(i: IndicatorTruth): [string, string] {
  const n = spellings(i.name)[0]!;
  const t = spellings(i.target)[0] ?? '';
  if (/满意/.test(n)) return ['满意度指标', '服务对象满意度指标'];
  if (/收入|增收|经济/.test(n)) return ['效益指标', '经济效益指标'];
  if (/生态|环境|绿化|污染/.test(n)) return ['效益指标', '生态效益指标'];
  if (/效益|带动|就业|知晓|影响|改善|提升|促进|保障/.test(n)) return ['效益指标', '社会效益指标'];
  if (/成本|补助标准|单价|费用|资金/.test(n) || /元/.test(t)) return ['产出指标', '成本指标'];
  if (/及时|时间|时限|按时|完成时|周期|进度/.test(n)) return ['产出指标', '时效指标'];
  if (/率|合格|达标|质量/.test(n)) return ['产出指标', '质量指标'];
  return ['产出指标', '数量指标'];
}
export const LEVEL1_ORDER = ['产出指标', '效益指标', '满意度指标'];

const OP_WORDS: Record<string, string> = { '≥': '不低于', '≤': '不高于', '>': '大于', '<': '小于' };
const OP_ASCII: Record<string, string> = { '≥': '>=', '≤': '<=', '>': '>', '<': '<', '=': '=' };

/** A 指标值 in the chosen writing; with 'columns' the [指标性质, 指标值, 度量单位] cells. */
export function writeTarget(raw: string, style: VariantChoices['targetStyle']): string[] {
  const v = parseIndicatorValue(raw);
  // A value the grammar reads only in part (12月底前100%到位: 12 月 and the words after it, a label before the
  // figure, several figures) is printed as it stands: rewritten from its parsed parts it would lose the rest.
  const whole = v.kind === 'quantitative' && !v.text && !v.label && !v.problem;
  if (v.kind !== 'quantitative' || v.value === null || !whole || style === 'asPrinted') {
    return style === 'columns' ? [v.kind === 'quantitative' ? '' : '定性', raw, ''] : [raw];
  }
  const op = v.opImplied ? '' : (v.op ?? '');
  const unit = v.unit ?? '';
  if (style === 'spaced') return [[op, v.value, unit].filter((s) => s !== '').join(' ')];
  if (style === 'words') return [`${op === '' || op === '=' ? op : (OP_WORDS[op] ?? op)}${v.value}${unit}`];
  if (style === 'ascii') return [`${op === '' ? '' : (OP_ASCII[op] ?? op)}${v.value}${unit}`];
  return [op === '' ? '' : op === '=' ? '＝' : op, v.value, unit];
}

/** 万元 → 元 as a template in 元 prints it (two decimals, sometimes grouped). */
export function toYuan(wan: string, grouped: boolean): string {
  const d = dec(wan);
  if (d === null) return wan;
  const s = d.times(10000).toFixed(2);
  if (!grouped) return s;
  const [int, frac] = s.split('.');
  return `${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
}

export const FULL = (s: string) =>
  s.replace(/[0-9%():.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

export const cell = (text: string, colspan = 1, rowspan = 1): Cell => ({ text, rowspan, colspan });

/** A row of `width` positions: the cells given, the last one spanning what is left. */
export function fill(cells: Cell[], width: number): Array<Cell | null> {
  const row: Array<Cell | null> = [];
  cells.forEach((c, k) => {
    const span = k === cells.length - 1 ? Math.max(1, width - row.length) : c.colspan;
    row.push({ ...c, colspan: span });
    for (let s = 1; s < span; s++) row.push(null);
  });
  return row;
}

/** Whether a shape can print a source form: a scoring table needs a 自评表 whose indicators carry weights. */
export function shapeFits(src: SourceForm, shape: Shape): boolean {
  const f = src.form;
  const selfEvaluation = f.kind === 'self-evaluation';
  if (shape === 'scoring') return selfEvaluation && (f.indicators ?? []).some((i) => i.weight !== undefined);
  if (shape === 'bracketList') return f.kind === 'project' && f.budget !== undefined;
  if (shape === 'headingOutline') return fitsHeadingOutline(f);
  if (shape === 'targetActual' || shape === 'reportTable')
    return selfEvaluation && (f.indicators ?? []).some((i) => i.actual !== undefined);
  if (shape === 'bond')
    return selfEvaluation && f.budgetRows?.annual !== undefined && f.budgetRows.executed !== undefined;
  if (shape === 'coreColumn')
    return (
      selfEvaluation && (f.indicators ?? []).some((i) => i.weight !== undefined && i.score !== undefined)
    );
  if (shape === 'graded') return f.kind === 'project' && (f.indicators ?? []).length > 0;
  if (shape === 'numberedCell') return fitsNumberedCell(f);
  if (shape === 'checklist')
    return selfEvaluation && (f.indicators ?? []).some((i) => i.actual !== undefined);
  return true;
}

/** A target a graded table can print run together: a figure with its unit or percent (≥95%, 200人次). */
export const GLUED_THRESHOLD =
  /^(?:[≥≤><=]=?)?\d+(?:\.\d+)?(?:%|\p{Script=Han}{1,3}(?:\/\p{Script=Han}{1,2})?)$/u;
/** The bases a graded table gives its rows (评价标准确定依据). */
export const GRADE_BASES = ['按计划标准评价', '按行业标准评价', '按历史标准评价'];

/** 得分系数 as the 重庆 template prints it: the share of its points a row earned (100%, 95%); empty without both. */
export function coefficientOf(weight: string | undefined, score: string | undefined): string {
  const w = Number(weight);
  const sc = Number(score);
  if (weight === undefined || score === undefined || !(w > 0) || Number.isNaN(sc)) return '';
  return `${Math.round((sc / w) * 100)}%`;
}

/** Points as a template prints a sum of weights: whole, or to two decimals at most. */
export function points(ws: ReadonlyArray<string | undefined>): string {
  const sum = ws.reduce((n, w) => n + (Number(w) || 0), 0);
  return String(Math.round(sum * 100) / 100);
}
