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
