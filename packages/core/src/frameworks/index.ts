// Framework lookup: normalise 一级/二级 names and tell which framework a form's table uses.
import type { Framework, FrameworkId } from './framework.ts';
import { project88 } from './project-88.ts';
import { project101 } from './project-101.ts';
import { project2015 } from './project-2015.ts';
import { departmentHubei } from './department-hubei.ts';
import { LEVEL1_QUALIFIERS, localSpellings } from './local-spellings.ts';
import { TextMemo } from '../memo/text-memo.ts';

export type { Framework, FrameworkId, FrameworkLevel1, FrameworkLevel2, LevelConcept } from './framework.ts';
export { project88, project101, project2015, departmentHubei };

/** Every version, the ones in force first (a name both know is read as the current tree has it). */
export const frameworks: readonly Framework[] = [project88, project101, project2015, departmentHubei];

export function frameworkById(id: string | null | undefined): Framework | null {
  return frameworks.find((f) => f.id === id) ?? null;
}

// Asked of every level cell: most have no space, and testing costs less than replacing.
const HAS_SPACE = /[\s\u3000]/;
const squash = (s: string) => (HAS_SPACE.test(s) ? s.replace(/[\s\u3000]+/g, '') : s);

/**
 * The canonical 一级 name in `fw` for a written name that is one of the tree's names or aliases, or null. Readers
 * normalise with this: a local template's own name for a 一级 (效果指标) is kept as printed.
 */
export function canonicalLevel1(fw: Framework, written: string): string | null {
  return level1Index(fw).get(squash(written)) ?? null;
}

/**
 * The 一级 of `fw` a written name means, or null: a name or alias of the tree, a name local templates print for
 * it (the tree's `localNames`: 效果指标 → 效益指标), either in a local spelling (local-spellings.ts: notes in brackets
 * dropped, 值 or 目标 for 指标) or after a word such templates put before it (预期产出指标 → 产出指标). The checks
 * compare these.
 */
export function meantLevel1(fw: Framework, written: string): string | null {
  const w = squash(written);
  const own = level1Index(fw).get(w);
  if (own) return own;
  // Asked of every row's 一级 in each tree the checks try (a project 一级 in the department tree misses every time):
  // each answer is kept per tree.
  let answers = localLevel1Answers.get(fw);
  if (!answers) localLevel1Answers.set(fw, (answers = new TextMemo(`meantLevel1 ${fw.id}`)));
  let answer = answers.get(w);
  if (answer === undefined) {
    answer = searchLocalLevel1(fw, w);
    answers.set(w, answer);
  }
  return answer;
}

const localLevel1Answers = new WeakMap<Framework, TextMemo<string | null>>();

function searchLocalLevel1(fw: Framework, w: string): string | null {
  const local = localLevel1Index(fw);
  for (const name of localSpellings(w)) {
    const found = local.get(name);
    if (found) return found;
    for (const q of LEVEL1_QUALIFIERS) {
      const qualified = name.startsWith(q) ? local.get(name.slice(q.length)) : undefined;
      if (qualified) return qualified;
    }
  }
  return null;
}

/** Each tree's names, aliases and local names of its 一级 as one map, built on first use (first 一级 keeps a name). */
const localLevel1Indexes = new WeakMap<Framework, Map<string, string>>();

function localLevel1Index(fw: Framework): Map<string, string> {
  let index = localLevel1Indexes.get(fw);
  if (!index) {
    index = new Map();
    for (const l1 of fw.level1)
      for (const n of [l1.name, ...l1.aliases, ...(l1.localNames ?? [])])
        if (!index.has(n)) index.set(n, l1.name);
    localLevel1Indexes.set(fw, index);
  }
  return index;
}

// Every level cell of every form is looked up here: each tree's names and aliases as one map, built on first
// use. The first 一级 (in tree order) that has a name keeps it, as a search in order would find it.
const level1Indexes = new WeakMap<Framework, Map<string, string>>();

function level1Index(fw: Framework): Map<string, string> {
  let index = level1Indexes.get(fw);
  if (!index) {
    index = new Map();
    for (const l1 of fw.level1)
      for (const n of [l1.name, ...l1.aliases]) if (!index.has(n)) index.set(n, l1.name);
    level1Indexes.set(fw, index);
  }
  return index;
}

/** The canonical 二级 name under a 一级 of `fw`, or null when it is not in the tree. */
export function canonicalLevel2(fw: Framework, level1: string | null, written: string): string | null {
  // Asked of every indicator row, for each tree in turn, with the same few names: each answer is kept per tree
  // (an empty 一级 reads as none, as below).
  let answers = level2Answers.get(fw);
  if (!answers) level2Answers.set(fw, (answers = new TextMemo(`canonicalLevel2 ${fw.id}`)));
  const key = `${level1 ?? ''}\u0000${written}`;
  let answer = answers.get(key);
  if (answer === undefined) {
    answer = searchLevel2(fw, level1, written);
    answers.set(key, answer);
  }
  return answer;
}

const level2Answers = new WeakMap<Framework, TextMemo<string | null>>();

/**
 * The 二级 of `fw` a written name means under a 一级 (or anywhere, with `level1` null): canonicalLevel2 of the name
 * or of a local spelling of it (数量目标 → 数量指标), else a name local templates print for it (the tree's
 * `localNames`: 预算（或投资规模）控制指标 → 成本指标). The checks compare these.
 */
export function meantLevel2(fw: Framework, level1: string | null, written: string): string | null {
  const own = canonicalLevel2(fw, level1, written);
  if (own !== null) return own;
  const w = squash(written);
  for (const name of localSpellings(w)) {
    const tree = name === w ? null : canonicalLevel2(fw, level1, name);
    if (tree !== null) return tree;
    for (const l1 of fw.level1) {
      if (level1 && l1.name !== level1) continue;
      for (const l2 of l1.level2) if (l2.localNames?.includes(name)) return l2.name;
    }
  }
  return null;
}

function searchLevel2(fw: Framework, level1: string | null, written: string): string | null {
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
 * True when the row is a 满意度 indicator in `fw`: under a 满意度 一级 (current trees) or under a 满意度 二级
 * wherever the tree puts it (社会公众或服务对象满意度指标 under 效益指标 in the 2015 layout).
 */
export function isSatisfactionLevel(fw: Framework, level1: string | null, level2: string | null): boolean {
  const c1 = level1 ? meantLevel1(fw, level1) : null;
  const l1 = fw.level1.find((l) => l.name === c1);
  if (l1?.concept === 'satisfaction') return true;
  if (!l1 || !level2) return false;
  const c2 = meantLevel2(fw, l1.name, level2);
  return l1.level2.some((l) => l.name === c2 && l.concept === 'satisfaction');
}

/** The year span of a framework as people write it: 2015—2020年, 2021年起. */
export function frameworkYears(fw: Framework): string {
  return fw.years.to === null ? `${fw.years.from}年起` : `${fw.years.from}—${fw.years.to}年`;
}

/** 满意度 written as a 二级 under 效益指标: the 2015 layout, when no 满意度 一级 stands beside it. */
function satisfactionUnderBenefit(
  pairs: ReadonlyArray<{ level1: string | null; level2: string | null }>,
): boolean {
  let underBenefit = false;
  for (const p of pairs)
    if (
      p.level1 &&
      p.level2 &&
      canonicalLevel1(project2015, p.level1) === '效益指标' &&
      isSatisfactionLevel(project2015, p.level1, p.level2)
    ) {
      underBenefit = true;
      break;
    }
  if (!underBenefit) return false;
  return !pairs.some((p) => p.level1 && canonicalLevel1(project88, p.level1) === '满意度指标');
}

/**
 * Which framework a table of (level1, level2) pairs uses. Department forms may use the department tree or,
 * as older forms do, a project tree. Returns the best fit and whether the pairs mix two project versions.
 */
export function detectFramework(
  scope: 'project' | 'department',
  pairs: ReadonlyArray<{ level1: string | null; level2: string | null }>,
): { id: FrameworkId; mixed: boolean } {
  // Asked of every form read: each fact is worked out only where the answer needs it, in plain loops.
  const l1 = new Set<string>();
  for (const p of pairs) if (p.level1) l1.add(squash(p.level1));
  l1.delete('');
  if (scope === 'department') {
    let deptHits = 0;
    let projectHits = 0;
    for (const n of l1) {
      if (canonicalLevel1(departmentHubei, n) !== null) deptHits++;
      if (canonicalLevel1(project88, n) !== null || canonicalLevel1(project101, n) !== null) projectHits++;
    }
    if (deptHits >= projectHits && deptHits > 0) return { id: 'department-hubei', mixed: false };
  }
  if (l1.has('成本指标') || l1.has('成本')) return { id: 'project-101', mixed: costUnderOutput(pairs) };
  if (satisfactionUnderBenefit(pairs)) return { id: 'project-2015', mixed: false };
  for (const p of pairs)
    if (p.level2 && VERSION_101_COST.test(squash(p.level2)))
      return { id: 'project-101', mixed: costUnderOutput(pairs) };
  return { id: 'project-88', mixed: false };
}

/** 二级 names only the 2021 tree (project-101) has: 经济成本指标, 社会成本, 生态环境成本指标. */
const VERSION_101_COST = /^(经济|社会|生态环境)成本(指标)?$/;

/** 成本 written as a 二级 under 产出指标 (the 2015/88 trees' place) in a table that also has it as a 一级. */
function costUnderOutput(pairs: ReadonlyArray<{ level1: string | null; level2: string | null }>): boolean {
  for (const p of pairs) {
    if (!p.level1 || !p.level2) continue;
    const a = squash(p.level1);
    const b = squash(p.level2);
    if ((a === '产出指标' || a === '产出') && (b === '成本指标' || b === '成本')) return true;
  }
  return false;
}
