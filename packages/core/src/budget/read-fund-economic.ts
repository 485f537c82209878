// Economic spending of 政府性基金 and 国有资本经营预算 read from a disclosure. The published tables give 财政拨款
// spending by economic 类 without saying which fund pays for it; the 一般公共预算基本支出表 gives the general
// budget's basic part, and the fund tables each fund's basic and project totals (by functional code). Where
// these determine which 类 a fund's spending is in, it is attributed; where not, it stays with 一般公共预算 and
// R-BUD-02 (fundEconomic) reports the fund's economic lines falling short of its functional ones. A layout that
// publishes a fund's own economic table (政府性基金预算支出表（按经济分类）) says it outright.
import { tableOf, zero } from '../checks/helpers/disclosure-tables.ts';
import { Decimal } from '../money/decimal.ts';
import type { Disclosure } from '../model/disclosure.ts';
import type { EconomicLine, FundType } from './budget-model.ts';

const ZERO = new Decimal(0);

/** What one fund other than 一般公共预算 spends, from its functional lines. */
export interface FundSpending {
  fund: FundType;
  basic: Decimal;
  project: Decimal;
}

/** One economic 类's 财政拨款 spending attributed to a fund. */
export interface FundEconomicPart {
  code: string;
  fund: FundType;
  basic: Decimal;
  project: Decimal;
}

/**
 * Attributes the 财政拨款 spending of each 类 beyond 一般公共预算 basic spending (`rest`: 一般公共预算 project
 * spending and the other funds' spending) to funds. Determined when there is one such fund and either a single
 * 类 holds all of `rest`, or exactly one set of 类 adds up to the fund's total (the others being 一般公共预算
 * project spending); its basic/project split by 类 is known when the fund has only one of them or one 类.
 * Anything not determined is 一般公共预算 project spending.
 */
export function attributeFundEconomic(
  rest: ReadonlyMap<string, Decimal>,
  generalProject: Decimal,
  funds: readonly FundSpending[],
): FundEconomicPart[] {
  const general = (code: string, amount: Decimal): FundEconomicPart => ({
    code,
    fund: 'general',
    basic: ZERO,
    project: amount,
  });
  const classes = [...rest].filter(([, v]) => v.gt(0));
  const spending = funds.filter((f) => !f.basic.plus(f.project).isZero());
  const all = classes.map(([code, v]) => general(code, v));
  if (spending.length !== 1) return all;
  const f = spending[0]!;
  const total = f.basic.plus(f.project);
  const sum = classes.reduce((a, [, v]) => a.plus(v), ZERO);
  if (!sum.eq(generalProject.plus(total))) return all; // the document's totals disagree: nothing can be derived
  if (classes.length === 1) {
    const [code, v] = classes[0]!;
    return [
      { code, fund: f.fund, basic: f.basic, project: f.project },
      ...(v.minus(total).gt(0) ? [general(code, v.minus(total))] : []),
    ];
  }
  const sets = subsetsSummingTo(classes, total);
  if (sets.length !== 1 || (sets[0]!.length > 1 && !f.basic.isZero() && !f.project.isZero())) return all;
  const own = new Set(sets[0]!);
  const part = (code: string, v: Decimal): FundEconomicPart =>
    own.size === 1
      ? { code, fund: f.fund, basic: f.basic, project: f.project }
      : { code, fund: f.fund, basic: f.project.isZero() ? v : ZERO, project: f.project.isZero() ? ZERO : v };
  return classes.map(([code, v]) => (own.has(code) ? part(code, v) : general(code, v)));
}

/** The sets of 类 (at most 10, so every subset can be tried) whose amounts add up to `target`. */
function subsetsSummingTo(classes: ReadonlyArray<[string, Decimal]>, target: Decimal): string[][] {
  const found: string[][] = [];
  for (let mask = 1; mask < 1 << classes.length; mask++) {
    const picked = classes.filter((_, i) => mask & (1 << i));
    if (picked.reduce((a, [, v]) => a.plus(v), ZERO).eq(target)) found.push(picked.map(([c]) => c));
  }
  return found;
}

const fundEconomicTitles: Array<[FundType, RegExp]> = [
  ['governmentFund', /^政府性基金预算.*经济分类/],
  ['stateCapital', /^国有资本经营预算.*经济分类/],
];

/**
 * The economic lines of the funds whose own economic table the document publishes: its most detailed 类/款 rows,
 * basic and project by their headings (a table with only a total gives it as project spending).
 */
export function readFundEconomicTables(d: Disclosure): EconomicLine[] {
  return fundEconomicTitles.flatMap(([fund, title]) => {
    const table = tableOf(d, title)?.table;
    if (!table) return [];
    const at = (re: RegExp) => table.columns.findIndex((c) => re.test(c.replace(/\s/g, '')));
    const [b, p, total] = [at(/基本支出$/), at(/项目支出$/), at(/(合计|小计|总计)$/)];
    const rows = table.rows
      .map((r) => ({ code: (r[0] ?? '').replace(/\s/g, ''), r }))
      .filter((x) => /^3\d{2}(\d{2})?$/.test(x.code));
    return rows
      .filter((x) => !rows.some((y) => y.code.length > x.code.length && y.code.startsWith(x.code)))
      .map(({ code, r }): EconomicLine => {
        const basic = b >= 0 ? zero(r[b]) : ZERO;
        const project = p >= 0 ? zero(r[p]) : b >= 0 ? ZERO : zero(r[total >= 0 ? total : r.length - 1]);
        return {
          code,
          name: (r[1] ?? '').replace(/\s/g, ''),
          govCode: null,
          fund,
          basic: basic.toFixed(2),
          project: project.toFixed(2),
        };
      });
  });
}
