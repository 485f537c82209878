// The words of a 部门预算公开 as data: the standard tables' names and the line labels of the figures
// (三公经费 and its parts, income and spending totals), in every spelling seen across provinces.
// Read by the disclosure recogniser (documents) and the R-PUB rules, so both understand the same labels.

/** A stable figure key (Disclosure.figures) and the labels that name it. */
export interface FigureLabels {
  key: string;
  /** Whole labels, written as matched: no spaces, no quotes, full-width brackets (see lexiconKey). */
  spellings: readonly string[];
  /** Words a label of this figure must hold when no spelling matches exactly (a spelling not seen yet). */
  stems?: readonly string[];
  /** The figure this one is a part of (购置 and 运行 are parts of 公务用车购置及运行费). */
  parent?: string;
}

/** The 三公经费 lines, most specific first (a 公务用车购置费 is not 公务用车购置及运行费). */
export const THREE_PUBLIC_LINES: readonly FigureLabels[] = [
  {
    key: 'threePublic',
    spellings: [
      '三公经费合计',
      '三公经费',
      '三公经费预算',
      '三公经费支出',
      '三公经费总计',
      '合计',
      '总计',
      '三公经费小计',
    ],
  },
  {
    key: 'threePublicAbroad',
    spellings: [
      '因公出国（境）费',
      '因公出国（境）费用',
      '因公出国（境）经费',
      '因公出国（境）经费费',
      '因公出国（境）支出',
      '因公出国费',
      '出国（境）费',
    ],
    stems: ['出国'],
  },
  {
    key: 'threePublicVehiclePurchase',
    spellings: ['公务用车购置费', '公务用车购置', '车辆购置费', '购置费'],
    stems: ['购置'],
    parent: 'threePublicVehicles',
  },
  {
    key: 'threePublicVehicleOperation',
    spellings: [
      '公务用车运行费',
      '公务用车运行维护费',
      '公务用车运行费用',
      '公务用车运行维护费用',
      '公务用车运行维护',
      '车辆运行维护费',
      '运行费',
      '运行维护费',
    ],
    stems: ['运行', '维护', '维修'],
    parent: 'threePublicVehicles',
  },
  {
    key: 'threePublicVehicles',
    spellings: [
      '公务用车购置及运行费',
      '公务用车购置及运行维护费',
      '公务用车购置和运行维护费',
      '公务用车购置及运行维护费用',
      '公务用车购置和运行费',
      '公务用车费',
      '公务用车费用',
      '公务用车经费',
      // 公车 for 公务用车 (衢江 wide/310: 公车购置及运行费, 公车购置及运行维护费)
      '公车购置及运行费',
      '公车购置及运行维护费',
    ],
    stems: ['用车'],
  },
  {
    key: 'threePublicReception',
    spellings: ['公务接待费', '公务接待', '公务接待费用', '公务接待经费'],
    stems: ['接待'],
  },
];

/** Totals and parts of income and spending stated in a 收支总表 or in the explanation text. */
export const BUDGET_LINES: readonly FigureLabels[] = [
  {
    key: 'income',
    spellings: ['收入总计', '收入合计', '收入预算', '收入总预算', '收支总预算', '部门收入预算', '收入'],
  },
  { key: 'incomeThisYear', spellings: ['本年收入合计', '本年收入', '本年收入小计'] },
  {
    key: 'expenditure',
    spellings: ['支出总计', '支出合计', '支出预算', '支出总预算', '部门支出预算', '支出'],
  },
  { key: 'expenditureThisYear', spellings: ['本年支出合计', '本年支出', '本年支出小计'] },
  { key: 'basicExpenditure', spellings: ['基本支出'] },
  { key: 'projectExpenditure', spellings: ['项目支出', '部门项目支出'] },
  {
    key: 'incomeGeneralPublic',
    spellings: [
      '一般公共预算财政拨款收入',
      '一般公共预算资金',
      '一般公共预算拨款收入',
      '一般公共预算收入',
      '一般公共预算拨款',
      '一般公共预算财政拨款',
    ],
  },
  {
    key: 'incomeGovernmentFund',
    spellings: [
      '政府性基金预算财政拨款收入',
      '政府性基金预算资金',
      '政府性基金预算拨款收入',
      '政府性基金预算收入',
      '政府性基金收入',
      '政府性基金预算拨款',
    ],
  },
  {
    key: 'incomeStateCapital',
    spellings: [
      '国有资本经营预算财政拨款收入',
      '国有资本经营预算资金',
      '国有资本经营预算拨款收入',
      '国有资本经营预算收入',
      '国有资本经营收入',
      '国有资本经营预算拨款',
    ],
  },
  // 财政拨款收入 / 支出 (all 财政拨款, not the department's whole income): "本单位财政拨款收入总计1516.64万元，与上年
  // 相比减少58.49万元" is no change of 收入总计.
  { key: 'incomeFiscal', spellings: ['财政拨款收入', '财政拨款收入总计', '财政拨款收入合计'] },
  { key: 'expenditureFiscal', spellings: ['财政拨款支出', '财政拨款支出总计', '财政拨款支出合计'] },
  {
    key: 'expenditureGeneralPublic',
    spellings: ['一般公共预算财政拨款支出', '一般公共预算支出', '一般公共预算拨款支出'],
  },
  {
    key: 'expenditureGovernmentFund',
    spellings: ['政府性基金预算财政拨款支出', '政府性基金预算支出', '政府性基金支出'],
  },
  {
    key: 'incomeTransfers',
    spellings: ['上级转移支付补助收入', '上级补助收入', '转移支付收入', '上级转移支付收入'],
  },
  { key: 'incomeTax', spellings: ['税收收入'] },
  { key: 'operatingCosts', spellings: ['机关运行经费'] },
  {
    key: 'procurement',
    spellings: [
      '政府采购预算支出合计',
      '政府采购预算',
      '政府采购预算总额',
      '政府采购预算支出',
      // A 决算's year of purchases: 政府采购金额（以合同签订为准）为 372.34 万元 (fresh/646).
      '政府采购金额',
    ],
  },
  { key: 'procurementGoods', spellings: ['货物类', '政府采购货物预算', '货物采购'] },
  { key: 'procurementWorks', spellings: ['工程类', '政府采购工程预算', '工程采购'] },
  { key: 'procurementServices', spellings: ['服务类', '政府采购服务预算', '服务采购'] },
];

/** How a message names a figure: the plain spelling of its line ("公务接待费"), whatever its period suffix. */
const FIGURE_NAMES: Record<string, string> = {
  threePublic: '“三公”经费',
  threePublicAbroad: '因公出国（境）费',
  threePublicVehicles: '公务用车购置及运行维护费',
  threePublicVehiclePurchase: '公务用车购置费',
  threePublicVehicleOperation: '公务用车运行维护费',
  threePublicReception: '公务接待费',
  income: '收入预算',
  expenditure: '支出预算',
};

/** The Chinese name of a figure key (its base line: threePublicReceptionPrior → 公务接待费). */
export function figureName(key: string): string {
  const base = key
    .replace(/(Prior|PriorActual|Budget)?(Change|ChangePercent)?$/, '')
    .replace(/(Prior|PriorActual|Budget)$/, '');
  return (
    FIGURE_NAMES[base] ??
    [...THREE_PUBLIC_LINES, ...BUDGET_LINES].find((l) => l.key === base)?.spellings[0] ??
    base
  );
}

/** Suffixes of a figure key: last year's budget, last year's 决算/执行数, the change and its rate. */
export const FIGURE_PERIODS = ['', 'Prior', 'PriorActual'] as const;
export type FigurePeriod = (typeof FIGURE_PERIODS)[number];

/** A label as the lexicon writes it: no spaces or quotes, full-width brackets, no list numbering or 其中. */
export function lexiconKey(label: string): string {
  return label
    .replace(/[\s\u3000"'“”‘’「」『』]/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/^其中[:：]?/, '')
    .replace(/^([（(]?[一二三四五六七八九十\d]+[)）、.．]\s*)+/, '')
    .replace(/^其中[:：]?/, '')
    .replace(/[:：]$/, '');
}

export interface LabelMatch {
  key: string;
  /** True when a spelling matched; false for a stem match (an unseen spelling: lower confidence). */
  exact: boolean;
}

/** The 三公 line a row or column label names, or null. "小计" under a group is left to the caller. */
export function threePublicLine(label: string): LabelMatch | null {
  return lineOf(THREE_PUBLIC_LINES, label, /三公|合计|总计/);
}

/** The budget total a 收支总表 label names ("一、本年收入" → incomeThisYear), or null. */
export function budgetLine(label: string): LabelMatch | null {
  return lineOf(BUDGET_LINES, label, null);
}

function lineOf(lines: readonly FigureLabels[], label: string, totalStem: RegExp | null): LabelMatch | null {
  const k = lexiconKey(label);
  if (!k) return null;
  for (const l of lines) if (l.spellings.includes(k)) return { key: l.key, exact: true };
  // An unseen spelling: the stems of one line in a short label; a part (购置) wins over its parent (用车).
  if (k.length > 16) return null;
  // "机关运行经费决算数" names another item of the disclosure (its stem 运行 is no 公务用车运行费 of an unseen spelling).
  const hits = namesOtherItem(k) ? [] : lines.filter((l) => l.stems?.some((s) => k.includes(s)));
  const parts = hits.filter((h) => h.parent !== undefined && hits.some((o) => o.key === h.parent));
  if (parts.length === 1) return { key: parts[0]!.key, exact: false };
  // 购置 and 运行 together: the group they make up (公务用车购置及运行维护经费).
  if (parts.length > 1 && parts.every((p) => p.parent === parts[0]!.parent))
    return { key: parts[0]!.parent!, exact: false };
  if (hits.length === 1) return { key: hits[0]!.key, exact: false };
  if (totalStem && hits.length === 0 && totalStem.test(k) && lines[0])
    return { key: lines[0].key, exact: false };
  return null;
}

/** A label holding the name of a figure other than a total of income or spending: 机关运行经费, 政府采购预算 … */
function namesOtherItem(key: string): boolean {
  return BUDGET_LINES.some(
    (l) => !/^(income|expenditure)/.test(l.key) && l.spellings.some((s) => s.length >= 4 && key.includes(s)),
  );
}

/** The standard tables of a 部门预算公开, by what they hold; names as lexiconKey writes them. */
export const DISCLOSURE_TABLES: ReadonlyArray<{
  kind: DisclosureTableKind;
  spellings: readonly string[];
  stems?: readonly string[];
}> = [
  {
    kind: 'three-public',
    spellings: [
      '一般公共预算三公经费支出表',
      '一般公共预算三公经费支出预算表',
      '一般公共预算三公经费支出情况表',
      '财政拨款三公经费支出表',
      '财政拨款三公经费支出情况表',
      '三公经费预算财政拨款情况统计表',
      '三公经费支出预算表',
      '三公经费支出表',
      '三公经费预算表',
      '三公经费统计表',
      '财政拨款三公经费支出决算表',
      '三公经费支出决算表',
    ],
    stems: ['三公'],
  },
  {
    kind: 'fiscal-summary',
    spellings: [
      '财政拨款收支总表',
      '财政拨款收支预算总表',
      '财政拨款收支情况表',
      '财政拨款收支总体情况表',
      '财政拨款收支预算表',
      '财政拨款收入支出决算总表',
      '财政拨款收支决算总表',
    ],
    stems: ['财政拨款收支'],
  },
  {
    kind: 'summary',
    spellings: [
      '部门收支总表',
      '收支总表',
      '收支预算总表',
      '部门收支预算总表',
      '部门收支总体情况表',
      '部门（单位）收支总体情况表',
      '收支总体情况表',
      '单位收支总表',
      '收入支出决算总表',
      '收支决算总表',
    ],
    stems: ['收支总'],
  },
  {
    kind: 'income',
    spellings: [
      '部门收入总表',
      '收入总表',
      '部门收入总体情况表',
      '部门（单位）收入总体情况表',
      '收入总体情况表',
      '收入预算总表',
      '收入决算表',
      '收入决算总表',
    ],
  },
  {
    kind: 'expenditure',
    spellings: [
      '部门支出总表',
      '支出总表',
      '部门支出总体情况表',
      '部门（单位）支出总体情况表',
      '支出总体情况表',
      '支出预算总表',
      '支出决算表',
      '支出决算总表',
    ],
  },
  {
    kind: 'general-public-basic',
    spellings: [
      '一般公共预算基本支出表',
      '一般公共预算基本支出情况表',
      '一般公共预算财政拨款基本支出表',
      '一般公共预算财政拨款基本支出预算表',
      '一般公共预算财政拨款基本支出决算表',
    ],
  },
  {
    kind: 'general-public-project',
    spellings: ['一般公共预算项目支出表', '一般公共预算项目支出情况表', '一般公共预算财政拨款项目支出表'],
  },
  {
    kind: 'general-public',
    spellings: [
      '一般公共预算支出表',
      '一般公共预算支出情况表',
      '一般公共预算财政拨款支出表',
      '一般公共预算财政拨款支出预算表',
      '一般公共预算财政拨款支出决算表',
      '一般公共预算财政拨款支出决算明细表',
    ],
  },
  {
    kind: 'government-fund',
    spellings: [
      '政府性基金预算支出表',
      '政府性基金预算支出情况表',
      '政府性基金预算财政拨款支出表',
      '政府性基金预算财政拨款支出预算表',
      '政府性基金预算财政拨款支出决算表',
      '政府性基金预算财政拨款收入支出决算表',
    ],
  },
  {
    kind: 'state-capital',
    spellings: [
      '国有资本经营预算支出表',
      '国有资本经营预算支出情况表',
      '国有资本经营预算财政拨款支出表',
      '国有资本经营预算财政拨款支出决算表',
      '国有资本经营预算财政拨款收入支出决算表',
    ],
  },
  { kind: 'project', spellings: ['项目支出表', '项目支出预算表', '项目支出情况表'] },
  {
    kind: 'performance',
    spellings: [
      '项目支出绩效目标表',
      '项目支出绩效表',
      '部门整体支出绩效目标表',
      '整体支出绩效目标表',
      '项目绩效目标表',
      '部门整体绩效目标表',
    ],
  },
  { kind: 'basic', spellings: ['基本支出表', '基本支出预算表'] },
];

export type DisclosureTableKind =
  | 'three-public'
  | 'fiscal-summary'
  | 'summary'
  | 'income'
  | 'expenditure'
  | 'general-public-basic'
  | 'general-public-project'
  | 'general-public'
  | 'government-fund'
  | 'state-capital'
  | 'project'
  | 'performance'
  | 'basic';

/**
 * What a table title names, whatever the year, place or numbering around it ("表一 财政拨款收支总表",
 * "2024年昌宁县卡斯镇“三公”经费预算财政拨款情况统计表", "七、一般公共预算“三公”经费支出表"), or null.
 */
export function disclosureTableKind(title: string): { kind: DisclosureTableKind; exact: boolean } | null {
  const k = lexiconKey(title)
    .replace(/^(附表|表)[一二三四五六七八九十\d]+[:：]?/, '')
    .replace(/（[^（）]*(级|分类|单位|万元|元)[^（）]*）$/, '');
  if (!k.endsWith('表') || k.length > 60) return null;
  let best: { kind: DisclosureTableKind; length: number } | null = null;
  for (const t of DISCLOSURE_TABLES)
    for (const s of t.spellings)
      if (k.endsWith(s) && (!best || s.length > best.length)) best = { kind: t.kind, length: s.length };
  if (best) return { kind: best.kind, exact: true };
  const stem = DISCLOSURE_TABLES.find((t) => t.stems?.some((s) => k.includes(s)));
  return stem ? { kind: stem.kind, exact: false } : null;
}
