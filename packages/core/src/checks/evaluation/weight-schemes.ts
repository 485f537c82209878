// The weight schemes (分值结构) of a published 自评表, as data: which 一级 carries how many points, where and
// when. Schemes vary by province and year; a table is checked against the scheme of its region and year
// (R-EVAL-14), and one that follows another known scheme is reported, never refused.
import { Decimal } from '../../money/decimal.ts';
import { level1Key } from '../../evaluation/weights.ts';
import { decimalOf } from '../../evaluation/format.ts';
import type { SelfEvaluationDocument } from '../../model/self-evaluation-document.ts';

export interface PublishedWeightScheme {
  id: string;
  title: string;
  /** Provinces that use it as their scheme; absent: any province. */
  regions?: readonly string[];
  /** Budget years it applies to (inclusive); absent bounds are open. */
  years?: { from?: number; to?: number };
  /** The scheme a region and year get unless a narrower one applies. */
  default: boolean;
  /** Points of the separate 预算执行率 row; null where the table has none (it may be an indicator). */
  execution: string | null;
  /** Points per 一级 group; null when the unit sets indicator weights freely under `indicators`. */
  groups: ReadonlyArray<{ name: string; level1: readonly string[]; weight: string }> | null;
  /** What the indicators' points add up to. */
  indicators: string;
}

export const PUBLISHED_WEIGHT_SCHEMES: readonly PublishedWeightScheme[] = [
  {
    id: 'mof-10-50-30-10',
    title: '预算执行率10分、产出指标（含成本）50分、效益指标30分、满意度指标10分（财预〔2020〕10号）',
    default: true,
    execution: '10',
    groups: [
      { name: '产出指标', level1: ['产出指标', '成本指标'], weight: '50' },
      { name: '效益指标', level1: ['效益指标'], weight: '30' },
      { name: '满意度指标', level1: ['满意度指标'], weight: '10' },
    ],
    indicators: '90',
  },
  {
    id: 'free-10-90',
    title: '预算执行率10分、各项指标由单位自定分值合计90分（可不设满意度，如产出60分、效益30分）',
    default: false,
    execution: '10',
    groups: null,
    indicators: '90',
  },
  {
    id: 'indicators-100',
    title: '不单列预算执行率，各项指标（含预算执行率指标）合计100分',
    default: false,
    execution: null,
    groups: null,
    indicators: '100',
  },
];

const applies = (s: PublishedWeightScheme, region: string | null, year: number | null) =>
  (s.regions === undefined || (region !== null && s.regions.includes(region))) &&
  (year === null || ((s.years?.from ?? -Infinity) <= year && year <= (s.years?.to ?? Infinity)));

/** The scheme of a region and year: a region's own default before the nationwide one. */
export function schemeFor(
  region: string | null,
  year: number | null,
  schemes: readonly PublishedWeightScheme[] = PUBLISHED_WEIGHT_SCHEMES,
): PublishedWeightScheme | null {
  const candidates = schemes.filter((s) => s.default && applies(s, region, year));
  return candidates.find((s) => s.regions !== undefined) ?? candidates[0] ?? null;
}

/** The points a table gives: its 预算执行率 row and each 一级 (as stated 产出指标（50分）, else Σ of its rows). */
export interface TableWeights {
  execution: Decimal | null;
  groups: Map<string, Decimal>;
  indicators: Decimal;
}

// A Map: a 一级 read from a file (`constructor`) must find no group, not Object's own.
const GROUP_OF: ReadonlyMap<string, string> = new Map([
  ['产出指标', '产出指标'],
  ['成本指标', '产出指标'],
  ['效益指标', '效益指标'],
  ['满意度指标', '满意度指标'],
]);

/** The table's weights, or null when a weighted row sits under a 一级 the schemes do not know (or none is weighted). */
export function tableWeights(doc: SelfEvaluationDocument): TableWeights | null {
  const weighted = doc.indicators.filter((i) => decimalOf(i.weight) !== null);
  if (weighted.length === 0) return null;
  const groups = new Map<string, Decimal>();
  for (const ind of weighted) {
    const group = GROUP_OF.get(level1Key(ind.level1));
    if (group === undefined) return null;
    groups.set(group, (groups.get(group) ?? new Decimal(0)).plus(decimalOf(ind.weight)!));
  }
  for (const l of doc.level1Weights) {
    const group = GROUP_OF.get(level1Key(l.level1));
    if (group !== undefined && level1Key(l.level1) === group) groups.set(group, new Decimal(l.weight));
  }
  const indicators = [...groups.values()].reduce((a, b) => a.plus(b), new Decimal(0));
  return { execution: decimalOf(doc.budget.weight), groups, indicators };
}

/** Whether a table's weights follow a scheme. A table without a budget 分值 is matched on its indicators. */
export function fits(t: TableWeights, s: PublishedWeightScheme): boolean {
  if (
    s.execution === null
      ? t.execution !== null && !t.execution.isZero()
      : t.execution !== null && !t.execution.eq(s.execution)
  )
    return false;
  if (s.groups === null) return t.indicators.eq(s.indicators);
  const named = new Set(s.groups.map((g) => g.name));
  return (
    s.groups.every((g) => (t.groups.get(g.name) ?? new Decimal(0)).eq(g.weight)) &&
    [...t.groups.keys()].every((k) => named.has(k))
  );
}

/** The table's weights as a person reads them: 预算执行率10分 / 产出指标70分 / 效益指标20分 / 满意度指标10分. */
export function describeWeights(t: TableWeights): string {
  const parts = t.execution === null ? [] : [`预算执行率${t.execution.toFixed()}分`];
  for (const [name, w] of t.groups) parts.push(`${name}${w.toFixed()}分`);
  return parts.join(' / ');
}
