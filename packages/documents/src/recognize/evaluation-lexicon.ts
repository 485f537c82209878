// The labels of 绩效自评表 and 绩效运行监控表, as data: every spelling seen (../shared/corpus/labels.md, the
// 财政部 template, the seeds' exports) mapped to what the column or field means. Keys are compared after
// labelKey (no spaces, full-width brackets) and without a trailing (A)/(B)/(分)/(万元) note.
import { TextMemo } from '@jixiao/core';
import { halfWidthFigures, labelKey } from '../rows/clean-cell.ts';
import { columnConcept, lexiconKey } from './lexicon.ts';
import type { ColumnRole } from './lexicon-columns.ts';
import { COLUMN_LABELS } from './lexicon-columns.ts';

/** What a column of the indicator table holds. */
export type IndicatorColumn =
  | 'section' // 绩效指标: the merged cell on the left of the band, holds nothing per row
  | 'level1'
  | 'level2'
  | 'name'
  | 'target' // 年度指标值: a group over 指标性质/指标值/度量单位 when those are printed under it
  | 'targetValue' // 指标值 printed under a 年度指标值 group
  | 'op' // 指标性质 / 指标方向: ≥ ≤ = 正向 反向
  | 'unit' // 度量单位 / 计量单位
  | 'actual'
  | 'actualToDate'
  | 'expectedFullYear'
  | 'weight'
  | 'score'
  | 'review' // 复核分: a reviewer's score beside the unit's own, kept apart from the 得分
  | 'coefficient' // 得分系数: the share of the 分值 a row earned (100%, 0.9), between its values and its points
  | 'reason'
  | 'likelihood'
  | 'measure'
  | 'light'
  | 'remark';

const INDICATOR_COLUMNS: Record<IndicatorColumn, readonly string[]> = {
  section: ['绩效指标', '年度绩效指标', '绩效指标完成情况'],
  level1: ['一级指标', '一級指標'],
  level2: ['二级指标', '二級指標'],
  name: [
    '三级指标',
    '三級指標',
    '指标名称',
    '指标内容',
    '绩效指标名称',
    '具体指标',
    '指标名称（三级指标）',
    // 江苏 宜兴: 目标名称 | 目标值 | 评价指标 | 标准值 | 目标完成值 | 评价指标值 | 权重分值 | 评分规则 | 得分.
    '目标名称',
    // 福建's generated 项目绩效自评报告 (江西's 申报表 words): 评价内容 | 绩效内容 | 绩效目标值 | 实际完成值 | 累计完成率.
    '绩效内容',
  ],
  target: [
    '年度指标值',
    '年初目标值',
    '年初目標值',
    '年度目标值',
    '计划值',
    '计划指标值',
    '指标目标值',
    '目标值',
    '预期指标值',
    '全年指标值',
    '年度指标值（调整后）',
    // 湖北 广水: 年初指标值 | 年终完成值 | 自评分 | 复核分.
    '年初指标值',
    // 邯郸's 预算指标绩效目标表 (2019): the standard a row is graded by, a band over 优 | 良 | 中 | 差.
    '绩效指标评价标准',
  ],
  // 优 under 绩效指标评价标准: the best grade's threshold, the level the money is set to reach.
  targetValue: ['指标值', '优'],
  op: ['指标性质', '指标方向', '指标值类型', '符号'],
  unit: ['度量单位', '计量单位', '单位（文字描述）'],
  actual: [
    // An evaluation sheet's 采集数据项 over 数据项1 | 数据项2: the figures gathered for the indicator, its actual.
    '采集数据项',
    '数据项1',
    '数据项2',
    '全年实际值',
    '实际完成值',
    '實際完成值',
    '全年完成值',
    '全年实际完成值',
    '实际完成情况',
    '完成值',
    '实际值',
    '年度实际完成值',
    '年终完成值',
    // 济南 历城: 预期指标值(A) | 实际完成指标值(B) | 分值 | 得分 | 未完成原因 | 得分计算方法.
    '实际完成指标值',
    // 河北 县级 预算项目绩效自评表: 单项指标实际完成值 | 单项指标完成情况 | 自评得分 (单项指标得分 | 权重占比(%) | 单项指标折算得分).
    '单项指标实际完成值',
    '指标实际完成值',
    '目标完成值',
  ],
  actualToDate: ['半年度指标执行情况', '半年指标执行情况', '指标执行情况', '执行情况', '实际执行情况'],
  expectedFullYear: ['全年预计完成情况', '全年预计完成值', '预计全年完成情况', '全年预计完成'],
  // 新疆 2023: 指标值 | 指标值设置依据 | 上年完成值 | 指标分值权重 | 指标赋分规则 | 佐证资料 | 指标实际完成值 | 完成率 |
  // 指标得分 | 偏差原因分析及改进措施.
  weight: ['分值', '权重', '指标权重', '权重分值', '指标分值', '权重占比', '指标分值权重', '分值权重'],
  score: ['得分', '指标得分', '自评得分', '实际得分', '自评分', '单项指标得分'],
  review: ['复核分', '复核得分', '复核评分'],
  // 重庆 部门整体绩效自评表 (2021): … | 全年完成值 | 得分系数(%) | 指标权重(分) | 指标得分(分) | 是否核心指标.
  coefficient: ['得分系数'],
  reason: [
    // An evaluation sheet's 理由 beside a 是 / 否 judgement: why the row was judged so.
    '理由',
    '偏差原因分析及改进措施',
    // 衡阳 南岳 自评表: 指标值 | 全年实际完成值 | 产生差异的原因及改进措施.
    '产生差异的原因及改进措施',
    '未完成原因及拟采取的改进措施',
    '未完成原因及改进措施',
    '未完成原因及改進措施',
    '未完成原因和改进措施',
    '偏差大或目标未完成原因分析',
    '偏差或不能完成目标原因分析',
    '偏差原因分析',
    '偏差及原因分析',
    '未完成原因分析',
    '未完成原因分析及改进措施',
    '偏差原因',
    '原因分析',
    '偏差原因及改进措施',
    // 山西 监控表: 全年预计完成值 | 偏差原因及纠偏措施.
    '偏差原因及纠偏措施',
    '原因说明',
    '偏差原因说明',
    '未完成原因',
  ],
  likelihood: ['完成目标可能性'],
  // The central 监控表 template: … | 偏差原因分析 | 完善措施, the measure taken against a deviation.
  // 四川 监控表: … | 偏差原因分析 | 拟采取的纠偏措施 (改进措施), what the unit will do about the row.
  measure: ['纠偏措施', '相关建议或举措', '改进措施', '完善措施', '拟采取的纠偏措施', '拟采取的改进措施'],
  light: ['预警', '预警灯', '预警情况', '预警等级'],
  // 单项指标完成情况 (完成 / 未完成) and 单项指标折算得分 (得分 × 权重占比) restate the row's figures: kept as remarks.
  remark: [
    // The central 监控表 template's 偏差原因分析 band: a tick (√) under each cause, the reason written after.
    '经费保障',
    '制度保障',
    '人员保障',
    '硬件条件保障',
    '其他',
    '备注',
    '说明',
    '指标解释',
    '评分标准',
    // 湖北 随州 / 广水: … | 自评分 | 复核分 | 评价标准 (the 评价内容's scoring criteria, after the scores).
    '评价标准',
    '评（扣）分标准',
    '得分计算方法',
    '单项指标完成情况',
    '单项指标折算得分',
    // 新疆 2023: the basis of the target, last year's value, the scoring rule, the evidence and the share done
    // stand between 指标值 and 指标得分; the share restates 实际 ÷ 指标值.
    '指标值设置依据',
    '上年完成值',
    '指标赋分规则',
    '佐证资料',
    '完成率',
    // 福建's generated 项目绩效自评报告: 绩效目标值 | 实际完成值 | 累计完成率 (实际 ÷ 目标值 again).
    '累计完成率',
    '目标完成率',
    // 广西 监控表: 1-8月完成值 | 目标完成进度 (the share of the year's target done so far) | 预警.
    '目标完成进度',
    '完成进度',
    // 江苏 宜兴: each goal (目标名称 | 目标值 | … | 目标完成值) is judged by a rate (评价指标, with its formula), the
    // rate's 标准值 and its 评价指标值, under a 评分规则: the rate restates the goal, kept as remarks.
    '评价指标',
    '标准值',
    '评价指标值',
    '评分规则',
    // 重庆 部门整体绩效自评表 (2021): 年初指标值 | 调整指标值 | 全年完成值 | … | 是否核心指标. The 年初指标值 stays the
    // target (an adjustment is noted beside it, most rows leave it empty); the 是 / 否 marks a core indicator.
    '调整指标值',
    '是否核心指标',
  ],
};

/** Columns whose label may carry a note, matched by prefix: 完成目标可能性（确定能、有可能、不可能）. */
const PREFIXED: ReadonlyArray<[string, IndicatorColumn]> = [
  ['完成目标可能性', 'likelihood'],
  ['绩效指标（', 'section'],
];

/** 1-6月执行情况, 1—7月指标执行情况, 1-9月实际完成值: progress to date under any month. */
const MONTH_PROGRESS =
  /^(截至|截止)?1?[—\-－–~～至]?\d{0,2}月(底|末)?(份)?(指标)?(实际|累计)?(完成|执行)(情况|值)$/;

/**
 * The same heading inside run-together text (一级指标…三级指标1-7月完成情况未完成原因…): sticky at a position, a month
 * required, so no bare 完成情况 in a row's words passes for it.
 */
const MONTH_PROGRESS_AT =
  /(?:截至|截止)?(?:1[—\-－–~～至])?\d{1,2}月(?:底|末)?(?:份)?(?:指标)?(?:实际|累计)?(?:完成|执行)(?:情况|值)/y;

/** The first character of a period's heading: a figure, half- or full-width, or 截 of 截至 / 截止. */
export const PERIOD_OPENING = /^[\d０-９截]$/;

/** A progress heading's length at most (截至12月底累计实际完成情况 is 16). */
export const MAX_MONTH_HEADING = 20;

/** The keyed end of a progress-to-date heading (1-6月执行情况, 截至7月底完成值) starting at `i` of `key`, or null. */
export function monthProgressEnd(key: string, i: number): number | null {
  // The cheap test first: such a heading opens with a figure or 截至 / 截止 (every position of a text is asked).
  if (!PERIOD_OPENING.test(key.charAt(i))) return null;
  // Full-width figures (１-６月) are one character each, as their half-width forms: the positions hold.
  MONTH_PROGRESS_AT.lastIndex = 0;
  const m = MONTH_PROGRESS_AT.exec(halfWidthFigures(key.slice(i, i + MAX_MONTH_HEADING)));
  return m ? i + m[0].length : null;
}

const indicatorByKey = new Map<string, IndicatorColumn>();
for (const [col, spellings] of Object.entries(INDICATOR_COLUMNS) as [IndicatorColumn, readonly string[]][])
  for (const s of spellings) indicatorByKey.set(labelKey(s), col);

/** The spellings as a list, made once: a header search asks for them at every position of a text (a copy each time
 * was a quarter of the reading of a long prose paste). */
const indicatorSpellingList: ReadonlyArray<readonly [string, IndicatorColumn]> = [...indicatorByKey];

/** Every keyed spelling of an indicator-table column, for finding the header in run-together text. */
export function indicatorColumnSpellings(): ReadonlyArray<readonly [string, IndicatorColumn]> {
  return indicatorSpellingList;
}

/** A column's circled number and the formula over the others' numbers, at the end of its label. */
const CIRCLED_NOTE = /[①-⑳](?:[=＝][①-⑳+＋\-－/×*÷]+)?$/;

/** A label without the notes templates add: (A), (B), (分), (万元), (B/A). */
export function bareLabel(text: string): string {
  return (
    labelKey(text)
      .replace(/^[★☆*]+/, '')
      // 年中调整金额③, 支出实现率（%）⑥=⑤/④: the circled number a column is referred to by, and its formula.
      .replace(CIRCLED_NOTE, '')
      // 预算执行率（B/A×100%）: the rate's formula written out as a percentage.
      .replace(/（(A|B|B\/A(?:[×*xX]100[%％])?|分|万元|元|%|％)）$/i, '')
      .replace(/[:：]$/, '')
  );
}

/** The indicator-table column a header cell names, or null. */
export function indicatorColumnOf(text: string): IndicatorColumn | null {
  // Many passes ask of the same cells (isHeadingRun of every slice of one): the answer depends on the text
  // alone (the tables are fixed), so each text is worked out once.
  let column = columnCache.get(text);
  if (column === undefined) {
    column = computeIndicatorColumn(text);
    columnCache.set(text, column);
  }
  return column;
}

const columnCache = new TextMemo<IndicatorColumn | null>('indicatorColumnOf', 50_000);

function computeIndicatorColumn(text: string): IndicatorColumn | null {
  const key = bareLabel(text);
  const hit = indicatorByKey.get(key);
  if (hit) return hit;
  // １-６月执行情况: a period printed in full-width figures is the same period.
  if (MONTH_PROGRESS.test(halfWidthFigures(key))) return 'actualToDate';
  for (const [prefix, col] of PREFIXED) if (key.startsWith(prefix)) return col;
  const column = targetFormColumn(key);
  if (column) return column;
  if (isClippedReason(key)) return 'reason';
  // 指标值（包含数字及文字描述）: a note in brackets after a heading says what the column holds; the heading
  // before it names the column (as the target forms' headers are read).
  const bare = key.replace(/(（[^（）]*）)+$/, '');
  return bare !== key && bare.length > 0 ? indicatorColumnOf(bare) : null;
}

/** Shortest clipped reason heading recognised: shorter ones open too many other texts. */
const MIN_CLIPPED_REASON = 8;

/**
 * A reason heading cut short where its cell clipped it: the opening of a known reason spelling, at least
 * MIN_CLIPPED_REASON characters, its last character possibly misread (a PDF's 偏差原因分析及改进 of
 * 偏差原因分析及改进措施; OCR's 偏差原因分析及改过). A text that runs on past a spelling, or a short opening
 * (偏差原因产, run into the next heading), is none.
 */
function isClippedReason(key: string): boolean {
  const chars = [...key];
  if (chars.length < MIN_CLIPPED_REASON) return false;
  const head = chars.slice(0, -1).join('');
  return INDICATOR_COLUMNS.reason.some((s) => {
    const spelling = [...labelKey(s)];
    return spelling.length > chars.length && spelling.slice(0, chars.length - 1).join('') === head;
  });
}

/** The columns a target form's heading names that a 自评表 prints under the same words. */
const FROM_TARGET_FORM: Partial<Record<ColumnRole, IndicatorColumn>> = {
  level1: 'level1',
  level2: 'level2',
  name: 'name',
  value: 'target',
  op: 'op',
  unit: 'unit',
  weight: 'weight',
};

/**
 * A heading of the target forms' lexicon (三级指标名称, 预期目标值): a 自评表 copies its indicator columns from
 * the province's target form. Short keys (指标, 单位, 值) stay out: alone they are fragments of a broken header.
 */
function targetFormColumn(key: string): IndicatorColumn | null {
  if (key.length < 4) return null;
  const role = columnConcept(lexiconKey(key));
  return role ? (FROM_TARGET_FORM[role] ?? null) : null;
}

/**
 * Characters one of which every text naming a weight column holds (分, 权). Each way a text comes to a column —
 * labelKey, bareLabel, a bracketed note dropped, the target forms' keys — only drops characters or makes
 * brackets full-width, so a text holding none of them names no weight column: a test that costs less than
 * the lookup, for passes that ask it of every cell of every row (most of them new texts, a miss in the memo).
 */
const WEIGHT_MARKS: readonly string[] = hittingCharacters([
  ...INDICATOR_COLUMNS.weight,
  ...Object.entries(FROM_TARGET_FORM).flatMap(([role, column]) =>
    column === 'weight' ? COLUMN_LABELS[role as ColumnRole] : [],
  ),
]);

/** False for a text that cannot name a weight column (indicatorColumnOf never gives it 'weight'). */
export function mayNameWeight(text: string): boolean {
  for (const mark of WEIGHT_MARKS) if (text.includes(mark)) return true;
  return false;
}

/** A few characters such that every spelling holds one: the commonest first, until every spelling is hit. */
function hittingCharacters(spellings: readonly string[]): string[] {
  let left = spellings.map((s) => new Set(labelKey(s)));
  const marks: string[] = [];
  while (left.length > 0) {
    const counts = new Map<string, number>();
    for (const chars of left) for (const c of chars) counts.set(c, (counts.get(c) ?? 0) + 1);
    const [mark] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
    marks.push(mark);
    left = left.filter((chars) => !chars.has(mark));
  }
  return marks;
}

/** Cells longer than this are never a run of headings. */
const MAX_HEADING_RUN = 40;

/**
 * Whether a cell is two or more column headings run together and nothing else (得分未完成原因分析: 得分 and
 * 未完成原因分析), as a header band re-tabulated from run-together text leaves them.
 */
export function isHeadingRun(text: string): boolean {
  const key = bareLabel(text);
  if (key.length < 4 || key.length > MAX_HEADING_RUN) return false;
  // most[i]: the most headings that cover key[0..i) one after another, -1 where none do.
  const most = new Array<number>(key.length + 1).fill(-1);
  most[0] = 0;
  for (let i = 0; i < key.length; i++) {
    if (most[i]! < 0) continue;
    for (let j = i + 2; j <= key.length; j++)
      if (indicatorColumnOf(key.slice(i, j)) !== null) most[j] = Math.max(most[j]!, most[i]! + 1);
  }
  return most[key.length]! >= 2;
}
