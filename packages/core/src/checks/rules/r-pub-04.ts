// R-PUB-04: the explanation text restates the tables: year-on-year changes and their percentages, the
// parts listed after 其中/包括 and their shares, and the totals it names (DOMAIN.md §5); and an amount written
// in 元 for 万元 (or the reverse) where the text's own head count × per-head standard gives it; a share of the
// year's budget completed (完成年初预算100%) against the figure and its budget (决算数大于预算数55.93万元).
import { Decimal, agreesAsPrinted, decimalPlaces } from '../../money/decimal.ts';
import { figureName } from '../../model/disclosure-lexicon.ts';
import { compareValues } from '../helpers/amounts.ts';
import { impliedPercent, readBreakdowns, readChanges, readItemChanges } from '../helpers/disclosure-text.ts';
import { unitSlips } from '../helpers/per-head.ts';
import {
  amountsIn,
  halfUnitOf,
  namedBaseShares,
  paragraphs,
  pointListShares,
  sharesOfWhole,
  type Amount,
} from '../helpers/prose-audit.ts';
import { excerpt } from '../helpers/text.ts';
import type { Rule, RuleReport } from '../types.ts';

/** The totals the text names that this rule compares with the tables (R-PUB-13 leaves them here). */
export const TEXT_TOTALS: ReadonlyArray<[what: string, re: RegExp, key: string, table: string]> = [
  ['部门收支总预算', /收支总预算(\d[\d,]*(?:\.\d+)?)万元/, 'income', '部门收支总表'],
  ['基本支出', /基本支出(\d[\d,]*(?:\.\d+)?)万元/, 'basicExpenditure', '部门收支总表'],
  ['项目支出', /项目支出(\d[\d,]*(?:\.\d+)?)万元/, 'projectExpenditure', '部门收支总表'],
  ['“三公”经费', /“三公”经费预算(\d[\d,]*(?:\.\d+)?)万元/, 'threePublic', '“三公”经费支出表'],
];

export const rule: Rule = {
  meta: {
    id: 'R-PUB-04',
    severity: 'warning',
    category: 'arithmetic',
    description: '公开说明中的增减额、增减幅度、构成和占比应与金额相符',
    messages: {
      percentMismatch:
        '「{sentence}」：比上年{direction} {delta} 万元，按上年 {before} 万元计算应为 {computed}%，文中写 {written}%：请改正',
      breakdownMismatch:
        '「{sentence}」：总额 {total} 万元，所列各项之和为 {actual} 万元（相差 {diff}）：请核对',
      shareMismatch:
        '「{sentence}」：{name} {amount} 万元占 {total} 万元的 {computed}%，文中写 {written}%：请改正',
      listShareMismatch:
        '「{sentence}」：各项占比合计 100%，其和 {total} 即基数；{name} {amount} 占其 {computed}%，文中写 {written}%：请改正',
      unitSlip:
        '「{perHead}」：{count} × {standard} 元 = {product} 元，即 {inWan} 万元；「{sentence}」却写作 {amount}{unit}：金额单位应为{meant}，请改正',
      budgetRateMismatch:
        '{name}{now} 万元，预算 {budget} 万元（{how}），完成预算的 {computed}%，文中写 {written}%：请改正',
      figureMismatch: '说明中{what}为 {text} 万元，而《{table}》为 {figure} 万元：两处必须一致',
      partBudgetsExceed:
        '按各项的完成预算比例，{how}，合计 {sum} 万元，超过{name}预算 {budget} 万元：各项的完成比例应以各自的预算计算，请核对',
    },
    subjects: ['form'],
    reference: 'DOMAIN §5 R-PUB-04',
    appliesTo: ['disclosure'],
  },
  check(form) {
    if (form.kind !== 'disclosure') return [];
    const reports: RuleReport[] = [];
    form.sections.forEach((section, si) => {
      const path = `/sections/${si}/text`;
      for (const c of [...readChanges(section.text), ...readItemChanges(section.text)]) {
        if (!c.percent) continue;
        const implied = impliedPercent(c);
        if (!implied) continue;
        const places = decimalPlaces(c.percent);
        const tolerance = new Decimal(10).pow(-places).div(2);
        if (implied.minus(c.percent).abs().gt(tolerance)) {
          const now = new Decimal(c.amount);
          const before = c.direction === 'decrease' ? now.plus(c.delta) : now.minus(c.delta);
          reports.push({
            messageId: 'percentMismatch',
            path,
            data: {
              sentence: excerpt(c.sentence, 40),
              direction: c.direction === 'decrease' ? '减少' : '增加',
              delta: c.delta,
              before: before.toFixed(),
              // At least to the cent of a percent: "应为 6%" for a written 5% hides what the amounts give (5.56%).
              computed: implied.toFixed(Math.max(places, 2)),
              written: c.percent,
            },
          });
        }
      }
      for (const b of readBreakdowns(section.text)) {
        const actual = b.parts.reduce((a, p) => a.plus(p.amount), new Decimal(0));
        const cmp = compareValues(actual, new Decimal(b.total), [b.total, ...b.parts.map((p) => p.amount)]);
        if (cmp.outcome === 'mismatch')
          reports.push({
            messageId: 'breakdownMismatch',
            path,
            severity: 'error',
            data: {
              sentence: excerpt(b.sentence, 40),
              total: b.total,
              actual: actual.toFixed(),
              diff: cmp.difference.abs().toFixed(),
            },
          });
        const total = new Decimal(b.total);
        if (total.isZero()) continue;
        for (const p of b.parts) {
          if (p.share === null) continue;
          const places = decimalPlaces(p.share);
          const computed = new Decimal(p.amount).div(total).mul(100);
          // The share is rounded to its own digits; the amounts add half a cent of their own.
          const tolerance = new Decimal(10)
            .pow(-places)
            .div(2)
            .plus(new Decimal('0.005').div(total).mul(100));
          if (computed.minus(p.share).abs().gt(tolerance))
            reports.push({
              messageId: 'shareMismatch',
              path,
              data: {
                sentence: excerpt(b.sentence, 40),
                name: p.name,
                amount: p.amount,
                total: b.total,
                computed: computed.toFixed(places),
                written: p.share,
              },
            });
        }
      }
    });
    // An amount off by 万 against a count × per-head standard stated anywhere in the text.
    for (const slip of unitSlips(form.sections.map((s) => s.text).join('\n')))
      reports.push({
        messageId: 'unitSlip',
        path: '/sections',
        severity: 'error',
        data: {
          perHead: excerpt(slip.perHead.sentence, 30),
          count: slip.perHead.count,
          standard: slip.perHead.standard,
          product: slip.perHead.product.toFixed(),
          inWan: slip.perHead.product.div(10000).toFixed(),
          sentence: excerpt(slip.stated.sentence, 30),
          amount: slip.stated.amount,
          unit: slip.stated.unit,
          meant: slip.meant,
        },
      });
    reports.push(...wholeShareReports(form.sections.map((s) => s.text).join('\n')));
    reports.push(...namedShareReports(form.sections.map((s) => s.text).join('\n')));
    reports.push(...listShareReports(form.sections.map((s) => s.text).join('\n')));
    reports.push(...budgetRateReports(form.figures), ...partBudgetReports(form.figures));
    // Totals named in the text against the tables.
    const fromText = (re: RegExp) => {
      for (const s of form.sections) {
        const m = re.exec(s.text.replace(/\s+/g, ''));
        // A figure written with thousands separators (18,976.76) is one figure.
        if (m) return m[1]!.replace(/,/g, '');
      }
      return null;
    };
    const checks: Array<[string, RegExp, string | null | undefined, string]> = TEXT_TOTALS.map(
      ([what, re, key, table]) => [what, re, form.figures[key], table],
    );
    for (const [what, re, figure, table] of checks) {
      const text = fromText(re);
      if (!text || !figure || figure === text) continue;
      if (!agreesAsPrinted(text, figure))
        reports.push({
          messageId: 'figureMismatch',
          path: '/sections',
          severity: 'error',
          data: { what, text, figure, table },
        });
    }
    return reports;
  },
};

/**
 * Shares written without their base ("…决算中，公务接待费支出0.53万元，占69%；公务用车…1.18万元，占31%") are of
 * the whole the items make up, when the shares say so (they add up to 100 %) or the text states that sum as a
 * figure of its own elsewhere (11.96 = 0 + 4.02 + 7.94): each share is then its amount over that sum.
 */
function wholeShareReports(text: string): RuleReport[] {
  const reports: RuleReport[] = [];
  const flat = paragraphs(text).join('\n');
  // A sentence stating its total (…万元，其中：…占…) is judged with that total (readBreakdowns).
  const withTotals = new Set(readBreakdowns(text).map((b) => b.sentence));
  const stated = amountsIn(flat);
  for (const p of paragraphs(text))
    for (const w of sharesOfWhole(p)) {
      if ([...withTotals].some((b) => b.includes(w.sentence) || w.sentence.includes(b))) continue;
      const sum = w.items.reduce((a, i) => a.plus(i.amount), new Decimal(0));
      if (sum.isZero()) continue;
      const shares = w.items.reduce((a, i) => a.plus(i.share), new Decimal(0));
      const places = Math.max(...w.items.map((i) => decimalPlaces(i.written)));
      const complete = shares.minus(100).abs().lte(new Decimal(10).pow(-places).div(2).mul(w.items.length));
      // The sum stated as a figure of its own: not one of the items themselves.
      const elsewhere = stated.some((a) => a.value.eq(sum) && !w.items.some((i) => i.amount.eq(a.value)));
      const named = complete || elsewhere ? null : namedWhole(w.sentence, w.items, stated);
      if (!complete && !elsewhere && !named) continue;
      const whole = named?.value ?? sum;
      for (const i of w.items) {
        const computed = i.amount.div(whole).mul(100);
        const own = decimalPlaces(i.written);
        const tolerance = new Decimal(10)
          .pow(-own)
          .div(2)
          .plus(new Decimal('0.005').mul(w.items.length).div(whole).mul(100));
        if (computed.minus(i.share).abs().lte(tolerance)) continue;
        reports.push({
          messageId: 'shareMismatch',
          path: '/sections',
          data: {
            sentence: excerpt(w.sentence, 40),
            name: i.label,
            amount: i.amount.toFixed(),
            total: whole.toFixed(),
            computed: computed.toFixed(Math.max(own, 2)),
            written: i.written,
          },
        });
      }
    }
  return reports;
}

/**
 * The whole a sentence of shares names at its head ("2023年“三公”经费财政拨款支出决算中，因公出国(境)费…占0%；…")
 * when the text states that whole's figure, under the same name, once ("“三公”经费财政拨款支出决算为3.46万元"):
 * the shares are of it (whether the parts make it up is R-PUB-11's and the breakdowns' to judge). A name the
 * text gives two different figures, or none, names no whole; nor does a figure that is one of the items.
 */
function namedWhole(
  sentence: string,
  items: ReadonlyArray<{ amount: Decimal }>,
  stated: readonly Amount[],
): Amount | null {
  const head = /^[^，,；;。]*?(?:\d{4}年度?)?([\p{Script=Han}“”"（）()]{2,30}?)中[，,：:]/u.exec(sentence);
  if (!head) return null;
  const name = (label: string) => label.replace(/^(?:年度?|本年度?|全年)/, '');
  const wanted = name(head[1]!);
  const figures = stated.filter((a) => name(a.label) === wanted && !items.some((i) => i.amount.eq(a.value)));
  if (figures.length === 0 || figures.some((f) => !f.value.eq(figures[0]!.value))) return null;
  return figures[0]!.value.gt(0) ? figures[0]! : null;
}

/**
 * Shares whose base the sentence names and the text states as a figure of its own ("1.基本支出预算881300.39元 …
 * 商品和服务支出预算165247.88元，占基本支出预算18.76%": 165247.88 ÷ 881300.39 = 18.75 %). A base named by no
 * figure, or by two different ones, is not judged. Within half a unit of the share as written and the rounding
 * of both amounts a share is right.
 */
function namedShareReports(text: string): RuleReport[] {
  const reports: RuleReport[] = [];
  const stated = amountsIn(paragraphs(text).join('\n'));
  // "2025年政府采购预算6429768.84元" names the 政府采购预算 a share is of: a year before the name is not part of it.
  const name = (label: string) => label.replace(/^(?:年度?|本年度?|全年)/, '');
  for (const p of paragraphs(text))
    for (const s of namedBaseShares(p)) {
      const bases = stated.filter((a) => name(a.label) === s.base && !a.value.eq(s.amount));
      if (bases.length === 0 || bases.some((b) => !b.value.eq(bases[0]!.value))) continue;
      const base = bases[0]!;
      if (base.value.lte(0)) continue;
      const computed = s.amount.div(base.value).mul(100);
      const own = decimalPlaces(s.written);
      const slack = halfUnitOf({ written: s.amountWritten })
        .plus(s.amount.mul(halfUnitOf(base)).div(base.value))
        .div(base.value)
        .mul(100);
      if (computed.minus(s.written).abs().lte(new Decimal(10).pow(-own).div(2).plus(slack))) continue;
      reports.push({
        messageId: 'shareMismatch',
        path: '/sections',
        data: {
          sentence: excerpt(s.sentence, 40),
          name: s.label,
          amount: s.amount.toFixed(),
          total: base.value.toFixed(),
          computed: computed.toFixed(Math.max(own, 2)),
          written: s.written,
        },
      });
    }
  return reports;
}

/**
 * Shares of one named base listed point by point ((一)…(四)) that add up to 100 % are of the whole the points
 * make up, whatever the text states of that base elsewhere (梧州 wide/317: 850088.3 + 116433.12 + 43897.73 +
 * 74784.48 = 1085203.63, and 74784.48 ÷ 1085203.63 = 6.89 %, written 6.90 % to force the sum to 100 %). A
 * base the text states as a figure is judged with that figure (namedShareReports). A share is right when the
 * rate rounds or is cut to it, within the rounding of the amounts as written.
 */
function listShareReports(text: string): RuleReport[] {
  const reports: RuleReport[] = [];
  const stated = amountsIn(paragraphs(text).join('\n'));
  const name = (label: string) => label.replace(/^(?:年度?|本年度?|全年)/, '');
  for (const s of pointListShares(text)) {
    if (stated.some((a) => name(a.label) === s.base)) continue;
    const places = Math.max(...s.items.map((i) => decimalPlaces(i.written)));
    const shares = s.items.reduce((a, i) => a.plus(i.share), new Decimal(0));
    if (shares.minus(100).abs().gt(new Decimal(10).pow(-places).div(2).mul(s.items.length))) continue;
    const whole = s.items.reduce((a, i) => a.plus(i.amount), new Decimal(0));
    if (whole.lte(0)) continue;
    const wholeSlack = s.items.reduce(
      (a, i) => a.plus(halfUnitOf({ written: i.amountWritten })),
      new Decimal(0),
    );
    for (const i of s.items) {
      const computed = i.amount.div(whole).mul(100);
      const own = decimalPlaces(i.written);
      const unit = new Decimal(10).pow(-own);
      const slack = halfUnitOf({ written: i.amountWritten })
        .plus(i.amount.mul(wholeSlack).div(whole))
        .div(whole)
        .mul(100);
      const rounds = computed.minus(i.share).abs().lte(unit.div(2).plus(slack));
      const cut = computed.gte(i.share.minus(slack)) && computed.lt(i.share.plus(unit).plus(slack));
      if (rounds || cut) continue;
      reports.push({
        messageId: 'listShareMismatch',
        path: '/sections',
        data: {
          sentence: excerpt(s.sentence, 40),
          name: i.label,
          amount: i.amountWritten,
          total: inUnitOf(
            whole,
            s.items.map((x) => x.amountWritten),
          ),
          computed: computed.toFixed(Math.max(own, 2)),
          written: i.written,
        },
      });
    }
  }
  return reports;
}

/** A sum in 万元 written in the unit its parts are all written in (1085203.63元), else in 万元. */
function inUnitOf(wan: Decimal, written: readonly string[]): string {
  const units = new Set(written.map((w) => /(亿元|万元|千元|元|万)$/.exec(w)?.[1] ?? ''));
  const unit = units.size === 1 ? [...units][0]! : '万元';
  const v =
    unit === '元' ? wan.mul(10000) : unit === '千元' ? wan.mul(10) : unit === '亿元' ? wan.div(10000) : wan;
  return `${v.toFixed()}${unit === '万' ? '万元' : unit}`;
}

/** The 三公 total and its parts, whose budgets make up the total's budget. */
const THREE_PUBLIC_PARTS = ['threePublicAbroad', 'threePublicVehicles', 'threePublicReception'];

/**
 * "三公 预算5.92万元 … 公务用车1.2万元，完成预算的20.3%；公务接待费2.38万元，完成预算的40.2%": each part's rate
 * gives its budget (1.2 ÷ 20.3 % = 5.91, 2.38 ÷ 40.2 % = 5.92), and the parts' budgets cannot add up to more than
 * the total's (11.83 > 5.92): the parts' rates were taken on the total's budget. Judged at the rounding of the
 * written rates and amounts, in the parts' favour.
 */
function partBudgetReports(figures: Record<string, string | null | undefined>): RuleReport[] {
  const num = (k: string) => {
    const v = figures[k];
    return v != null && /^-?\d+(\.\d+)?$/.test(v) ? v : null;
  };
  const budget = num('threePublicBudget');
  if (!budget) return [];
  const half = (v: string) => new Decimal(10).pow(-decimalPlaces(v)).div(2);
  const parts = THREE_PUBLIC_PARTS.flatMap((k) => {
    const [now, rate] = [num(k), num(`${k}BudgetRate`)];
    if (!now || !rate || new Decimal(now).lte(0) || new Decimal(rate).lte(0)) return [];
    const low = new Decimal(now)
      .minus(half(now))
      .div(new Decimal(rate).plus(half(rate)))
      .mul(100);
    return [{ k, now, rate, point: new Decimal(now).div(rate).mul(100), low }];
  });
  if (parts.length === 0) return [];
  const low = parts.reduce((a, p) => a.plus(p.low), new Decimal(0));
  if (low.lte(new Decimal(budget).plus(half(budget)))) return [];
  const sum = parts.reduce((a, p) => a.plus(p.point), new Decimal(0));
  return [
    {
      messageId: 'partBudgetsExceed',
      path: '/figures/threePublicBudget',
      data: {
        how: parts.map((p) => `${figureName(p.k)} ${p.now} ÷ ${p.rate}% = ${p.point.toFixed(2)}`).join('，'),
        sum: sum.toFixed(2),
        name: figureName('threePublic'),
        budget,
      },
    },
  ];
}

/**
 * "支出1741.75万元 … 完成年初预算100%，决算数大于预算数55.93万元": the budget is the figure less its excess
 * (1685.82) or the budget the text or a table states, and the share completed is the figure over it (103.32 %).
 */
function budgetRateReports(figures: Record<string, string | null | undefined>): RuleReport[] {
  const num = (k: string) => {
    const v = figures[k];
    return v != null && /^-?\d+(\.\d+)?$/.test(v) ? v : null;
  };
  const reports: RuleReport[] = [];
  for (const key of Object.keys(figures)) {
    if (!key.endsWith('BudgetRate')) continue;
    const line = key.slice(0, -'BudgetRate'.length);
    const [now, rate, stated, change] = [
      num(line),
      num(key),
      num(`${line}Budget`),
      num(`${line}BudgetChange`),
    ];
    if (!now || !rate || (!stated && !change)) continue;
    const budget = stated ? new Decimal(stated) : new Decimal(now).minus(change!);
    if (budget.lte(0)) continue;
    const computed = new Decimal(now).div(budget).mul(100);
    const places = decimalPlaces(rate);
    // The rate's own rounding, and how far the rounding of the amounts moves it. Amounts written to the cent
    // beside a whole one ("预算为3万元，决算为1.71万元") are all to the cent: the whole one is exact, not rounded.
    const cents = Math.max(decimalPlaces(now), decimalPlaces(stated ?? change!));
    const slack = new Decimal(10).pow(-cents).mul(2).div(budget).mul(computed);
    if (computed.minus(rate).abs().lte(new Decimal(10).pow(-places).div(2).plus(slack))) continue;
    reports.push({
      messageId: 'budgetRateMismatch',
      path: `/figures/${key}`,
      data: {
        name: figureName(line),
        now,
        budget: budget.toFixed(),
        how: stated
          ? '文中所列'
          : `${now} ${new Decimal(change!).isNegative() ? '+' : '−'} ${new Decimal(change!).abs().toFixed()}`,
        computed: computed.toFixed(Math.max(places, 2)),
        written: rate,
      },
    });
  }
  return reports;
}
