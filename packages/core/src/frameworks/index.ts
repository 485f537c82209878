// Framework lookup: normalise 一级/二级 names and tell which framework a form's table uses.
import type { Framework, FrameworkId } from './framework.ts';
import { project88 } from './project-88.ts';
import { project101 } from './project-101.ts';
import { departmentHubei } from './department-hubei.ts';

export type { Framework, FrameworkId, FrameworkLevel1 } from './framework.ts';
export { project88, project101, departmentHubei };

export const frameworks: readonly Framework[] = [project88, project101, departmentHubei];

export function frameworkById(id: string | null | undefined): Framework | null {
  return frameworks.find((f) => f.id === id) ?? null;
}

const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');

/** The canonical 一级 name in `fw` for a written name, or null when the tree has no such 一级. */
export function canonicalLevel1(fw: Framework, written: string): string | null {
  const w = squash(written);
  for (const l1 of fw.level1) if (l1.name === w || l1.aliases.includes(w)) return l1.name;
  return null;
}

/** The canonical 二级 name under a 一级 of `fw`, or null when it is not in the tree. */
export function canonicalLevel2(fw: Framework, level1: string | null, written: string): string | null {
  const w = squash(written);
  for (const l1 of fw.level1) {
    if (level1 && l1.name !== level1) continue;
    for (const l2 of l1.level2) {
      if (l2.pattern?.test(w)) return w;
      if (l2.name === w || l2.aliases.includes(w)) return l2.name;
    }
  }
  return null;
}

/** Every 一级 name (canonical or alias) of every framework, for recognising a level-1 cell. */
export const allLevel1Names: ReadonlySet<string> = new Set(
  frameworks.flatMap((f) => f.level1.flatMap((l) => [l.name, ...l.aliases])),
);

/** Every 二级 name (canonical or alias) of every framework. */
export const allLevel2Names: ReadonlySet<string> = new Set(
  frameworks.flatMap((f) => f.level1.flatMap((l) => l.level2.flatMap((x) => [x.name, ...x.aliases]))),
);

export function isLevel1Name(text: string): boolean {
  return allLevel1Names.has(squash(text));
}

export function isLevel2Name(text: string): boolean {
  const w = squash(text);
  return allLevel2Names.has(w) || /^核心业务产出\d*$/.test(w);
}

/**
 * Which framework a table of (level1, level2) pairs uses. Department forms may use the department tree or,
 * as older forms do, a project tree. Returns the best fit and whether the pairs mix two project versions.
 */
export function detectFramework(
  scope: 'project' | 'department',
  pairs: ReadonlyArray<{ level1: string | null; level2: string | null }>,
): { id: FrameworkId; mixed: boolean } {
  const l1 = new Set(pairs.map((p) => (p.level1 ? squash(p.level1) : '')).filter(Boolean));
  const costAsLevel1 = [...l1].some((n) => n === '成本指标' || n === '成本');
  const costUnderOutput = pairs.some(
    (p) => p.level1 && ['产出指标', '产出'].includes(squash(p.level1)) && p.level2 && ['成本指标', '成本'].includes(squash(p.level2)),
  );
  const deptHits = [...l1].filter((n) => canonicalLevel1(departmentHubei, n) !== null).length;
  const projectHits = [...l1].filter((n) => canonicalLevel1(project88, n) !== null || canonicalLevel1(project101, n) !== null).length;
  if (scope === 'department' && deptHits >= projectHits && deptHits > 0) return { id: 'department-hubei', mixed: false };
  if (costAsLevel1) return { id: 'project-101', mixed: costUnderOutput };
  const version101Level2 = pairs.some((p) => p.level2 && /^(经济|社会|生态环境)成本(指标)?$/.test(squash(p.level2)));
  if (version101Level2) return { id: 'project-101', mixed: costUnderOutput };
  return { id: 'project-88', mixed: false };
}
