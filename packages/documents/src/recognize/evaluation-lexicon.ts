// The labels of 绩效自评表 and 绩效运行监控表, as data: every spelling seen (../shared/corpus/labels.md, the
// 财政部 template, the seeds' exports) mapped to what the column or field means. Keys are compared after
// labelKey (no spaces, full-width brackets) and without a trailing (A)/(B)/(分)/(万元) note.
import { TextMemo } from '@jixiao/core';
import { halfWidthFigures, labelKey } from '../rows/clean-cell.ts';
import { COLUMN_LABELS, type ColumnRole } from './lexicon-columns.ts';
import { columnConcept, lexiconKey } from './lexicon.ts';
import { PROJECT_FIELDS } from './lexicon-project-fields.ts';
import { withoutGuideCaptions } from './guide-captions.ts';

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
  measure: ['纠偏措施', '相关建议或举措', '改进措施', '完善措施'],
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
const PERIOD_OPENING = /^[\d０-９截]$/;

/** A progress heading's length at most (截至12月底累计实际完成情况 is 16). */
const MAX_MONTH_HEADING = 20;

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

/** Every keyed spelling of an indicator-table column, for finding the header in run-together text. */
export function indicatorColumnSpellings(): Array<[string, IndicatorColumn]> {
  return [...indicatorByKey];
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

/** What a column of the 预算执行情况 block holds. */
export type BudgetColumn =
  'initial' | 'annual' | 'executed' | 'expectedFullYear' | 'rate' | 'weight' | 'score' | 'other';

const BUDGET_COLUMNS: Record<BudgetColumn, readonly string[]> = {
  initial: [
    '年初预算数',
    '年初批复数',
    '年初批复预算',
    '年初预算',
    '年初部门预算安排金额',
    '年初预算安排金额',
    // 衡阳 南岳: 资金情况(万元) | 年初预算资金总额: | 实际投入资金额 | 产生差异的原因.
    '年初预算资金总额',
  ],
  annual: [
    '全年预算数',
    '预算数',
    // 广西 监控表: 年度预算数 | 1-8月执行数 | 预算执行率 | 预警.
    '年度预算数',
    '全年（调整）预算数',
    '调整后预算数',
    '调整后预算',
    '调整预算数',
    '全年调整预算数',
    '变动后预算数',
    '全年预算',
    // 中央 | 省、地 | 本级 | 其他 | 合计 | 执行数 (湖北 广水): the budget by source, its 合计 the year's budget.
    '合计',
    '转移支付预算数',
    // 海南 项目绩效自评表 (一、项目基本情况): 计划投资额 | 实际到位资金 | 实际使用情况, each (万元) a label and a figure.
    '计划投资额',
    // 深圳 专项债券 自评表: 债券资金管理指标 — 总体支出进度 | 实际支出金额 | 下达额度 | 实际完成值 | 分值 | 得分.
    '下达额度',
    // 苏州 市级财政支出项目绩效自评表: 年初预算数 | 当年使用上年结余、结转及当年调整预算数 | 财政拨款数 | 指标结余数.
    '财政拨款数',
    // 岳阳 财政局's 财政支出项目绩效评价自评报告: 计划安排资金 | 实际到位资金 | 实际支出 | 结余, each (万元) a line below.
    '计划安排资金',
  ],
  executed: [
    '全年执行数',
    '执行数',
    '实际执行数',
    '全年实际执行数',
    '预算执行数',
    '年度拨付金额',
    // 四川 区域 自评表 of a central transfer: 转移支付预算数(A) | 转移支付执行数(B).
    '转移支付执行数',
    // 湖北 新洲 (a .docx preview that lost the heading's last character): 全年预算数 | 全年执行 | 分值.
    '全年执行',
    '实际使用情况',
    '实际投入资金额',
    // 四川 转移支付 资金绩效评价表: 全年到位资金（D） | 全年执行资金（E）.
    '全年执行资金',
    // … and the bond money spent in the year, beside its 下达额度.
    '实际支出金额',
    // 苏州: 财政拨款数 | 实际支付数 | 资金结余、结转数 | 结转数 | 财政收回数.
    '实际支付数',
    // … and what was spent of it (实际支出, beside 实际到位资金 and 结余).
    '实际支出',
  ],
  expectedFullYear: ['全年预计执行数', '预计全年执行数'],
  // 实际完成值 in the budget block (专项债券's 总体支出进度 | … | 实际完成值) is that 进度: the money's rate.
  rate: [
    '执行率',
    '预算执行率',
    '资金执行率',
    '支出实现率',
    '预算执行进度',
    '执行进度',
    '实际完成值',
    // … its 总体支出进度 (当年实际支出金额/项目当年下达额度) as a column of its own.
    '支出进度',
  ],
  // 新疆 2023: 年初预算数 | 全年预算数 | 全年执行数 | 分值权重 | 执行率 | 得分.
  weight: ['分值', '执行率权重', '权重', '分值权重'],
  // 湖南 部门整体 2023: 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 自评得分.
  score: ['得分', '执行率得分', '资金执行得分', '自评得分'],
  // Columns Jixiao keeps no figure of (a 部门整体 block's carry-over, mid-year change, balance): known, so that
  // the block's header reads whole and the figures under them do not land in the columns beside them.
  other: [
    '历年结余结转',
    '年中调整金额',
    '本年度结余金额',
    '结余金额',
    '资金结余率',
    '结余率',
    '结余',
    // The money received, between the budget and its use (计划投资额 | 实际到位资金 | 实际使用情况).
    '实际到位资金',
    '小计',
    // The sources as columns of one line (中央 | 省、地 | 本级 | 其他 | 合计): Jixiao keeps the 合计.
    '中央',
    '省、地',
    '省级',
    '市级',
    '本级',
    '其他',
    // 山西 1-9月 监控表: 执行率 | 序时进度, the calendar's share of the year beside the budget's (75% at 9月).
    '序时进度',
    // 苏州: the year's change and what was left, returned or carried over, beside the budget and its use.
    '当年使用上年结余、结转及当年调整预算数',
    '指标结余数',
    '资金结余、结转数',
    '结转数',
    '财政收回数',
  ],
};

/**
 * 小计, 合计 and the sources head a column only inside a header's run of labels: alone in a cell each names a
 * line of the block.
 */
const LINE_TOO = new Set(['小计', '合计', '中央', '省、地', '省级', '市级', '本级', '其他']);

/**
 * Headings a budget line of some templates is named by, printed after the labels of its band (苏州: 年初预算数 …
 * 指标结余数 | 市级预算执行情况(万元) | 2960.00 …, then 其中:财政拨款数 实际支付数 … | 市级财政资金使用情况(万元) | …):
 * in run-together text they end the band's labels, and a source's name before one (市级) is the line's, no column.
 */
export const BUDGET_LINE_HEADINGS: readonly string[] = ['预算执行情况', '财政资金使用情况', '资金使用情况'];

/** Whether the keyed text at `at` opens a line's heading (BUDGET_LINE_HEADINGS), a source's name before it or not. */
export function budgetLineHeadingAt(key: string, at: number): boolean {
  const source = [...LINE_TOO].find((w) => key.startsWith(w, at));
  const from = source ? at + source.length : at;
  return BUDGET_LINE_HEADINGS.some((h) => key.startsWith(h, from) || key.startsWith(h, at));
}

/**
 * Headings of the budget block's text columns (a deviation's reason, a note): they hold no figure, so in
 * run-together text they end the labels and are no part of the first line's name (原因总额 is 总额).
 */
export const BUDGET_TEXT_COLUMNS: readonly string[] = [
  '产生差异的原因',
  '偏差原因分析',
  '偏差原因',
  '未完成原因',
  '原因分析',
  '原因',
  '备注',
  '说明',
  // 四川 资金绩效评价表: the evidence a line's figures rest on (预算下达文件、资金到位及支出凭证).
  '佐证材料',
  // The central 监控表 template: 1—7月执行率 | 偏差原因分析 | 完成目标可能性 | 备注 after the figures.
  '完成目标可能性',
  // A 监控表's light per budget line (绿灯 / 黄灯 / 红灯).
  '预警',
];

const budgetByKey = new Map<string, BudgetColumn>();
for (const [col, spellings] of Object.entries(BUDGET_COLUMNS) as [BudgetColumn, readonly string[]][])
  for (const s of spellings) budgetByKey.set(labelKey(s), col);

/** Every keyed spelling of a budget column, for finding the block's labels in run-together text. */
export function budgetColumnSpellings(): Array<[string, BudgetColumn]> {
  return [...budgetByKey];
}

/**
 * 1-6月执行数, 1—7月执行数（万元）, 截至6月底支出数: the monitoring table's budget executed (spent) to date.
 */
const MONTH_EXECUTED = /^(截至|截止)?(1?[—\-－–~～至]?\d{1,2})月(底|末)?(份)?(累计)?(执行|支出)数$/;

/** 1—7月执行率 (the central 监控表 template): the rate of the budget executed to date. */
const MONTH_RATE = /^(截至|截止)?(1?[—\-－–~～至]?\d{1,2})月(底|末)?(份)?(累计)?(预算)?(执行|支出)率$/;

/** Both inside run-together text (…全年预算数1-6月执行数预算执行进度…), sticky at a position. */
const MONTH_BUDGET_AT =
  /(?:截至|截止)?(?:1[—\-－–~～至])?\d{1,2}月(?:底|末)?(?:份)?(?:累计)?(?:(执行|支出)数|(?:预算)?(?:执行|支出)率)/y;

/**
 * The budget label of the months to date (1-6月执行数, 截至7月底执行率) starting at `i` of a keyed text: its end and
 * column, or null. The months vary, so no spelling list holds them.
 */
export function monthBudgetLabelAt(key: string, i: number): { end: number; value: BudgetColumn } | null {
  if (!PERIOD_OPENING.test(key.charAt(i))) return null;
  MONTH_BUDGET_AT.lastIndex = 0;
  // Full-width figures (１-６月) are one character each, as their half-width forms: the positions hold.
  const m = MONTH_BUDGET_AT.exec(halfWidthFigures(key.slice(i, i + MAX_MONTH_HEADING)));
  return m ? { end: i + m[0].length, value: m[1] ? 'executed' : 'rate' } : null;
}

/**
 * Whose money or which year a budget heading may name before its word — a bond's (债券下达额度, 债券资金实际支出金额),
 * the project's, the year's (项目当年下达额度, 当年实际支出金额): the same column as the word alone.
 */
const MONEY_QUALIFIER = /^(?:债券资金|债券|项目当年|当年|本年度|本年)(?=\S{3})/;

/** The budget column a header cell names, or null. OCR's 执行率（B/A1 and 得分（20分*执行率） included. */
export function budgetColumnOf(text: string): BudgetColumn | null {
  const key = bareLabel(text).replace(/（B\/A\d?$/, '');
  if (LINE_TOO.has(key)) return null;
  const hit = budgetByKey.get(key) ?? budgetByKey.get(key.replace(MONEY_QUALIFIER, ''));
  if (hit) return hit;
  if (MONTH_EXECUTED.test(key)) return 'executed';
  if (MONTH_RATE.test(key)) return 'rate';
  if (/^得分（\d+分[*×x]执行率）$/.test(key)) return 'score';
  return null;
}

/** The period a 1—m月执行数 label covers: "1-6月执行数" → { period: "1—6月", month: 6 }. */
export function periodOfLabel(text: string): { period: string; month: number } | null {
  const m = /^(?:截至|截止)?1?[—\-－–~～至]?(\d{1,2})月/.exec(bareLabel(text));
  if (!m) return null;
  const month = Number(m[1]);
  return month >= 1 && month <= 12 ? { period: `1—${month}月`, month } : null;
}

/** A budget row that is the total of the block: 年度资金总额, 年度财政资金总额, 合计, 总额. */
export function isBudgetTotalLabel(text: string): boolean {
  // 资金合计 (山西 监控表): the block's 合计 named after what it adds up.
  return /资金总额|总金额|^(资金)?合计|^总计|^总额$/.test(bareLabel(text));
}

/**
 * Measure words printed after a number in 指标值 beside the core's units (550万粒, 0起, 1600元/亩): a value
 * run into the next cell ends where its unit does.
 */
/**
 * The comparator signs a 指标值 is printed with: the plain ones, their full-width forms and the look-alikes
 * fonts and extractions put for them (≧ ≦, box-drawing ═, small-form ﹦ ﹤ ﹥, slanted ⩾ ⩽).
 */
export const COMPARATOR_SIGNS = '≥≤=<>＝＜＞≧≦═﹦﹤﹥⩾⩽';

export const MEASURE_WORDS: readonly string[] = [
  '元/亩',
  '元/吨',
  '元/公斤',
  '元/年',
  '元/户',
  '元/株',
  '万亩',
  '万株',
  '人·月',
  '课时',
  '学时',
  '亩次',
  // 10 台套 (equipment counted in sets): one measure, not 台 with a word after it.
  '台套',
  '粒',
  '株',
  '头',
  '只',
  '棵',
  '羽',
  '尾',
  '盏',
  '根',
  '间',
  '栋',
  '眼',
  '口',
  '匹',
  '箱',
  '袋',
  '瓶',
  '盒',
  '百分比',
  '厘米',
  '毫米',
  '趟',
  '宗',
  '起',
  '例',
  '座',
  '所',
  '艘',
  '架',
  '片',
  '处',
].sort((a, b) => b.length - a.length);

/** What a figure is printed per when the value opens with it (每亩300, 每人500元): 每 and one of these. */
export const PER_MEASURE_WORDS: readonly string[] = [
  '亩',
  '人',
  '户',
  '年',
  '月',
  '天',
  '日',
  '次',
  '吨',
  '公斤',
  '株',
  '头',
  '生',
  '平方米',
  '公里',
];

/**
 * Words a 偏差原因 / 未完成原因 text opens with (没有轮换、动用库存, 因疫情影响…, 由于…): where such a text runs
 * straight on from a one-word actual (无没有轮换…), the word before it is the actual's.
 */
export const REASON_OPENERS: readonly string[] = [
  '没有',
  '未能',
  '尚未',
  '由于',
  '因为',
  '受到',
  '主要是',
  '主要原因',
  '原因是',
  '因',
  '受',
];

/**
 * Other labels of a form's head (who fills it in, how to reach them): never the value of the label before
 * them (主管部门 | 联系人 | 李四 leaves 主管部门 blank).
 */
export const HEAD_OTHER_LABELS: readonly string[] = [
  '项目负责人',
  '负责人',
  '部门联系人',
  '联系人',
  '联系电话',
  '联系人及电话',
  '电话',
  '填报人',
  '填报日期',
  '填表人',
  '填表日期',
  '审核人',
  // A 部门整体 自评表's head (江西): how many units report under it, the size of its whole budget.
  '下属单位个数',
  '整体支出规模',
  // A 自评报告's cover (岳阳 财政局's form: 评价类型 tick boxes, 评价方式: 自评, 评价机构:, 报告日期:) under its head's labels.
  '评价类型',
  '评价方式',
  '评价机构',
  '报告日期',
];

/** Identifying fields of the form's head. */
export type EvaluationField = 'name' | 'unit' | 'department';

const FIELD_LABELS: Record<EvaluationField, readonly string[]> = {
  name: [
    '项目名称',
    '项目（专项）名称',
    '专项资金名称',
    '专项名称',
    '项目名',
    // A transfer's or policy's 自评表 (四川 区域 template): 转移(项目)名称, 政策(项目)名称.
    '转移（项目）名称',
    '政策（项目）名称',
  ],
  unit: [
    '实施单位',
    '项目实施单位',
    '项目执行单位',
    '执行单位',
    '项目单位',
    '预算单位',
    '单位名称',
    '部门（单位）名称',
    '部门（单位）全称',
    '区级预算单位名称',
    '预算单位名称',
    // 湖南 部门整体支出绩效自评表: 一级预算单位名称 (a web copy that lost its first character prints 级预算单位名称).
    '一级预算单位名称',
    '二级预算单位名称',
    '级预算单位名称',
    // 湖南 2023: 预算部门、单位名称 | 某某乡人民政府.
    '预算部门、单位名称',
    '部门名称',
    '部门',
    '填报单位',
    '项目实施单位/项目负责人',
    // 实施(主管)单位 314002-某某局机关: one unit standing for both (a county system's export).
    '实施（主管）单位',
  ],
  // 主管部n: the OCR spelling of corpus 024, kept as data like any other.
  department: [
    '主管部门',
    '县级主管部门',
    '市县主管部门',
    '业务主管部门',
    '主管部门（单位）名称',
    '主管部门及代码',
    '主管部n',
    // A 区域绩效目标自评表 of a central transfer names the ministry (中央主管部门) and, under it, the province's or
    // the local department that answers for the funds: the latter is the form's 主管部门.
    '省级主管部门',
    '地方主管部门',
  ],
};

// A 自评表 names its project, 实施单位 and 主管部门 in the words of the province's target form: every spelling
// of the project lexicon serves here too (this table's own spellings win where the two differ).
const PROJECT_SPELLINGS: ReadonlyArray<[EvaluationField, readonly string[]]> = [
  ['name', PROJECT_FIELDS.name],
  ['unit', PROJECT_FIELDS.executor],
  ['department', PROJECT_FIELDS.supervisor],
];
const fieldByKey = new Map<string, EvaluationField>();
for (const [field, spellings] of [
  ...PROJECT_SPELLINGS,
  ...(Object.entries(FIELD_LABELS) as [EvaluationField, readonly string[]][]),
])
  for (const s of spellings) fieldByKey.set(labelKey(s), field);

export function evaluationFieldOf(text: string): EvaluationField | null {
  return fieldByKey.get(labelKey(text).replace(/（(盖章|公章|签章)）$/, '')) ?? null;
}

/** Goal block headings: the expected goal and what was achieved. */
const GOAL_EXPECTED = ['年初设定目标', '预期目标', '年初绩效目标', '年度目标', '年初目标'];
const GOAL_ACHIEVED = [
  '年度总体目标完成情况综述',
  '实际完成情况',
  // 岳阳's 自评报告 form: 项目绩效定性目标及实施计划完成情况 — 预期目标 | 实际完成.
  '实际完成',
  '全年实际完成情况',
  '全年目标实际完成情况',
  '年度总体目标完成情况',
  '目标完成情况',
];
const GOAL_SECTION = ['年度总体目标', '总体目标', '年度绩效目标'];

/** The heading of a form's quantitative targets: 项目绩效定量目标（指标）及完成情况, 定量指标完成情况 (keyed). */
export const QUANTITATIVE_SECTION = /^(项目)?(绩效)?定量(目标|指标)/;

export type GoalLabel = 'section' | 'expected' | 'achieved';

export function goalLabelOf(text: string): GoalLabel | null {
  const key = bareLabel(text);
  if (GOAL_SECTION.includes(key)) return 'section';
  if (GOAL_EXPECTED.includes(key)) return 'expected';
  if (GOAL_ACHIEVED.includes(key)) return 'achieved';
  return null;
}

/** The 总分 row: its label, and whether the numbers after it are (分值, 得分) or only the score. */
export function totalLabelOf(text: string): 'total' | 'score-only' | null {
  // 总分（100分）: the total's label with the points it is out of.
  const key = bareLabel(text).replace(/（\d+(\.\d+)?分）$/, '');
  if (/^(总分|合计分|总分值|合计)$/.test(key)) return 'total';
  // 得分合计: the scores added up, the form's total (a table closing its 得分 column with its sum).
  if (/^(项目总得分|自评总分|总得分|自评得分|综合得分|自评总得分|得分合计)/.test(key)) return 'score-only';
  return null;
}

/** The published grade's label: 自评等级, 绩效等级, 评价等级, 自评结果. */
export function isGradeLabel(text: string): boolean {
  return /^(自评|绩效|评价)?(等级|结果|评级)$/.test(bareLabel(text));
}

/** A grade as printed: 优, 良, 中, 差 (优秀, 良好, 合格 …). */
export function gradeOfCell(text: string): string | null {
  const key = bareLabel(text);
  return /^(优|良|中|差|优秀|良好|合格|不合格|及格|较差)$/.test(key) ? key : null;
}

/** Rows that end the indicator table: the remarks and conclusions under it. */
export function endsIndicatorTable(text: string): boolean {
  const key = bareLabel(text);
  return (
    totalLabelOf(key) !== null ||
    // 绩效等级 | 优 under an empty 总分: the form's grade, no indicator.
    isGradeLabel(key) ||
    /^(其他需要说明事项|存在的问题|主要问题|改进措施及结果应用方案|偏差大或目标未完成原因分析|注[:：]?|备注[:：]|填表说明|说明[:：]?$)/.test(
      key,
    ) ||
    /^(偏差或不能完成目标原因分析|相关建议或举措)$/.test(key)
  );
}

/** A 自评表's title with its head's first label right after it (…绩效自评表（2021年度）转移支付（项目）名称…). */
const TITLE_BEFORE_HEAD =
  /绩效(目标)?自评(价)?表(（[^）]{0,10}）)?(单位名称|项目名称|填报单位|填报日期|部门名称|转移支付（项目）名称)/;

/**
 * A 自评表 / 监控表 title inside a longer line, as when an extraction ran every cell of the table into one
 * paragraph ("2021年度财政项目绩效自评表单位名称:…项目名称…"): the document is one, but not readable by cells.
 */
export function evaluationTitleInText(text: string): 'self-evaluation' | 'monitoring' | null {
  // A guide's caption (…自评表填写样例) names no form the text holds (guide-captions.ts).
  const key = withoutGuideCaptions(labelKey(text));
  const head = key.slice(0, 200);
  if (/绩效(目标)?自评(价)?表/.test(head)) return 'self-evaluation';
  // Titled after its project or fund alone, as titleKind reads it: 2020年度长江禁捕项目自评表单位名称:….
  if (/(项目|资金|经费|专项)(支出)?自评表/.test(head)) return 'self-evaluation';
  if (/绩效(运行|执行)?(跟踪)?监控(情况)?表/.test(head)) return 'monitoring';
  // …自评报告… 附件2：某某馆2020年度项目绩效自评表 单位名称…: a report run together with the 自评表 it appends, the
  // table's title wherever it stands — where the table's head follows it (单位名称, 项目名称 …): a list of a
  // report's attachments names tables it does not hold.
  if (TITLE_BEFORE_HEAD.test(key)) return 'self-evaluation';
  return null;
}
