// The indicator header of a token stream: the column roles its headings stand for, where the name and the value
// columns are, and whether the band is a 自评表's.
import { indicatorColumnOf } from './evaluation-lexicon.ts';
import { headingColumns } from './evaluation-stream-table.ts';
import { columnConcept, lexiconKey } from './lexicon.ts';
import type { ColumnRole } from './lexicon-columns.ts';
import type { Token } from './tokenize.ts';
import { withoutTrailingBracket } from './trailing-bracket.ts';

/** The columns of a target form's indicator table, for rows whose header the copy lost. */
export const IMPLIED_HEADER_CELLS = ['一级指标', '二级指标', '三级指标', '指标值'];

export interface Header {
  roles: ColumnRole[];
  nameAt: number;
  valueAt: number;
  /** The header is part of a 自评表's band (实际完成值, 得分 … in it or in the band printed with it). */
  evaluation: boolean;
}

export const IMPLIED_HEADER: Header = {
  roles: ['level1', 'level2', 'name', 'value'],
  nameAt: 2,
  valueAt: 3,
  evaluation: false,
};

/**
 * A column heading only a 自评表's list knows (not the lexicon), cut out of run-together text: a heading token, or a
 * text the tokens left whole that is wholly such headings run together (未完成原因分析得分, 得分 before 分值).
 */
export const isEvaluationHeading = (t: Token | undefined) =>
  t !== undefined &&
  t.split &&
  (t.kind === 'column' || t.kind === 'text') &&
  columnRole(t) === null &&
  (indicatorColumnOf(t.text) !== null || headingColumns(t.text) !== null);

/** Columns only a 自评表 or 监控表 has: what was achieved and what it scored. */
const EVALUATION_ONLY = new Set(['actual', 'actualToDate', 'expectedFullYear', 'score']);

/**
 * Whether the band of column headings around the header tokens k..end (a two-band header prints 实际完成值
 * and 得分 in the band before 一级 | 二级 | 三级) names a 自评表's columns.
 */
export function evaluationBand(ts: readonly Token[], k: number, end: number): boolean {
  // A heading may hold two labels run together (得分偏差原因分析及改进措施).
  const columnsOf = (t: Token) => {
    const one = indicatorColumnOf(t.text);
    return one !== null ? [one] : (headingColumns(t.text) ?? []);
  };
  const heading = (t: Token) => t.kind === 'blank' || columnsOf(t).length > 0;
  let from = k;
  while (from > 0 && k - from < 16 && heading(ts[from - 1]!)) from--;
  let to = end;
  while (to < ts.length && to - end < 16 && heading(ts[to]!)) to++;
  return ts.slice(from, to).some((t) => columnsOf(t).some((c) => EVALUATION_ONLY.has(c)));
}

/**
 * 指标名称 | 上年度实际水平 | 本年度计划水平 | 指标内容 / 二级指标 | 三级指标: a two-row header copied one cell per
 * line, its second row (the levels the 指标名称 column is split into) after the first. The levels take the
 * name column's place (二级指标 | 三级指标 | 上年度实际水平 | …), as the rows print them. Only where the first row
 * names the indicator and a value after it, and the second row is levels ending in the 三级 name and nothing
 * else; in place.
 */
export function foldSubHeader(roles: ColumnRole[], cells: string[]): void {
  let tail = 0;
  while (tail < roles.length && ['level1', 'level2'].includes(roles[roles.length - 2 - tail] ?? '')) tail++;
  if (tail === 0 || roles.at(-1) !== 'name') return;
  const sub = tail + 1;
  const first = roles.length - sub;
  const nameAt = roles.indexOf('name');
  if (nameAt < 0 || nameAt >= first || !roles.slice(nameAt + 1, first).includes('value')) return;
  if (roles.slice(0, first).some((r) => r === 'level1' || r === 'level2')) return;
  roles.splice(nameAt, 1, ...roles.splice(first, sub));
  cells.splice(nameAt, 1, ...cells.splice(first, sub));
}

export function columnRole(t: Token): ColumnRole | null {
  if (t.kind !== 'column' && t.kind !== 'section' && t.kind !== 'label') return null;
  const key = lexiconKey(t.text);
  return columnConcept(key) ?? columnConcept(withoutTrailingBracket(key));
}

export function explanationBefore(h: Header, row: string[]): number {
  for (let c = h.nameAt + 1; c < h.valueAt; c++)
    if ((h.roles[c] === 'other' || h.roles[c] === 'basis') && row[c] === '') return c;
  return -1;
}
