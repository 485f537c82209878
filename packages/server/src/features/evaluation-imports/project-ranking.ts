// Ranking the approved projects an imported 自评表 / 监控表 may belong to: by how alike the project names are,
// with the unit and the budget as further evidence. A missing piece on either side is left out of the score
// (not counted against the project), so a table without a budget is ranked by name and unit alone.
import { Decimal } from '@jixiao/core';
import { textSimilarity } from './name-match.ts';

export interface ImportedProjectRef {
  name: string | null;
  unit: string | null;
  department: string | null;
  /** 全年预算数 (or 年初预算数) in 万元. */
  budget: string | null;
}

export interface ProjectRef {
  formId: string;
  name: string;
  /** The form's 申报单位 / 实施单位, and the organisation that holds it. */
  unit: string | null;
  orgName: string;
  /** The approved budget in 万元. */
  budget: string | null;
}

export interface ScoreParts {
  name: number | null;
  unit: number | null;
  budget: number | null;
}

export interface RankedProject<P extends ProjectRef> {
  project: P;
  score: number;
  parts: ScoreParts;
}

const WEIGHTS = { name: 0.7, unit: 0.15, budget: 0.15 } as const;
const round2 = (x: number) => Math.round(x * 100) / 100;

/** 1 for equal amounts, falling with their ratio (smaller ÷ larger); null when either is unknown. */
export function budgetCloseness(a: string | null, b: string | null): number | null {
  if (a === null || b === null) return null;
  let x: Decimal;
  let y: Decimal;
  try {
    x = new Decimal(a);
    y = new Decimal(b);
  } catch {
    return null;
  }
  if (x.isZero() && y.isZero()) return 1;
  if (x.isZero() || y.isZero()) return 0;
  const [lo, hi] = x.lt(y) ? [x, y] : [y, x];
  return round2(Number(lo.div(hi).toFixed(4)));
}

function unitSimilarity(doc: ImportedProjectRef, p: ProjectRef): number | null {
  const said = [doc.unit, doc.department].filter((s): s is string => !!s?.trim());
  const held = [p.unit, p.orgName].filter((s): s is string => !!s?.trim());
  if (said.length === 0 || held.length === 0) return null;
  return Math.max(...said.flatMap((s) => held.map((h) => textSimilarity(s, h))));
}

export function scoreProject(doc: ImportedProjectRef, p: ProjectRef): { score: number; parts: ScoreParts } {
  const parts: ScoreParts = {
    name: doc.name?.trim() ? textSimilarity(doc.name, p.name) : null,
    unit: unitSimilarity(doc, p),
    budget: budgetCloseness(doc.budget, p.budget),
  };
  let weighted = 0;
  let total = 0;
  for (const key of ['name', 'unit', 'budget'] as const) {
    const v = parts[key];
    if (v === null) continue;
    weighted += v * WEIGHTS[key];
    total += WEIGHTS[key];
  }
  return { score: total === 0 ? 0 : round2(weighted / total), parts };
}

/** The projects, most likely first (ties by name, so the order is repeatable). */
export function rankProjects<P extends ProjectRef>(
  doc: ImportedProjectRef,
  projects: readonly P[],
): RankedProject<P>[] {
  return projects
    .map((project) => ({ project, ...scoreProject(doc, project) }))
    .sort((a, b) => b.score - a.score || a.project.name.localeCompare(b.project.name, 'zh'));
}
