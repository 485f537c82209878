// The code lists by budget year. A year without its own list uses the nearest earlier one (and says so).
import { makeCodeList, type Classification, type CodeList } from './code-list.ts';
import * as data2024 from './data-2024.ts';

export * from './code-list.ts';

const years = [data2024];

/** Built once per list and classification: rules look codes up cell by cell. */
const built = new Map<string, CodeList>();

export function codeListFor(classification: Classification, year: number | null): CodeList {
  const candidates = years.filter((d) => year === null || d.year <= year).sort((a, b) => b.year - a.year);
  const d = candidates[0] ?? years[0]!;
  const key = `${d.year}:${classification}`;
  let list = built.get(key);
  if (!list) {
    const rows =
      classification === 'functional'
        ? d.functional
        : classification === 'economic-department'
          ? d.economicDepartment
          : d.economicGovernment;
    list = makeCodeList(d.year, classification, rows, d.aliases);
    built.set(key, list);
  }
  return list;
}
