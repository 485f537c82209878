// The key figures of a disclosure and where each was read: the 收支总表 and the 三公 table first (cells of one
// row, exact), the explanation text after (a sentence: a little less sure). Amounts in 万元, whatever the table's 单位.
import {
  budgetLine,
  Decimal,
  disclosureTableKind,
  parseAmount,
  threePublicLine,
  type Disclosure,
  type DisclosureTable,
  type LabelMatch,
} from '@jixiao/core';
import { labelKey } from '../rows/clean-cell.ts';
import type { FieldSource } from './provenance.ts';
import { readProse, type Passage } from './disclosure-prose.ts';
import type { TableRead } from './disclosure-table.ts';

/** The keys every disclosure carries (null when not stated), as the generated disclosure writes them. */
const BASE_KEYS = [
  'income',
  'incomeThisYear',
  'expenditure',
  'basicExpenditure',
  'projectExpenditure',
  'threePublic',
  'threePublicAbroad',
  'threePublicVehicles',
  'threePublicVehiclePurchase',
  'threePublicVehicleOperation',
  'threePublicReception',
  'operatingCosts',
  'procurement',
  'procurementGoods',
  'procurementWorks',
  'procurementServices',
];

/** Labels too generic to name a figure in a table row: a 收入 / 支出 header. */
const GENERIC_IN_TABLES = new Set(['收入', '支出', '收入预算', '支出预算']);

export function findTable(d: Pick<Disclosure, 'tables'>, pattern: RegExp): DisclosureTable | undefined {
  return d.tables.find((t) => pattern.test(labelKey(t.title)));
}

class Figures {
  readonly values = new Map<string, string>();
  readonly sources: FieldSource[] = [];
  /** Keys whose 0 was inferred from a table's blank cell, not printed. */
  private readonly blank = new Set<string>();
  set(key: string, value: string | null, src: Omit<FieldSource, 'path' | 'text'> & { text?: string }) {
    if (value === null || this.values.has(key)) return;
    this.values.set(key, value);
    this.sources.push({ path: `/figures/${key}`, text: src.text ?? value, ...src });
  }
  setBlank(key: string, src: Omit<FieldSource, 'path' | 'text'>) {
    if (this.values.has(key)) return;
    this.set(key, '0', { ...src, text: '' });
    this.blank.add(key);
  }
  /**
   * A figure the text states by a known spelling where the table left the line's cell blank: the text's amount
   * stands (宣州区审计局 fresh/638: 公务接待费 blank under a 合计 of 3.1, the 说明 giving 公务接待费 3.1).
   */
  setOverBlank(key: string, value: string, src: Omit<FieldSource, 'path' | 'text'> & { text?: string }) {
    if (!this.blank.has(key) || (src.confidence ?? 0) < 0.9) return this.set(key, value, src);
    this.blank.delete(key);
    this.values.set(key, value);
    const at = this.sources.findIndex((x) => x.path === `/figures/${key}`);
    this.sources.splice(at, 1, { path: `/figures/${key}`, text: src.text ?? value, ...src });
  }
}

export function readDisclosureFigures(
  d: Pick<Disclosure, 'tables' | 'sections' | 'year'>,
  reads: readonly TableRead[] = [],
  passages: readonly Passage[] = d.sections.map((s) => ({ text: s.text, heading: s.title, starts: [] })),
): {
  figures: Record<string, string | null>;
  sources: FieldSource[];
  year: number | null;
  statedInText: Record<string, string>;
} {
  const f = new Figures();
  const kinds = d.tables.map((t) => disclosureTableKind(t.title)?.kind ?? null);
  const summaries = [...kinds.keys()]
    .filter((k) => kinds[k] === 'summary')
    .concat([...kinds.keys()].filter((k) => kinds[k] === 'fiscal-summary'));
  for (const k of summaries) readSummary(f, d.tables[k]!, reads[k]?.lines ?? []);
  for (const k of kinds.keys())
    if (kinds[k] === 'expenditure') readSpendingTotal(f, d.tables[k]!, reads[k]?.lines ?? []);
  const three = kinds.indexOf('three-public');
  // Without a title, the year is the latest one a table's columns or rows name (2024年预算数 beside 2023年预算数).
  const year = d.year ?? (three >= 0 ? latestYear(d.tables[three]!) : null);
  if (three >= 0) readThreePublic(f, d.tables[three]!, reads[three]?.lines ?? [], year);
  const prose = readProse(passages, year);
  const tableKeys = new Set(f.values.keys());
  const statedInText: Record<string, string> = {};
  for (const s of prose.statements) {
    // What the text says of a figure a table states, read by a known spelling: kept apart for R-PUB-13.
    if (tableKeys.has(s.key) && s.confidence >= 0.9 && !(s.key in statedInText))
      statedInText[s.key] = s.value;
    f.setOverBlank(s.key, s.value, {
      line: s.line,
      source: passages[s.passage]?.heading ?? null,
      column: null,
      label: s.label,
      text: s.text,
      confidence: s.confidence,
    });
  }
  completeVehicles(f);
  const figures: Record<string, string | null> = {};
  for (const k of BASE_KEYS) figures[k] = f.values.get(k) ?? null;
  for (const [k, v] of f.values) figures[k] = v;
  return { figures, sources: f.sources, year: prose.year ?? year, statedInText };
}

/** An amount of a table in 万元: "24,268.22" in a 万元 table, "12000" in a 元 table → "1.2", "6.08" in a 亿元 table → "60800". */
function wan(cell: string | undefined, unit: string | null): string | null {
  const v = cell ? parseAmount(cell) : null;
  if (v === null) return null;
  if (unit === '元') return new Decimal(v).div(10000).toFixed();
  if (unit === '千元') return new Decimal(v).div(10).toFixed();
  if (unit === '亿元') return new Decimal(v).mul(10000).toFixed();
  return v;
}

/**
 * The fund sources a 收支总表's 收入 side lists under 财政拨款收入, each the income from that fund, and its bare
 * 总计 (a 决算's 总计 | 4,733.14 | 总计 | 4,733.14), the 收入 side's total.
 */
const FUND_INCOME: Record<string, string> = {
  一般公共预算: 'incomeGeneralPublic',
  政府性基金预算: 'incomeGovernmentFund',
  国有资本经营预算: 'incomeStateCapital',
  总计: 'income',
};

/**
 * A fund's bare name or 总计 in a 收支总表's first column (1. 一般公共预算 | 278,076,101 under 一、财政拨款收入): the
 * table's left side is its 收入, so the name is that fund's income — elsewhere (a column, the 支出 side) it names
 * spending.
 */
function fundIncomeLine(cell: string): LabelMatch | null {
  const key = FUND_INCOME[labelKey(cell).replace(/^([（(]?[一二三四五六七八九十\d]+[)）、.．])+/, '')];
  return key ? { key, exact: true } : null;
}

/**
 * A bare 总计 on a 收支总表's right side, its row opened by the 收入 side's own 总计 (总计 | 20,323.21 | 总计 |
 * 20,323.21, fresh/647): the 支出 side's total, the year's expenditure as the left one is its income.
 */
function spendingTotalLine(cell: string, row: readonly string[]): LabelMatch | null {
  return labelKey(cell) === '总计' && labelKey(row[0] ?? '') === '总计'
    ? { key: 'expenditure', exact: true }
    : null;
}

/** Label and amount in adjacent cells, on either side of a 收支总表 (收入 | 金额 | 支出 | 金额 …). */
function readSummary(f: Figures, t: DisclosureTable, lines: ReadonlyArray<number | null>) {
  t.rows.forEach((row, r) => {
    row.forEach((cell, k) => {
      if (GENERIC_IN_TABLES.has(labelKey(cell))) return;
      const m = budgetLine(cell) ?? (k === 0 ? fundIncomeLine(cell) : spendingTotalLine(cell, row));
      // The national 决算 template numbers its lines (项目 | 行次 | 决算数): the amount is past the line's number.
      const at = /行次/.test(t.columns[k + 1] ?? '') ? k + 2 : k + 1;
      const v = m?.exact ? wan(row[at], t.unit) : null;
      if (m && v !== null)
        f.set(m.key, v, {
          line: lines[r] ?? null,
          source: t.title,
          column: at,
          label: cell,
          text: row[at]!,
          confidence: 1,
        });
    });
  });
}

/** The figures a 支出总表's columns name by their own header (合计 | 基本支出 | 项目支出 under 支出预算). */
const SPENDING_COLUMNS = new Set(['basicExpenditure', 'projectExpenditure']);

/**
 * A 支出总表 (功能分类科目 | 合计 | 基本支出 | 项目支出): its 合计 row states the year's 基本支出 and 项目支出 under
 * the columns so named (the last part of a composed header), where no 收支总表 line stated them (fresh/643).
 */
function readSpendingTotal(f: Figures, t: DisclosureTable, lines: ReadonlyArray<number | null>) {
  const r = t.rows.findIndex((row) => /^(合计|总计)$/.test(labelKey(row.find((c) => c !== '') ?? '')));
  if (r < 0) return;
  const row = t.rows[r]!;
  const shift = amountShift(t.columns, row);
  t.columns.forEach((c, k) => {
    const m = budgetLine(c.split('/').at(-1)!);
    const cell = row[k - shift];
    const v = m?.exact && SPENDING_COLUMNS.has(m.key) ? wan(cell, t.unit) : null;
    if (m && v !== null)
      f.set(m.key, v, {
        line: lines[r] ?? null,
        source: t.title,
        column: k - shift,
        label: c,
        text: cell!,
        confidence: 1,
      });
  });
}

/** A header naming an amount column: 合计, or a spending line (本年支出合计, 基本支出 …) as the last part. */
function namesAmount(column: string): boolean {
  const last = column.split('/').at(-1)!;
  return /^(合计|小计|总计)$/.test(labelKey(last)) || budgetLine(last)?.exact === true;
}

/**
 * How many columns the 合计 row's amounts stand left of the headers naming them: a header whose wrapped pieces were
 * read as columns of their own before the amount columns (项目 | 对附属单位补 | 本年支出合计 | 基本支出 … over
 * 合计 | 20,323.21 | 14,107.46 | 6,215.76, fresh/647) would put each amount a column right. The row's first amount
 * stands under the first amount header; 0 where it does already, or stands right of it.
 */
function amountShift(columns: readonly string[], row: readonly string[]): number {
  const j = columns.findIndex(namesAmount);
  const i = row.findIndex((c) => c !== '' && parseAmount(c) !== null);
  return j > 0 && i > 0 && i < j ? j - i : 0;
}

/**
 * 公务用车购置及运行维护费 is 购置 plus 运行维护: where the total and one part are known and the other is not (a
 * table that drops blank cells, a text stating only the part spent — fresh/647's 19.56 of which 运行维护 19.56), the
 * other part is the difference.
 */
function completeVehicles(f: Figures) {
  const total = f.values.get('threePublicVehicles');
  const parts = ['threePublicVehiclePurchase', 'threePublicVehicleOperation'] as const;
  if (total === undefined) return;
  const known = parts.filter((k) => f.values.has(k));
  if (known.length !== 1) return;
  const rest = new Decimal(total).minus(f.values.get(known[0]!)!);
  if (rest.isNegative()) return;
  const missing = parts.find((k) => !f.values.has(k))!;
  f.set(missing, rest.toFixed(), {
    line: null,
    source: null,
    column: null,
    label: '公务用车购置及运行维护费',
    text: '',
    confidence: 0.8,
  });
}

type Period = '' | 'Prior' | 'Change' | 'ChangePercent' | 'Budget';

/** What a 三公 table column holds, from its header and the disclosure's year. */
function periodOf(column: string, year: number | null): Period | null {
  const c = labelKey(column);
  if (/幅度|率|百分比|%/.test(c)) return 'ChangePercent';
  if (/增.{0,2}减|增加额|减少额/.test(c)) return 'Change';
  if ((year !== null && c.includes(String(year - 1))) || /上年|上一年/.test(c)) return 'Prior';
  if ((year !== null && c.includes(String(year))) || /本年|预算数|金额|预算$|合计$/.test(c)) return '';
  return null;
}

/**
 * A 决算 table with this year's 预算数 beside its 决算数 (项目 | 预算数 | 决算数): the 决算 is the year's figure and the
 * 预算数 its budget (suffix Budget), so that a text comparing the 决算 with the year's budget can be checked.
 */
function withBudgetBeside(columns: readonly string[], periods: Array<Period | null>): Array<Period | null> {
  const keys = columns.map((c) => labelKey(c));
  // The year's own 决算 (not 上年决算, nor last year's by its number: 2014年度决算数 in a 2015 table).
  const actual = keys.findIndex((c, j) => /决算/.test(c) && !/上年|上一年/.test(c) && periods[j] !== 'Prior');
  if (actual < 0) return periods;
  return periods.map((p, j) =>
    j === actual ? '' : p === '' && /预算/.test(keys[j]!) && !/决算/.test(keys[j]!) ? 'Budget' : p,
  );
}

/** The figure of a 增减幅度 cell (12.5, -3%, 4 ％), or null: a rate is no amount, so it is read without a unit. */
function percentOf(cell: string): string | null {
  return /^(-?\d+(\.\d+)?)\s*[%％]?$/.exec(cell.trim())?.[1] ?? null;
}

function readThreePublic(
  f: Figures,
  t: DisclosureTable,
  lines: ReadonlyArray<number | null>,
  year: number | null,
) {
  const keyOfColumn = (c: string): LabelMatch | null => {
    const parts = c.split('/');
    const last = parts.at(-1)!;
    return last === '小计'
      ? threePublicLine(parts[0]!)
      : (threePublicLine(last) ?? (parts.length > 1 ? threePublicLine(parts[0]!) : null));
  };
  const header = headerOfYearRows(t, keyOfColumn);
  const columns = header?.columns ?? t.columns;
  const rows = header ? t.rows.slice(1) : t.rows;
  const byColumn = columns.map(keyOfColumn);
  if (byColumn.filter((m) => m !== null).length >= 2) {
    // Horizontal: one column a line, one row a year (本年 / 上年), or a single row of this year's amounts.
    // A row of the year's 决算数 beside one of its 预算数 (2015年度预算数 / 2015年度决算数): the 预算 is its budget.
    const labels = rows.map((row) => row.find((c) => c !== '' && parseAmount(c) === null) ?? '');
    const periods = withBudgetBeside(
      labels,
      labels.map((label) => (rows.length === 1 || !label ? '' : periodOf(label, year))),
    );
    rows.forEach((row, i) => {
      const r = header ? i + 1 : i;
      const period = periods[i]!;
      if (period === null || period === 'Change') return;
      // A row of rates by year (2016年比2015年增减%): each line's rate, as a vertical table's 增减幅度 column.
      if (period === 'ChangePercent' && !header) return;
      byColumn.forEach((m, k) => {
        if (!m) return;
        const v = period === 'ChangePercent' ? percentOf(row[k] ?? '') : wan(row[k], t.unit);
        if (v !== null)
          f.set(`${m.key}${period}`, v, {
            line: lines[r] ?? null,
            source: t.title,
            column: k,
            label: columns[k]!,
            text: row[k]!,
            confidence: m.exact ? 1 : 0.6,
          });
      });
    });
    return;
  }
  // Vertical: one row a line; columns 本年 / 上年 / 增减额 / 增减幅度 by their headers, else the cell beside.
  const periods = withBudgetBeside(
    t.columns,
    t.columns.map((c) => periodOf(c, year)),
  );
  t.rows.forEach((row, r) => {
    const k = row.findIndex((c) => c !== '' && parseAmount(c) === null);
    if (k < 0) return;
    const m = threePublicLine(row[k]!);
    if (!m) return;
    const confidence = m.exact ? 1 : 0.6;
    const columns = periods.some((p, j) => j > k && p === '')
      ? periods.map((p, j) => (j > k ? p : null))
      : row.map((_, j) => (j === k + 1 ? '' : null));
    columns.forEach((p, j) => {
      if (p === null) return;
      const cell = row[j] ?? '';
      const src = { line: lines[r] ?? null, source: t.title, column: j, label: row[k]!, text: cell };
      if (p === 'ChangePercent') {
        const pct = percentOf(cell);
        if (pct !== null) f.set(`${m.key}ChangePercent`, pct, { ...src, confidence });
        return;
      }
      const v = wan(cell, t.unit);
      // A line the table lists with nothing written is a line of 0 (a blank change says nothing).
      if (v !== null) f.set(`${m.key}${p}`, v, { ...src, confidence });
      else if (cell === '' && p !== 'Change')
        f.setBlank(`${m.key}${p}`, { ...src, confidence: Math.min(confidence, 0.85) });
    });
  });
}

/**
 * A 三公 table by year whose header was read as its first row (合计 | 因公出国(境)经费 | 公务接待费 | 公车购置及运行维护费 |
 * 合计 | 车辆购置 | 车辆运行 over rows 2015年 | 2840 | … and 2016年 | …): the header names two lines or more and no
 * amount, and every later row opens with a year. A group's own 合计 / 小计 right after it (a two-row header flattened:
 * 公车购置及运行维护费 over 合计 / 车辆购置 / 车辆运行) is the group's column; the label column the header lost (年度)
 * is put back in front when the rows hold one cell more.
 */
function headerOfYearRows(
  t: DisclosureTable,
  keyOfColumn: (c: string) => LabelMatch | null,
): { columns: string[] } | null {
  const [first, ...rest] = t.rows;
  if (!first || rest.length === 0 || t.columns.some((c) => keyOfColumn(c) !== null)) return null;
  if (first.some((c) => c !== '' && parseAmount(c) !== null)) return null;
  if (!rest.every((r) => /^(?:19|20)\d{2}年/.test(r.find((c) => c !== '') ?? ''))) return null;
  const labels = first.filter((c, k) => {
    if (k === 0 || !/^(合计|小计)$/.test(labelKey(c))) return true;
    const group = keyOfColumn(first[k - 1]!);
    return !(group && /Vehicles$/.test(group.key));
  });
  if (labels.filter((c) => keyOfColumn(c) !== null).length < 2) return null;
  const width = Math.max(...rest.map((r) => r.length));
  const columns = labels.length === width - 1 ? ['', ...labels] : labels;
  return columns.length === width ? { columns } : null;
}

function latestYear(t: DisclosureTable): number | null {
  const years = [...t.columns, ...t.rows.map((r) => r[0] ?? '')].flatMap((c) =>
    [...c.matchAll(/((?:19|20)\d{2})年/g)].map((m) => Number(m[1])),
  );
  return years.length > 0 ? Math.max(...years) : null;
}
