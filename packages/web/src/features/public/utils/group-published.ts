// The public index: published forms grouped by department (a unit's 本级 under its department) for a year.
import type { FormListItem } from '../../workbench/utils/status-summary.ts';

export interface DepartmentGroup<T extends FormListItem = FormListItem> {
  department: string;
  forms: T[];
}

export function departmentOf(orgName: string): string {
  return orgName.replace(/[（(]本级[）)]$/, '').trim();
}

export function publishedYears(items: readonly FormListItem[]): number[] {
  return [...new Set(items.map((i) => i.year).filter((y): y is number => y !== null))].sort((a, b) => b - a);
}

const KIND_ORDER: Record<string, number> = { disclosure: 0, department: 1, project: 2 };

/** A form whose document states no year is still public: it is listed under this choice. */
export const NO_YEAR = 0;

export function hasUndatedForms(items: readonly FormListItem[]): boolean {
  return items.some((i) => i.year === null);
}

export function groupByDepartment<T extends FormListItem>(
  items: readonly T[],
  year: number | null,
): DepartmentGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const i of items) {
    if (year === NO_YEAR ? i.year !== null : year !== null && i.year !== year) continue;
    const d = departmentOf(i.orgName);
    groups.set(d, [...(groups.get(d) ?? []), i]);
  }
  return [...groups.entries()]
    .map(([department, forms]) => ({
      department,
      forms: forms.sort(
        (a, b) =>
          (KIND_ORDER[a.kind] ?? 9) - (KIND_ORDER[b.kind] ?? 9) || a.name.localeCompare(b.name, 'zh-CN'),
      ),
    }))
    .sort((a, b) => a.department.localeCompare(b.department, 'zh-CN'));
}
