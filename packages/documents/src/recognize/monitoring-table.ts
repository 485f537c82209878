// Recogniser of a filled 项目绩效运行监控表 (as exported by Jixiao and filled in Excel): the budget executed to
// date and, per indicator row, progress to date, full-year forecast, cause, likelihood and measure. Lights
// in the file are ignored: they are recomputed from the values.
import { labelKey } from '../rows/clean-cell.ts';
import type { Row } from '../rows/row.ts';
import { at, findHeader } from './header-columns.ts';
import { isSignatureRow } from './signature-blocks.ts';

export interface RecognisedMonitoringRow {
  level1: string | null;
  level2: string | null;
  name: string;
  target: string;
  actualToDate: string;
  expectedFullYear: string;
  deviationReason: string | null;
  reasonText: string | null;
  likelihood: string | null;
  correctiveMeasure: string | null;
  line: number | null;
}

export interface RecognisedMonitoring {
  budget: { annual: string | null; executedToDate: string | null };
  indicators: RecognisedMonitoringRow[];
}

const nonBlank = (s: string) => (s.trim() === '' ? null : s.trim());
const number = (s: string) => {
  const t = s.replace(/[,，\s]/g, '');
  return /^\d+(\.\d+)?$/.test(t) ? t : null;
};

function amountAfter(rows: readonly Row[], test: (key: string) => boolean): string | null {
  for (const row of rows) {
    const i = row.cells.findIndex((c) => test(labelKey(c)));
    if (i < 0) continue;
    const v = row.cells.slice(i + 1).find((c) => c.trim() !== '');
    return v === undefined ? null : number(v);
  }
  return null;
}

export function recognizeMonitoring(rows: readonly Row[]): RecognisedMonitoring | null {
  const head = findHeader(rows, {
    level1: '一级指标',
    level2: '二级指标',
    name: '三级指标',
    target: '年度指标值',
    actual: /^1[—\-－–~～至]\d{1,2}月执行情况$/,
    expected: '全年预计完成情况',
    reason: '偏差原因',
    reasonText: '原因说明',
    likelihood: '完成目标可能性',
    measure: '纠偏措施',
  });
  if (!head) return null;
  const c = head.columns;
  const indicators: RecognisedMonitoringRow[] = [];
  for (let r = head.index + 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (!row.table) continue;
    // 填表人 … 联系电话 …, （盖章） 年 月 日 under the table: the table is over.
    if (isSignatureRow(row)) break;
    const name = at(row, c.name);
    if (name === '') continue;
    indicators.push({
      level1: nonBlank(at(row, c.level1)),
      level2: nonBlank(at(row, c.level2)),
      name,
      target: at(row, c.target),
      actualToDate: at(row, c.actual),
      expectedFullYear: at(row, c.expected),
      deviationReason: nonBlank(at(row, c.reason)),
      reasonText: nonBlank(at(row, c.reasonText)),
      likelihood: nonBlank(at(row, c.likelihood)),
      correctiveMeasure: nonBlank(at(row, c.measure)),
      line: row.line ?? null,
    });
  }
  return {
    budget: {
      annual: amountAfter(rows, (k) => k === '全年预算数（万元）'),
      executedToDate: amountAfter(rows, (k) => /^1[—\-－–~～至]\d{1,2}月执行数（万元）$/.test(k)),
    },
    indicators,
  };
}
