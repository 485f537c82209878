// Recogniser of a filled 项目支出绩效自评表 (the official layout, as exported or filled in Excel/Word): project
// name, funds (年初预算数 / 全年预算数 / 全年执行数), one row per indicator with its value, actual, 分值, 得分 and
// deviation, conclusions and the stated 总分. Matching rows to approved indicators is the caller's job.
import { labelKey } from '../rows/clean-cell.ts';
import type { Row } from '../rows/row.ts';
import { at, findHeader, valueAfterLabel } from './header-columns.ts';
import { isSignatureRow } from './signature-blocks.ts';

export interface RecognisedSelfEvaluationRow {
  level1: string | null;
  level2: string | null;
  name: string;
  target: string;
  actual: string;
  weight: string | null;
  score: string | null;
  deviation: string | null;
  /** Row number in the source, for messages. */
  line: number | null;
}

export interface RecognisedSelfEvaluation {
  projectName: string | null;
  budget: { initial: string | null; annual: string | null; executed: string | null };
  indicators: RecognisedSelfEvaluationRow[];
  problems: string | null;
  improvements: string | null;
  total: string | null;
}

const nonBlank = (s: string) => (s.trim() === '' ? null : s.trim());
const number = (s: string) => {
  const t = s.replace(/[,，\s]/g, '');
  return /^-?\d+(\.\d+)?$/.test(t) ? t : null;
};

function funds(rows: readonly Row[]): RecognisedSelfEvaluation['budget'] {
  const head = findHeader(rows, { initial: '年初预算数', annual: '全年预算数', executed: '全年执行数' });
  const none = { initial: null, annual: null, executed: null };
  if (!head) return none;
  const total = rows.slice(head.index + 1).find((r) => r.cells.some((c) => labelKey(c) === '年度资金总额'));
  if (!total) return none;
  return {
    initial: number(at(total, head.columns.initial)),
    annual: number(at(total, head.columns.annual)),
    executed: number(at(total, head.columns.executed)),
  };
}

const ENDS = new Set(['存在的问题', '改进措施', '总分']);

/** Reads a 自评表 from rows; null when the rows hold no self-evaluation indicator table. */
export function recognizeSelfEvaluation(rows: readonly Row[]): RecognisedSelfEvaluation | null {
  const head = findHeader(rows, {
    level1: '一级指标',
    level2: '二级指标',
    name: '三级指标',
    target: '年度指标值',
    actual: '实际完成值',
    weight: '分值',
    score: '得分',
    deviation: /^偏差原因/,
  });
  if (!head) return null;
  const c = head.columns;
  const indicators: RecognisedSelfEvaluationRow[] = [];
  let level1: string | null = null;
  let level2: string | null = null;
  let end = rows.length;
  for (let r = head.index + 1; r < rows.length; r++) {
    const row = rows[r]!;
    const first = labelKey(row.cells.find((x) => x.trim() !== '') ?? '');
    if (ENDS.has(first) || first.startsWith('总分') || isSignatureRow(row)) {
      end = r;
      break;
    }
    if (!row.table) continue;
    // Merged 一级/二级 cells are '' below their first row: fill them down.
    level1 = nonBlank(at(row, c.level1)) ?? level1;
    level2 = nonBlank(at(row, c.level2)) ?? (nonBlank(at(row, c.level1)) ? null : level2);
    const name = at(row, c.name);
    if (name === '') continue;
    indicators.push({
      level1,
      level2,
      name,
      target: at(row, c.target),
      actual: at(row, c.actual),
      weight: number(at(row, c.weight)),
      score: number(at(row, c.score)),
      deviation: nonBlank(at(row, c.deviation)),
      line: row.line ?? null,
    });
  }
  const tail = rows.slice(end);
  const totalRow = tail.find((r) => labelKey(r.cells.find((x) => x.trim() !== '') ?? '').startsWith('总分'));
  return {
    projectName: valueAfterLabel(rows, '项目名称'),
    budget: funds(rows),
    indicators,
    problems: valueAfterLabel(tail, '存在的问题'),
    improvements: valueAfterLabel(tail, '改进措施'),
    total: totalRow ? number(at(totalRow, c.score)) : null,
  };
}
