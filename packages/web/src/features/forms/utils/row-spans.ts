// Row spans of the official indicator table: 目标名称, 一级指标 and 二级指标 cells are merged over
// consecutive rows that repeat them, as on the paper form. A span of 0 means "covered by the cell above".

export interface SpanRow {
  goal: string | null;
  level1: string | null;
  level2: string | null;
}

export interface RowSpans {
  goal: number;
  level1: number;
  level2: number;
}

/** Spans for each row; a level merges only inside the run of the level above it. */
export function computeRowSpans(rows: readonly SpanRow[]): RowSpans[] {
  const spans: RowSpans[] = rows.map(() => ({ goal: 0, level1: 0, level2: 0 }));
  const keys: ((r: SpanRow) => string)[] = [
    (r) => JSON.stringify([r.goal]),
    (r) => JSON.stringify([r.goal, r.level1]),
    (r) => JSON.stringify([r.goal, r.level1, r.level2]),
  ];
  const fields: (keyof RowSpans)[] = ['goal', 'level1', 'level2'];
  fields.forEach((field, level) => {
    let start = 0;
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && keys[level]!(rows[i]!) === keys[level]!(rows[start]!)) continue;
      spans[start]![field] = i - start;
      start = i;
    }
  });
  return spans;
}

/** One row of a term's indicator table: the indicator, its index in the form, and its merged cells. */
export interface TableRow<T extends SpanRow> {
  index: number;
  indicator: T;
  span: RowSpans;
}

/**
 * The rows of one term (长期 or 年度) in form order, with the spans of their merged 目标/一级/二级 cells:
 * the one model both the editor and the read-only views draw their indicator tables from.
 */
export function termTable<T extends SpanRow & { term: string }>(
  indicators: readonly T[],
  term: string,
): TableRow<T>[] {
  const rows = indicators.flatMap((indicator, index) =>
    indicator.term === term ? [{ index, indicator }] : [],
  );
  const spans = computeRowSpans(rows.map((r) => r.indicator));
  return rows.map((r, i) => ({ ...r, span: spans[i]! }));
}

/**
 * Spans for the tables that have no 目标名称 column (监控表, 自评表): 一级 and 二级 merged over the whole
 * table; the goal span is 0 so that MergedLevelCells draws no goal cell.
 */
export function levelSpans(rows: readonly Pick<SpanRow, 'level1' | 'level2'>[]): RowSpans[] {
  return computeRowSpans(rows.map((r) => ({ goal: null, level1: r.level1, level2: r.level2 }))).map((s) => ({
    ...s,
    goal: 0,
  }));
}
