// R-EVAL-04: weights (分值) of a self-evaluation — the 一级 split (default 执行率 10 / 产出 50 / 效益 30 /
// 满意度 10, 成本 sharing 产出's 50 under 101号), spread equally over a 一级's indicators unless given; Σ = 100.
import { Decimal } from '../money/decimal.ts';
import { decimalOf, show } from './format.ts';
import type { EvalError, Result } from './result.ts';

export interface WeightGroup {
  /** How the group is named in messages and on the form. */
  name: string;
  /** The 一级 names that share the group's points (成本指标 + 产出指标 under 101号). */
  level1: readonly string[];
  weight: string;
}

export interface WeightScheme {
  id: string;
  title: string;
  /** Points of 预算执行率. */
  execution: string;
  groups: readonly WeightGroup[];
  /** What everything must add up to. */
  total: string;
}

/** The default split (DOMAIN §2.2, S6/S7; 10号). Configurable per region and year. */
export const DEFAULT_WEIGHT_SCHEME: WeightScheme = {
  id: 'self-eval-10-50-30-10',
  title: '预算执行率 10 / 产出（含成本）50 / 效益 30 / 满意度 10（财预〔2020〕10号）',
  execution: '10',
  groups: [
    { name: '产出指标', level1: ['产出指标', '成本指标'], weight: '50' },
    { name: '效益指标', level1: ['效益指标'], weight: '30' },
    { name: '满意度指标', level1: ['满意度指标'], weight: '10' },
  ],
  total: '100',
};

/** A 一级 name reduced to a comparable key: 产出 → 产出指标, 服务对象满意度指标 → 满意度指标. */
export function level1Key(name: string | null | undefined): string {
  let k = (name ?? '').replace(/[\s\u3000]+/g, '');
  if (k === '') return '';
  if (!k.endsWith('指标')) k += '指标';
  if (k === '服务对象满意度指标') k = '满意度指标';
  return k;
}

export interface WeightRow {
  indicatorId: string;
  level1: string | null;
  /** A given weight, or null to take an equal share of the group's remaining points. */
  weight: string | null;
}

export interface AssignedWeight {
  indicatorId: string;
  weight: string;
  source: 'given' | 'spread';
  group: string;
}

export interface WeightPlan {
  schemeId: string;
  execution: string;
  rows: AssignedWeight[];
  groups: Array<{ name: string; weight: string; indicators: number }>;
  /** One Chinese line per group: how its points were spread. */
  working: string[];
}

/** Splits `total` into `n` two-decimal shares that add up exactly: 50 / 3 → 16.67, 16.67, 16.66. */
export function spreadEqually(total: Decimal, n: number): Decimal[] {
  if (n <= 0) return [];
  const base = total.div(n).toDecimalPlaces(2, Decimal.ROUND_DOWN);
  let cents = total.minus(base.mul(n)).div('0.01').round().toNumber();
  return Array.from({ length: n }, () => (cents-- > 0 ? base.plus('0.01') : base));
}

/** Assigns a weight to every row by the scheme; every inconsistency is reported, with paths /indicators/i/…. */
export function assignWeights(
  rows: readonly WeightRow[],
  scheme: WeightScheme = DEFAULT_WEIGHT_SCHEME,
): Result<WeightPlan> {
  const errors: EvalError[] = [];
  const schemeSum = scheme.groups.reduce(
    (s, g) => s.plus(decimalOf(g.weight) ?? 0),
    decimalOf(scheme.execution) ?? new Decimal(0),
  );
  const total = decimalOf(scheme.total) ?? new Decimal(100);
  if (!schemeSum.eq(total))
    errors.push({
      code: 'weights-sum',
      message: `一级权重合计为 ${show(schemeSum)}，应为 ${show(total)}：预算执行率 ${scheme.execution} + ${scheme.groups.map((g) => `${g.name} ${g.weight}`).join(' + ')}`,
    });
  const members = scheme.groups.map(() => [] as number[]);
  rows.forEach((r, i) => {
    const key = level1Key(r.level1);
    const g = scheme.groups.findIndex((grp) => grp.level1.some((l) => level1Key(l) === key));
    if (g < 0)
      errors.push({
        code: 'unknown-level1',
        message: `一级指标「${r.level1 ?? ''}」不在权重方案「${scheme.title}」中，无法分配分值`,
        path: `/indicators/${i}/level1`,
      });
    else members[g]!.push(i);
    if (r.weight !== null && (decimalOf(r.weight) === null || decimalOf(r.weight)!.isNegative()))
      errors.push({
        code: 'invalid-weight',
        message: `分值「${r.weight}」不是有效的非负数`,
        path: `/indicators/${i}/weight`,
      });
  });
  const assigned: Array<AssignedWeight | undefined> = [];
  const working: string[] = [];
  scheme.groups.forEach((grp, g) => {
    const gw = decimalOf(grp.weight) ?? new Decimal(0);
    const idx = members[g]!;
    const given = idx.filter((i) => decimalOf(rows[i]!.weight) !== null);
    const open = idx.filter((i) => decimalOf(rows[i]!.weight) === null);
    const givenSum = given.reduce((s, i) => s.plus(decimalOf(rows[i]!.weight)!), new Decimal(0));
    for (const i of given)
      assigned[i] = {
        indicatorId: rows[i]!.indicatorId,
        weight: show(decimalOf(rows[i]!.weight)!),
        source: 'given',
        group: grp.name,
      };
    const rest = gw.minus(givenSum);
    if (idx.length === 0) {
      if (!gw.isZero())
        errors.push({
          code: 'weights-sum',
          message: `${grp.name}的 ${show(gw)} 分没有指标承接：请补充该一级下的指标或调整权重方案`,
        });
      return;
    }
    if (rest.isNegative() || (rest.isZero() && open.length > 0)) {
      errors.push({
        code: 'weights-over-group',
        message: `${grp.name}已填分值合计 ${show(givenSum)}，${rest.isNegative() ? '超过' : '已用完'}该一级的 ${show(gw)} 分${open.length > 0 ? `，其余 ${open.length} 个指标无分可分` : ''}`,
        path: `/indicators/${given[0] ?? idx[0]}/weight`,
      });
      return;
    }
    if (open.length === 0) {
      if (!rest.isZero())
        errors.push({
          code: 'weights-sum',
          message: `${grp.name}各三级指标分值合计 ${show(givenSum)}，应为 ${show(gw)}`,
          path: `/indicators/${idx[0]}/weight`,
        });
      working.push(`${grp.name} ${show(gw)} 分：按填写的分值`);
      return;
    }
    const shares = spreadEqually(rest, open.length);
    open.forEach((i, k) => {
      assigned[i] = {
        indicatorId: rows[i]!.indicatorId,
        weight: show(shares[k]!),
        source: 'spread',
        group: grp.name,
      };
    });
    working.push(
      `${grp.name} ${show(gw)} 分${given.length > 0 ? `，已填 ${show(givenSum)} 分，余 ${show(rest)} 分` : ''}平均分给 ${open.length} 个指标：${shares.map(show).join('、')}`,
    );
  });
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      schemeId: scheme.id,
      execution: scheme.execution,
      rows: assigned.filter((a): a is AssignedWeight => a !== undefined),
      groups: scheme.groups.map((g, i) => ({
        name: g.name,
        weight: g.weight,
        indicators: members[i]!.length,
      })),
      working,
    },
  };
}
