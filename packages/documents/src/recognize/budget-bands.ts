// A budget block printed in bands: labels, the line's heading and its figures, then more labels of the same line
// and its figures again (苏州's 自评表: 年初预算数 … 指标结余数 | 市级预算执行情况(万元) | 2960.00 0.00 2960.00 0.00, then
// 其中:财政拨款数 实际支付数 资金结余、结转数 结转数 财政收回数 | 市级财政资金使用情况(万元) | 2960.00 2798.30 …). Each band's
// figures stand under its own labels, and together they are the block's one line.
import { labelKey } from '../rows/clean-cell.ts';
import type { BudgetColumn } from './evaluation-budget-labels.ts';

export interface TextLine {
  name: string;
  figures: string[];
  alone: boolean[];
}

type LabelReader = (key: string, at: number) => { columns: BudgetColumn[]; end: number };
type Placer = (
  figures: readonly string[],
  columns: readonly BudgetColumn[],
  alone: readonly boolean[],
) => Partial<Record<BudgetColumn, string>>;

const AMOUNTS: readonly BudgetColumn[] = ['initial', 'annual', 'executed'];

/** The labels a line's name opens with (其中: before them is the band's word for "of which"), and what is left. */
function bandAt(name: string, labels: LabelReader): { columns: BudgetColumn[]; heading: string } | null {
  const key = labelKey(name.replace(/^其中[:：]?/, ''));
  const run = labels(key, 0);
  if (run.columns.length < 2 || !run.columns.some((c) => AMOUNTS.includes(c))) return null;
  return { columns: run.columns, heading: key.slice(run.end) };
}

/**
 * The block's one line where its first line is followed by bands (lines named by labels of their own, each with
 * figures): the figures of every band placed under its labels, the first band's figure kept where two name the same
 * column. Null for a block of several lines under one band.
 */
export function bandedLine(
  lines: readonly TextLine[],
  columns: readonly BudgetColumn[],
  labels: LabelReader,
  place: Placer,
): { name: string; placed: Partial<Record<BudgetColumn, string>> } | null {
  const first = lines[0];
  if (!first || first.figures.length === 0) return null;
  const placed = { ...place(first.figures, columns, first.alone) };
  let bands = 0;
  for (const line of lines.slice(1)) {
    const band = line.figures.length > 0 ? bandAt(line.name, labels) : null;
    if (!band) break;
    bands++;
    for (const [col, figure] of Object.entries(place(line.figures, band.columns, line.alone)))
      if (col !== 'other') placed[col as BudgetColumn] ??= figure;
  }
  return bands > 0 ? { name: first.name, placed } : null;
}
