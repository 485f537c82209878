// Indicator frameworks (指标体系) as versioned data: which 一级 and 二级 names a form may use
// (DOMAIN.md §1.1 and §4.1). Kept as data so a region or year can add its own tree without code.

export interface FrameworkLevel1 {
  name: string; // canonical 一级 name
  aliases: readonly string[];
  level2: ReadonlyArray<{ name: string; aliases: readonly string[]; pattern?: RegExp }>;
}

export interface Framework {
  id: FrameworkId;
  /** The form kind this tree is written for. */
  scope: 'project' | 'department';
  title: string;
  /** The document the tree comes from. */
  source: string;
  level1: readonly FrameworkLevel1[];
}

export type FrameworkId = 'project-88' | 'project-101' | 'department-hubei';
