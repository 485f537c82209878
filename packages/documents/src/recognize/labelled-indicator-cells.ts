// A form whose indicator band writes each 二级 as a label and its content in one cell (湖南's 2017 部门整体支出绩效
// 目标申报表 as a table): 部门整体支出 年度绩效指标 | 产出指标 | 质量指标:学校的教育教学秩序良好… , the rows under it
// blank where the 一级 is merged down (| | 时效指标:按时完成教学任务…). The form prints no 三级 names and no value
// column: the content is what the 二级 sets out to reach, so it is the indicator's name and the 二级 its level. The
// rows are written again as the indicator table the form reader reads: a header, then one row per labelled cell.
import { isLevel1Name, isLevel2Name } from '@jixiao/core';
import type { Row } from '../rows/row.ts';
import { isBlankCell, oneLine } from '../rows/clean-cell.ts';

/** Fewest labelled rows a band must hold: one 质量指标:… cell is a remark like any other. */
const MIN_ROWS = 2;
/** A 二级 label, its colon, then its content. */
const LABELLED = /^([\p{Script=Han}、]{2,16}指标)\s*[:：]\s*(\S[\s\S]*)$/u;

interface Labelled {
  row: Row;
  level1: string;
  level2: string;
  content: string;
}

/** The rows with each run of 二级 label:content cells under a 一级 written as an indicator table. */
export function readLabelledIndicatorCells(rows: Row[]): Row[] {
  const runs = labelledRuns(rows);
  if (runs.length === 0) return rows;
  const byRow = new Map<Row, Labelled>();
  for (const run of runs) for (const l of run) byRow.set(l.row, l);
  const out: Row[] = [];
  for (const row of rows) {
    const l = byRow.get(row);
    if (l === undefined) {
      out.push(row);
      continue;
    }
    if (runs.some((run) => run[0] === l))
      out.push({ ...row, cells: ['一级指标', '二级指标', '三级指标', '指标值'] });
    out.push({ ...row, cells: [l.level1, l.level2, l.content, ''], table: true });
  }
  return out;
}

/** Runs of consecutive labelled rows, each at least MIN_ROWS long. */
function labelledRuns(rows: Row[]): Labelled[][] {
  const runs: Labelled[][] = [];
  let run: Labelled[] = [];
  let level1: string | null = null;
  const close = () => {
    if (run.length >= MIN_ROWS) runs.push(run);
    run = [];
  };
  for (const row of rows) {
    const read: Labelled | null = row.table ? labelledCell(row, level1) : null;
    if (read === null) {
      close();
      level1 = null;
      continue;
    }
    level1 = read.level1;
    run.push(read);
  }
  close();
  return runs;
}

/**
 * The row's labelled cell when it is the row's last filled cell and a 一级 stands before it in the row or, the row
 * blank before it, above it in the run; null otherwise.
 */
function labelledCell(row: Row, carried: string | null): Labelled | null {
  // Asked of every table row: only a row with a cell naming an 指标 can hold a labelled one.
  if (!row.cells.some((c) => c.includes('指标'))) return null;
  const filled = row.cells.map((c) => oneLine(c)).filter((c) => !isBlankCell(c));
  const last = filled.at(-1);
  const m = last === undefined ? null : LABELLED.exec(last);
  if (m === null || !isLevel2Name(m[1]!)) return null;
  const before = filled.slice(0, -1);
  const level1 = before.length === 0 ? carried : before.at(-1)!;
  if (level1 === null || !isLevel1Name(level1)) return null;
  return { row, level1, level2: m[1]!, content: m[2]!.trim() };
}
