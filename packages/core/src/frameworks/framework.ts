// Indicator frameworks (指标体系) as versioned data: which 一级 and 二级 names a form may use
// (DOMAIN.md §1.1 and §4.1). Kept as data so a region or year can add its own tree without code.

/** What a level means across versions: 满意度 is a 一级 in the current trees and a 二级 under 效益 in older ones. */
export type LevelConcept = 'satisfaction';

export interface FrameworkLevel2 {
  name: string;
  aliases: readonly string[];
  /** Names local templates print for this 二级 (see FrameworkLevel1.localNames). */
  localNames?: readonly string[];
  pattern?: RegExp;
  concept?: LevelConcept;
}

export interface FrameworkLevel1 {
  name: string; // canonical 一级 name
  aliases: readonly string[];
  /**
   * Names other provinces' templates print for this 一级 (效果指标 for 效益指标, 项目完成指标 for 产出指标): the checks
   * read them as this 一级 (meantLevel1), while a form keeps the name as printed — the readers normalise only the
   * tree's own names and aliases (canonicalLevel1).
   */
  localNames?: readonly string[];
  level2: readonly FrameworkLevel2[];
  concept?: LevelConcept;
}

export interface Framework {
  id: FrameworkId;
  /** The form kind this tree is written for. */
  scope: 'project' | 'department';
  title: string;
  /** The document the tree comes from. */
  source: string;
  level1: readonly FrameworkLevel1[];
  /** The years the tree was the official one (`to` null: still in force). */
  years: { from: number; to: number | null };
  /**
   * Set on an older official tree that later versions replaced: the tree that replaced it and what changed.
   * A form in such a tree is valid as itself; the checks say, as a warning, that it differs from the current one.
   */
  superseded?: { by: FrameworkId; change: string };
}

export type FrameworkId = 'project-88' | 'project-101' | 'project-2015' | 'department-hubei';

/** A tree's 一级 by its canonical name (for a tree derived from another); a name it lacks is a mistake in the data. */
export function level1Of(framework: Framework, name: string): FrameworkLevel1 {
  const found = framework.level1.find((l) => l.name === name);
  if (!found) throw new Error(`${framework.id} has no 一级 named ${name}`);
  return found;
}
