// The column labels of a 自评表's or 监控表's 预算执行情况 block (年初预算数, 全年执行数, 执行率 …), as data: every
// spelling seen mapped to what the column holds, and the month-worded labels of a 监控表.
import { halfWidthFigures, labelKey } from '../rows/clean-cell.ts';
import { bareLabel, MAX_MONTH_HEADING, PERIOD_OPENING } from './evaluation-lexicon.ts';

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
  // 资金合计 (山西 监控表): the block's 合计 named after what it adds up. 部门整体支出总额 (fresh/648): a 部门整体
  // form's whole budget is its total line.
  return /资金总额|总金额|^(资金)?合计|^总计|^总额$|整体支出(总额|合计)?$/.test(bareLabel(text));
}
