// Pairing the indicator rows of an imported 自评表 / 监控表 with the approved (批复) indicators of the chosen
// project: by similar name within the same 一级/二级, one approved indicator per row, best pairs first. A
// pair is only proposed above a threshold; every row and every approved indicator left over is listed, so the
// user sees what would not be imported and can pair it by hand.
import { normaliseName } from '../indicator-library/similarity.ts';
import { sameLevel, textSimilarity } from './name-match.ts';

export interface ApprovedIndicatorRef {
  indicatorId: string;
  level1: string | null;
  level2: string | null;
  name: string | null;
  /** 年度指标值 as printed. */
  target: string;
}

export interface ImportedIndicatorRef {
  level1: string | null;
  level2: string | null;
  name: string;
  target: string;
}

export interface PairCandidate {
  indicatorId: string;
  similarity: number;
}

export interface RowPairing {
  /** The row's index among the imported indicators. */
  row: number;
  /** The proposed approved indicator, or null (不导入) when none is alike enough. */
  indicatorId: string | null;
  similarity: number | null;
  /** The most alike approved indicators, best first (for the user's choice). */
  candidates: PairCandidate[];
}

export interface IndicatorPairing {
  rows: RowPairing[];
  /** Approved indicators no row was paired with. */
  unmatchedApproved: string[];
}

/** A proposed pair needs at least this similarity. */
export const PAIR_THRESHOLD = 0.5;
/** How much a 一级 or 二级 that differs lowers a pair: a namesake in another group is a poorer match. */
const OTHER_LEVEL1 = 0.6;
const OTHER_LEVEL2 = 0.8;
/** The same 指标值 as printed adds a little: it tells namesakes apart, never makes a pair of strangers. */
const SAME_TARGET_BONUS = 0.05;
const CANDIDATES_SHOWN = 5;

const round2 = (x: number) => Math.round(x * 100) / 100;

/** How alike an imported row and an approved indicator are, 0..1, their levels and targets considered. */
export function pairSimilarity(row: ImportedIndicatorRef, approved: ApprovedIndicatorRef): number {
  let s = textSimilarity(row.name, approved.name);
  if (!sameLevel(row.level1, approved.level1)) s *= OTHER_LEVEL1;
  else if (!sameLevel(row.level2, approved.level2)) s *= OTHER_LEVEL2;
  const t = normaliseName(row.target);
  // Only equal names make a perfect pair.
  if (s >= PAIR_THRESHOLD * 0.8 && s < 1 && t !== '' && t === normaliseName(approved.target))
    s = Math.min(0.99, s + SAME_TARGET_BONUS);
  return round2(s);
}

export function pairIndicators(
  rows: readonly ImportedIndicatorRef[],
  approved: readonly ApprovedIndicatorRef[],
  threshold = PAIR_THRESHOLD,
): IndicatorPairing {
  const scores = rows.map((r) => approved.map((a) => pairSimilarity(r, a)));
  // Best pairs first; ties go to the earlier row, then the earlier approved indicator (stable and repeatable).
  const all: Array<{ r: number; a: number; s: number }> = [];
  scores.forEach((line, r) => line.forEach((s, a) => (s >= threshold ? all.push({ r, a, s }) : undefined)));
  all.sort((x, y) => y.s - x.s || x.r - y.r || x.a - y.a);
  const rowTaken = new Map<number, { a: number; s: number }>();
  const approvedTaken = new Set<number>();
  for (const p of all) {
    if (rowTaken.has(p.r) || approvedTaken.has(p.a)) continue;
    rowTaken.set(p.r, { a: p.a, s: p.s });
    approvedTaken.add(p.a);
  }
  return {
    rows: rows.map((_, r) => {
      const pick = rowTaken.get(r);
      const candidates = scores[r]!.map((s, a) => ({ indicatorId: approved[a]!.indicatorId, similarity: s }))
        .filter((c) => c.similarity > 0)
        .sort((x, y) => y.similarity - x.similarity)
        .slice(0, CANDIDATES_SHOWN);
      return {
        row: r,
        indicatorId: pick ? approved[pick.a]!.indicatorId : null,
        similarity: pick ? pick.s : null,
        candidates,
      };
    }),
    unmatchedApproved: approved.filter((_, a) => !approvedTaken.has(a)).map((a) => a.indicatorId),
  };
}
