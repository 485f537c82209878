// R-PUB-11: the year-on-year figures a disclosure states (read from its tables and its text in any phrasing —
// 比上年 / 较上年 / 同比, 万元 / 元 / 千元: Disclosure.figures) agree with each other: a change is this year
// minus last year's figure where both are stated; a rate is the change over last year's figure (never over
// this year's); and the 三公 parts of each period (本年, 上年预算, 上年决算, 增减额) make up their total
// (DOMAIN.md §5 R-PUB-11). Figures a 三公 table states are left to R-PUB-03, percentages a sentence states with
// its own amount to R-PUB-04.
import { Decimal, agreesAsPrinted, decimalPlaces, roundingTolerance } from '../../money/decimal.ts';
import { figureName } from '../../model/disclosure-lexicon.ts';
import type { Disclosure } from '../../model/disclosure.ts';
import { disclosureTableKind } from '../../model/disclosure-lexicon.ts';
import { readChanges, statedChangeBasis } from '../helpers/disclosure-text.ts';
import type { Rule, RuleReport } from '../types.ts';

const PERIOD_NAMES: Record<string, string> = {
  '': '本年',
  Prior: '上年预算',
  PriorActual: '上年决算',
  Change: '比上年增减额',
  Budget: '本年预算',
  BudgetChange: '比本年预算增减额',
};

/** The 三公 identities: a total and the parts that make it up (购置 + 运行 stand for the 用车 line when it is not stated). */
const GROUPS: Array<{ total: string; parts: string[][] }> = [
  {
    total: 'threePublic',
    parts: [
      ['threePublicAbroad'],
      ['threePublicVehicles', 'threePublicVehiclePurchase+threePublicVehicleOperation'],
      ['threePublicReception'],
    ],
  },
  { total: 'threePublicVehicles', parts: [['threePublicVehiclePurchase'], ['threePublicVehicleOperation']] },
];

export const rule: Rule = {
  meta: {
    id: 'R-PUB-11',
    severity: 'error',
    category: 'arithmetic',
    description: '公开说明与报表中的本年数、上年数、增减额、增减幅度应相互一致，“三公”经费各项之和等于合计',
    messages: {
      changeMismatch:
        '{name}本年 {now} 万元、{priorName} {prior} 万元，应{direction} {computed} 万元，而文中写{writtenDirection} {written} 万元：请核对增减额',
      percentMismatch:
        '{name}比上年{direction} {change} 万元，按上年 {base} 万元计算增减幅度应为 {computed}%，文中写 {written}%：请改正',
      percentWrongYear:
        '{name}比上年{direction} {change} 万元，增减幅度 {written}% 是除以本年数 {now} 万元得出的；应除以上年数 {base} 万元，为 {computed}%：请改正',
      percentOtherFigure:
        '{name}按报表本年 {now} 万元、上年 {base} 万元计算增减幅度应为 {computed}%，报表列 {written}%；这一幅度与说明中所写本年 {stated} 万元相符，报表与说明的金额不一致：请先核对金额，再核对增减幅度',
      percentRounding:
        '{name}比上年{direction} {change} 万元，按上年 {base} 万元计算为 {computed}%，文中写 {written}%，只在金额四舍五入范围内相符：请核对',
      budgetPercentMismatch:
        '{name}本年 {now} 万元，比本年预算{direction} {change} 万元，按预算 {base} 万元计算增减幅度应为 {computed}%，文中写 {written}%：请改正',
      changePartsExceed:
        '{period}{parts}之和为 {sum} 万元，而{name}为 {total} 万元：未列出的{missing}本年为 0，只会减少或不变，合计的增减不能大于各项之和，请核对',
      partsMismatch: '{period}{name} {total} 万元，而{parts}之和为 {sum} 万元（相差 {diff}）：请核对各项金额',
      partsExceed: '{period}{parts}之和 {sum} 万元，超过{name} {total} 万元：各项不能大于合计，请核对',
    },
    subjects: ['form'],
    reference: 'DOMAIN §5 R-PUB-11',
    appliesTo: ['disclosure'],
  },
  check(form) {
    if (form.kind !== 'disclosure') return [];
    const fig = (key: string): string | null => {
      const v = form.figures[key];
      return v !== null && v !== undefined && /^-?\d+(\.\d+)?$/.test(v) ? v : null;
    };
    const reports: RuleReport[] = [];
    const judged = changesJudgedBySentence(form);
    const texts = form.sections.map((s) => s.text);
    const inconsistent = new Set<string>();
    reports.push(...budgetChangeReports(form.figures, fig), ...budgetPercentReports(form.figures, fig));
    for (const key of Object.keys(form.figures)) {
      // This year's budget beside a 决算 and the text's change against it: budgetChangeReports.
      if (/(Change|ChangePercent|Budget)$/.test(key)) continue;
      const change = fig(`${key}Change`);
      const percent = fig(`${key}ChangePercent`);
      const now = fig(key);
      if (!now || (!change && !percent)) continue;
      const name = figureName(key);
      // Last year's figures: only for this year's lines (a change of last year's 决算 has no base stated here).
      // A change the text states against last year's budget is not judged against last year's 执行数, nor the reverse
      // ("2024年执行数2010.95万元，2025年预算数2005.41万元，较上年预算数减少94.91万元").
      const basis = change ? statedChangeBasis(texts, change) : null;
      const priors = /(Prior|PriorActual)$/.test(key)
        ? []
        : (['Prior', 'PriorActual'] as const).flatMap((p) =>
            fig(`${key}${p}`) && (!basis || basis === p) ? [{ p, v: fig(`${key}${p}`)! }] : [],
          );
      let base: { p: string; v: string } | null = priors[0] ?? null;
      if (change && priors.length > 0) {
        const fits = priors.find((pr) => new Decimal(now).minus(pr.v).eq(change));
        if (fits) base = fits;
        else {
          const pr = priors[0]!;
          const computed = new Decimal(now).minus(pr.v);
          inconsistent.add(key);
          reports.push({
            messageId: 'changeMismatch',
            path: `/figures/${key}Change`,
            // Within the rounding of the written figures the writer may have worked from unrounded amounts.
            ...(computed
              .minus(change)
              .abs()
              .lte(roundingTolerance([now, pr.v, change]))
              ? { severity: 'warning' as const }
              : {}),
            data: {
              name,
              now,
              priorName: PERIOD_NAMES[pr.p]!,
              prior: pr.v,
              direction: computed.isNegative() ? '减少' : '增加',
              computed: computed.abs().toFixed(),
              writtenDirection: change.startsWith('-') ? '减少' : '增加',
              written: change.replace(/^-/, ''),
            },
          });
        }
      }
      // A change and rate a sentence states with its own amount are R-PUB-04's, whichever amount the figures keep
      // for the line ("预算为20万元" first, then "支出共计9.07万元，较上年支出数减少0.71万元，下降7.83%").
      if (
        !percent ||
        judged.has(judgedKey(now, change, percent)) ||
        (change && judged.has(judgedKey('', change, percent)))
      )
        continue;
      const delta = change ? new Decimal(change) : base ? new Decimal(now).minus(base.v) : null;
      if (!delta) continue;
      const before = base ? new Decimal(base.v) : new Decimal(now).minus(delta);
      if (before.lte(0)) continue;
      const computed = delta.div(before).mul(100);
      const written = new Decimal(percent);
      const places = decimalPlaces(percent);
      const own = new Decimal(10).pow(-places).div(2);
      const diff = computed.abs().minus(written.abs()).abs();
      if (diff.lte(own)) continue;
      // The amounts themselves are rounded: half a unit of their last digit moves the rate this much. The rate is
      // change ÷ base; a change not stated is this year's figure less the base, whose rounding then moves it too
      // (rate = now ÷ base − 1: ∂/∂now = 1/base, ∂/∂base = now/base²).
      const bt = roundingTolerance([base?.v ?? now]);
      const slack = (
        change
          ? roundingTolerance([change])
              .div(before)
              .plus(delta.abs().mul(bt).div(before.pow(2)))
          : roundingTolerance([now])
              .div(before)
              .plus(new Decimal(now).abs().mul(bt).div(before.pow(2)))
      ).mul(100);
      const overNow = new Decimal(now).isZero() ? null : delta.div(now).mul(100);
      const data = {
        name,
        direction: delta.isNegative() ? '减少' : '增加',
        change: delta.abs().toFixed(),
        base: before.toFixed(),
        now,
        computed: computed.abs().toFixed(places),
        written: written.abs().toFixed(),
      };
      const path = `/figures/${key}ChangePercent`;
      // A table's rate worked from the line's amount as the text states it (说明 958, 报表 959, rate −24.98 % =
      // (958 − 1277) ÷ 1277): the rate is sound on that figure, the two amounts disagree (R-PUB-13's error) —
      // named here as a warning to check the amount first, not as a second error.
      const stated = !change && base ? form.statedInText?.[key] : undefined;
      const otherFits =
        stated !== undefined &&
        !agreesAsPrinted(stated, now) &&
        new Decimal(stated).minus(base!.v).div(before).mul(100).abs().minus(written.abs()).abs().lte(own);
      if (diff.lte(own.plus(slack)))
        reports.push({ messageId: 'percentRounding', path, severity: 'warning', data });
      else if (otherFits)
        reports.push({
          messageId: 'percentOtherFigure',
          path,
          severity: 'warning',
          data: { ...data, stated: stated! },
        });
      else if (overNow && overNow.abs().minus(written.abs()).abs().lte(own))
        reports.push({ messageId: 'percentWrongYear', path, data });
      else reports.push({ messageId: 'percentMismatch', path, data });
    }
    // The parts of each period; a 三公 table's own lines are R-PUB-03's.
    const table = form.tables.some((t) => disclosureTableKind(t.title)?.kind === 'three-public');
    for (const period of ['', 'Prior', 'PriorActual', 'Change', 'BudgetChange']) {
      const change = period === 'Change' || period === 'BudgetChange';
      if (table && !change) continue;
      for (const g of GROUPS) {
        const total = fig(`${g.total}${period}`);
        if (!total) continue;
        // A part's change not stated is this year's minus last year's figure, when both are.
        const value = (k: string): string | null => {
          const v = fig(`${k}${period}`);
          if (v || !change) return v;
          const [n, p] = [
            fig(k),
            period === 'BudgetChange' ? fig(`${k}Budget`) : (fig(`${k}Prior`) ?? fig(`${k}PriorActual`)),
          ];
          return n && p ? new Decimal(n).minus(p).toFixed() : null;
        };
        const parts = g.parts.map((alternatives) => {
          for (const a of alternatives) {
            const keys = a.split('+');
            const vs = keys.map(value);
            if (vs.every((v) => v !== null)) return { keys, values: vs as string[] };
          }
          return null;
        });
        const stated = parts.filter((p): p is { keys: string[]; values: string[] } => p !== null);
        if (stated.length < 2) continue;
        const missing = g.parts.filter((_, i) => parts[i] === null);
        // A part left out of the changes whose figure is 0 this year can only have fallen or stayed: the total's
        // change is at most the sum of the parts stated ("用车较年初预算减少4万元，接待减少1万元" under a total
        // "较年初预算数减少4万元", 出国 0): a total falling by less than its parts is wrong whatever was left out.
        if (change && missing.length > 0 && missing.every((alts) => fig(alts[0]!.split('+')[0]!) === '0')) {
          const sum = stated.flatMap((p) => p.values).reduce((a, v) => a.plus(v), new Decimal(0));
          const over = new Decimal(total).minus(sum);
          // Beyond the rounding of the written figures an error; within it, a sign to check (a warning).
          if (over.gt(0))
            reports.push({
              messageId: 'changePartsExceed',
              path: `/figures/${g.total}${period}`,
              ...(over.lte(roundingTolerance([total, ...stated.flatMap((p) => p.values)]))
                ? { severity: 'warning' as const }
                : {}),
              data: {
                period: `${PERIOD_NAMES[period]}：`,
                name: figureName(g.total),
                total,
                parts: stated.flatMap((p) => p.keys.map(figureName)).join('、'),
                sum: sum.toFixed(),
                missing: missing.map((alts) => figureName(alts[0]!.split('+')[0]!)).join('、'),
              },
            });
          continue;
        }
        if (
          change &&
          (stated.length < parts.length || stated.some((p) => p.keys.some((k) => inconsistent.has(k))))
        )
          continue;
        const sum = stated.flatMap((p) => p.values).reduce((a, v) => a.plus(v), new Decimal(0));
        const diff = new Decimal(total).minus(sum);
        if (diff.isZero()) continue;
        const data = {
          period: PERIOD_NAMES[period] === '本年' ? '' : `${PERIOD_NAMES[period]}：`,
          name: figureName(g.total),
          total,
          parts: stated.flatMap((p) => p.keys.map(figureName)).join('、'),
          sum: sum.toFixed(),
          diff: diff.abs().toFixed(),
        };
        const path = `/figures/${g.total}${period}`;
        const tolerance = roundingTolerance([total, ...stated.flatMap((p) => p.values)]);
        // Parts missing from the text may make up a shortfall; parts beyond their total never fit.
        if (period !== 'Change' && diff.isNegative() && !new Decimal(total).isNegative())
          reports.push({ messageId: 'partsExceed', path, data });
        else if (stated.length === parts.length)
          reports.push({
            messageId: 'partsMismatch',
            path,
            data,
            ...(diff.abs().lte(tolerance) ? { severity: 'info' as const } : {}),
          });
      }
    }
    return reports;
  },
};

/** "amount|delta|percent" of every change a sentence states with its own amount: R-PUB-04 judges those. */
function changesJudgedBySentence(form: Disclosure): Set<string> {
  const out = new Set<string>();
  for (const s of form.sections)
    for (const c of readChanges(s.text))
      if (c.percent) {
        out.add(judgedKey(c.amount, c.delta, c.percent));
        out.add(judgedKey('', c.delta, c.percent));
      }
  return out;
}

const judgedKey = (amount: string, delta: string | null, percent: string) =>
  [amount, delta ?? '', percent].map((v) => (v ? new Decimal(v).abs().toFixed() : '')).join('|');

/**
 * A change the text states against this year's budget (与2021年度预算相比减少0.1万元, BudgetChange) is the 决算
 * less the 预算数 a 决算 table prints beside it (Budget): 5.21 − 14.9 = −9.69, not −0.1.
 */
function budgetChangeReports(
  figures: Disclosure['figures'],
  fig: (key: string) => string | null,
): RuleReport[] {
  const reports: RuleReport[] = [];
  for (const key of Object.keys(figures)) {
    if (!key.endsWith('BudgetChange')) continue;
    const line = key.slice(0, -'BudgetChange'.length);
    const [now, budget, change] = [fig(line), fig(`${line}Budget`), fig(key)];
    if (!now || !budget || !change) continue;
    const computed = new Decimal(now).minus(budget);
    if (computed.eq(change)) continue;
    reports.push({
      messageId: 'changeMismatch',
      path: `/figures/${key}`,
      ...(computed
        .minus(change)
        .abs()
        .lte(roundingTolerance([now, budget, change]))
        ? { severity: 'warning' as const }
        : {}),
      data: {
        name: figureName(line),
        now,
        priorName: PERIOD_NAMES.Budget!,
        prior: budget,
        direction: computed.isNegative() ? '减少' : '增加',
        computed: computed.abs().toFixed(),
        writtenDirection: change.startsWith('-')
          ? '减少'
          : new Decimal(change).isZero()
            ? '无变化，即增减'
            : '增加',
        written: change.replace(/^-/, ''),
      },
    });
  }
  return reports;
}

/**
 * The rate of a change against this year's budget (较年初预算数减少4万元，下降2.2%): the change over the budget,
 * which is the figure less the change when no table prints it (4 ÷ 45 = 8.89 %, not 2.2 %).
 */
function budgetPercentReports(
  figures: Disclosure['figures'],
  fig: (key: string) => string | null,
): RuleReport[] {
  const reports: RuleReport[] = [];
  for (const key of Object.keys(figures)) {
    if (!key.endsWith('BudgetChangePercent')) continue;
    const line = key.slice(0, -'BudgetChangePercent'.length);
    const [now, percent] = [fig(line), fig(key)];
    const change =
      fig(`${line}BudgetChange`) ??
      (now && fig(`${line}Budget`) ? new Decimal(now).minus(fig(`${line}Budget`)!).toFixed() : null);
    if (!now || !percent || !change) continue;
    const base = new Decimal(now).minus(change);
    if (base.lte(0)) continue;
    const computed = new Decimal(change).div(base).mul(100);
    const places = decimalPlaces(percent);
    const tolerance = new Decimal(10)
      .pow(-places)
      .div(2)
      .plus(roundingTolerance([now, change]).mul(2).div(base).mul(100));
    if (computed.abs().minus(new Decimal(percent).abs()).abs().lte(tolerance)) continue;
    reports.push({
      messageId: 'budgetPercentMismatch',
      path: `/figures/${key}`,
      data: {
        name: figureName(line),
        now,
        direction: computed.isNegative() ? '减少' : '增加',
        change: new Decimal(change).abs().toFixed(),
        base: base.toFixed(),
        // At least to the cent of a percent, as R-PUB-04 names a rate.
        computed: computed.abs().toFixed(Math.max(places, 2)),
        written: new Decimal(percent).abs().toFixed(),
      },
    });
  }
  return reports;
}
