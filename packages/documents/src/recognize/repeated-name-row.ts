// A template whose 完成值 cell prints the indicator's name again before its figure (建设环境空气质量自动监测子站 |
// 11个 | 建设环境空气质量自动监测子站 / 0 | 未完成原因…), copied one cell a line: the name's second line is no new
// row with the same name. The row goes on there — the figure after the repeated name fills the row's next empty
// column (the actual), the cells after it the columns after that (the reason, its paragraphs past the last column
// joined to it).
import type { IndicatorColumn } from './evaluation-lexicon.ts';
import type { TableRecord } from './evaluation-table.ts';

/** The columns whose cells a row's own values fill, in the header's order. */
const VALUE_COLUMNS = new Set<IndicatorColumn>([
  'target',
  'actual',
  'actualToDate',
  'expectedFullYear',
  'weight',
  'score',
  'reason',
]);

/** The records with each row that repeats the row before's name joined to it where the row before stops short. */
export function joinRepeatedNameRows(
  records: readonly TableRecord[],
  columns: readonly IndicatorColumn[],
): TableRecord[] {
  const order = columns.filter((c) => VALUE_COLUMNS.has(c));
  // A header with split target columns (指标性质 | 指标值 | 度量单位) places its figures otherwise: left as read.
  if (order.length !== columns.filter((c) => !['section', 'level1', 'level2', 'name'].includes(c)).length)
    return [...records];
  const out: TableRecord[] = [];
  for (const r of records) {
    const prev = out.at(-1);
    const joined = prev ? joinedRow(prev, r, order) : null;
    if (joined) out[out.length - 1] = joined;
    else out.push(r);
  }
  return out;
}

/** The row before with `r`'s values in its empty columns after its last filled one; null where they do not fit. */
function joinedRow(prev: TableRecord, r: TableRecord, order: readonly IndicatorColumn[]): TableRecord | null {
  if (r.name.trim() !== prev.name.trim() || r.level1 !== prev.level1 || r.level2 !== prev.level2) return null;
  const filled = (t: TableRecord) => order.filter((c) => (t.cells[c] ?? '').trim() !== '');
  const before = filled(prev);
  if (before.length === 0) return null;
  const free = order.slice(order.indexOf(before.at(-1)!) + 1);
  const values = filled(r).map((c) => r.cells[c]!);
  // A reason of several paragraphs (…审批文件 / 改进措施:) copied a paragraph a line: the lines past the last column
  // are that column's text going on.
  const overflow = values.length > free.length && free.at(-1) === 'reason';
  if (values.length === 0 || (values.length > free.length && !overflow)) return null;
  const cells = { ...prev.cells };
  values.forEach((v, k) => {
    const c = free[Math.min(k, free.length - 1)]!;
    cells[c] = k < free.length ? v : `${cells[c]}\n${v}`;
  });
  return { ...prev, cells };
}
