// Matching the rows of an imported table to the approved indicators: by 三级指标 name (spaces ignored), with
// the 二级 deciding between namesakes. Rows that match nothing are reported, never guessed.
interface Named {
  name: string | null;
  level2: string | null;
}

const key = (s: string | null | undefined) => (s ?? '').replace(/[\s\u3000]+/g, '');

export interface RowMatch<A, R> {
  matched: Array<{ approved: A; row: R }>;
  unmatched: R[];
}

export function matchRows<A extends Named & { indicatorId: string }, R extends Named>(
  approved: readonly A[],
  rows: readonly R[],
): RowMatch<A, R> {
  const used = new Set<string>();
  const matched: Array<{ approved: A; row: R }> = [];
  const unmatched: R[] = [];
  for (const row of rows) {
    const candidates = approved.filter((a) => !used.has(a.indicatorId) && key(a.name) === key(row.name));
    const pick =
      candidates.length > 1
        ? (candidates.find((a) => key(a.level2) === key(row.level2)) ?? candidates[0])
        : candidates[0];
    if (!pick) unmatched.push(row);
    else {
      used.add(pick.indicatorId);
      matched.push({ approved: pick, row });
    }
  }
  return { matched, unmatched };
}
