// What a project form's reading carries from row to row, and the shape of the steps that read each row.
import type { Indicator, EmptyLevel2, ProjectForm, Term } from '@jixiao/core';
import type { Row } from '../rows/row.ts';
import type { ProjectField } from './labels.ts';
import type { GoalColumn } from './goals.ts';
import type { PeriodLines } from './period-paired-lines.ts';

type Mode = 'fields' | 'sources' | 'details' | 'goals' | 'opinion';
export type AmountUnit = '万元' | '元';

/** What the reading carries from one row to the next. */
export interface Reading {
  form: ProjectForm;
  /** The unit amounts are written in (金额单位), until a label says otherwise. */
  amountUnit: AmountUnit;
  /** What unlabelled rows continue: the fields, the 资金来源, the cost lines, the goals or the opinion. */
  mode: Mode;
  /** The term (长期 / 年度) of the indicator table to come, from a heading above it. */
  term: Term | null;
  /** A field whose label stood alone: its value is the next row of text. */
  pending: ProjectField | null;
  /** Lines of an unlabelled 项目绩效总目标, joined when it ends. */
  goalLines: string[];
  /** A row of goal headings (长期目标 | 年度目标) whose texts come in the next row, column by column. */
  goalColumns: GoalColumn[] | null;
  detailCols: DetailColumns;
  opinion: string[];
  indicators: Indicator[];
  empty: EmptyLevel2[];
  /** Amounts of the 资金来源 lines headed （一）（二）…: the total when the form prints none. */
  headedSources: Array<string | null>;
  /** The page's publisher (信息来源：某市卫生健康委): the unit of a form that names none of its own. */
  publisher: string | null;
  /** Under 上年度安排资金 | 本年度申请资金 headings: which of the two figures is this year's. */
  thisYearColumn: number | null;
  /** Under 中期资金总额 | X | 年度资金总额 | Y side by side: which pair of each 资金来源 row is the year's. */
  yearSide: number | null;
  /** 中期资金总额 over 年度资金总额, the lines under them in pairs (period's, year's): where that reading is. */
  periodLines: PeriodLines;
  /** Year-column headings met one a row so far (上年度预算安排 / 上年度实际执行 / 本年度申请金额, a cell a line). */
  yearHeads: string[];
  /** The head writes a money unit somewhere (万元, 元): amounts printed bare are in it, not guessed by size. */
  unitWritten: boolean;
  /** The 合计 of a cost table run together into one text, cut by its lines' amounts (glued-cost-total.ts). */
  gluedTotal: string | null;
  /** The sum a notice's paragraph arranges for the project (安排…资金30万元): the total when the form prints none. */
  arranged: string | null;
}

/** One row as the steps look at it; `next` may be moved past rows a step read itself (a table). */
export interface RowAt {
  rows: Row[];
  row: Row;
  /** The row's filled cells (filledCells), worked out once for every step. */
  filled: string[];
  first: string;
  firstKey: string;
  next: number;
}

/** A step of the reading: true when it took the row (the later steps do not see it). */
export type Step = (r: Reading, at: RowAt) => boolean;

/** The unlabelled 项目绩效总目标 gathered so far, as one goal. */
export function flushGoalLines(r: Reading): void {
  if (r.goalLines.length > 0)
    r.form.goals.push({ term: 'long', label: '项目绩效总目标', text: r.goalLines.join('\n') });
  r.goalLines = [];
}

export interface DetailColumns {
  item: number;
  amount: number;
  basis: number;
  note: number;
}
