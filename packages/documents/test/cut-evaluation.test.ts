// A document that stops inside a 自评表's indicator table (a stored web copy cut short) marks the 自评表
// `cutOff`, so the checks of what lies past the cut (R-EVAL-04's shortfall, R-EVAL-09's total, R-EVAL-10 on
// the last row) do not judge it; a table closed by its 总分 row or its signatures is whole.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkEvaluationDocument } from '@jixiao/core';
import { importRows, readRows } from '../src/index.ts';
import { endsInsideEvaluation } from '../src/recognize/cut-evaluation.ts';
import type { Row } from '../src/rows/row.ts';

const rowsOf = (lines: string[][]): Row[] => lines.map((cells, i) => ({ cells, table: true, line: i + 1 }));

async function evaluations(file: string) {
  const bytes = readFileSync(new URL(`./corpus/wide/${file}`, import.meta.url));
  const { format, rows } = await readRows(bytes, file);
  const outcome = importRows(format, rows);
  if (!outcome.ok) throw new Error(outcome.error.code);
  return outcome.evaluations;
}

describe('a 自评表 cut off inside its indicator table', () => {
  const header = ['一级指标', '二级指标', '三级指标', '分值', '指标值', '实际值', '得分'];
  const row = ['产出指标', '数量指标', '培训人次', '10', '≥100人次', '120人次', '10'];

  it('is cut when the rows run from the indicator header to the end without a 总分 row or signatures', () => {
    expect(endsInsideEvaluation(rowsOf([header, row, ['效益指标', '社会效益', '群众']]))).toBe(true);
  });

  it('is whole when a 总分 row, a grade or a signature closes the table, or when there is no table', () => {
    expect(endsInsideEvaluation(rowsOf([header, row, ['总分', '100', '96']]))).toBe(false);
    expect(endsInsideEvaluation(rowsOf([header, row, ['填报人：张三', '联系电话：123']]))).toBe(false);
    expect(
      endsInsideEvaluation(
        rowsOf([
          ['项目名称', '某项目'],
          ['年度资金总额', '10', '10'],
        ]),
      ),
    ).toBe(false);
  });

  it('wide/121 (银川, cut in 满意度): marked cutOff; 项目效益 35 over the rows read is not judged, 总分 98 still is', async () => {
    const [doc] = await evaluations('121_selfeval.txt');
    expect(doc?.kind === 'self-evaluation' && doc.cutOff).toBe(true);
    const findings = checkEvaluationDocument(doc!);
    expect(findings.some((f) => f.rule === 'R-EVAL-04' && f.message.includes('「项目效益」'))).toBe(false);
    expect(findings.some((f) => f.rule === 'R-EVAL-09' && f.message.includes('98'))).toBe(true);
  });

  it('wide/119 (a table closed by its 合计 row): whole', async () => {
    const [doc] = await evaluations('119_selfeval.txt');
    expect(doc?.kind === 'self-evaluation' && doc.cutOff).not.toBe(true);
  });
});
