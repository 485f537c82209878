// Rows of one project form (项目绩效目标申报表 / 项目申报表 / 批复表) → ProjectForm.
import { emptyProjectForm, parseAmount, type ProjectForm } from '@jixiao/core';
import type { Row } from '../rows/row.ts';
import { labelKey } from '../rows/clean-cell.ts';
import { bracketedHeadUnit, headWritesMoneyUnit, readUnlabelledYuan } from './unlabelled-yuan.ts';
import { headGluedCostTotal } from './glued-cost-total.ts';
import { formTypeOf, titledProjectName, titledUnit, yearIn } from './titles.ts';
import { joinLabelsOverLines } from './labels-over-lines.ts';
import { withoutBlockHeading } from './block-heading.ts';
import { headedSourcesTotal, splitPartsTotal } from './source-headings.ts';
import { settleApprovalNote, yearOfApprovalNote } from './approval-note.ts';
import { filledCells, keyOf } from './row-helpers.ts';
import { projectLabel } from './labels.ts';
import { flushHeld, notePeriodTotals } from './period-paired-lines.ts';
import { nameUnderSlippedLabel } from './slipped-label.ts';
import { flushGoalLines, type Reading, type RowAt, type Step } from './project-form-reading.ts';
import {
  amountUnitRow,
  arrangedFundsRow,
  askedAmountRow,
  captionRow,
  fusedLabelRow,
  indicatorNameRuns,
  indicatorTable,
  inlineLabels,
  noteRunOnFields,
  opinionRow,
  pendingValue,
  publisherRow,
  termHeading,
  titleRow,
  totalLedFunds,
  yearColumnsRow,
  yearRow,
} from './project-form-head-steps.ts';
import {
  detailRow,
  extraField,
  goalColumnsRow,
  goalHeadingRow,
  goalRow,
  goalText,
  knownLedRow,
  labelledRow,
  signatureRow,
  partUnderTotalRow,
  sourceRow,
} from './project-form-body-steps.ts';
import { cleanOpinion } from './project-form-lines.ts';
import { upperSupervisor } from './project-form-fields.ts';

export interface ProjectDefaults {
  year: number | null;
  unit: string | null;
}

export function recognizeProjectForm(
  rows: Row[],
  title: string | null,
  defaults: ProjectDefaults,
): ProjectForm {
  const r: Reading = {
    form: emptyProjectForm({ formType: formTypeOf(title, 'project'), title, emptyLevel2: [] }),
    amountUnit: '万元',
    mode: 'fields',
    term: null,
    pending: null,
    goalLines: [],
    goalColumns: null,
    detailCols: { item: 0, amount: 1, basis: 2, note: 3 },
    opinion: [],
    indicators: [],
    headedSources: [],
    empty: [],
    publisher: null,
    arranged: null,
    thisYearColumn: null,
    yearSide: null,
    periodLines: { state: null, held: null },
    yearHeads: [],
    unitWritten: true,
    gluedTotal: null,
  };
  rows = joinLabelsOverLines(rows.map(withoutBlockHeading));
  r.unitWritten = headWritesMoneyUnit(rows);
  r.amountUnit = bracketedHeadUnit(rows) ?? r.amountUnit;
  r.gluedTotal = headGluedCostTotal(rows);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const filled = filledCells(row);
    const first = filled[0] ?? '';
    const at: RowAt = { rows, row, filled, first, firstKey: keyOf(first), next: i + 1 };
    // A label that stood alone (填报单位（盖章）：) waits for the next row as its value; a row that is a label
    // itself says it was left blank, so no later line (一、预算资金:250, rows on) is taken for it.
    if (r.pending && projectLabel(first)) r.pending = null;
    notePeriodTotals(r.periodLines, filled);
    for (const step of STEPS) if (step(r, at)) break;
    i = at.next - 1;
  }
  flushGoalLines(r);
  return finish(r, title, defaults);
}

/** The steps in the order they look at a row. */
const STEPS: readonly Step[] = [
  noteRunOnFields,
  indicatorTable,
  indicatorNameRuns,
  termHeading,
  titleRow,
  yearRow,
  yearColumnsRow,
  opinionRow,
  publisherRow,
  arrangedFundsRow,
  captionRow,
  amountUnitRow,
  askedAmountRow,
  inlineLabels,
  totalLedFunds,
  fusedLabelRow,
  pendingValue,
  goalColumnsRow,
  goalRow,
  goalHeadingRow,
  labelledRow,
  knownLedRow,
  signatureRow,
  partUnderTotalRow,
  sourceRow,
  detailRow,
  extraField,
  goalText,
];

/** What the whole form settles once read: the total, the indicators, the opinion, the year and unit. */
function finish(r: Reading, title: string | null, defaults: ProjectDefaults): ProjectForm {
  const { form } = r;
  flushHeld(form, r.periodLines);
  form.budget.total ??= form.details.find((d) => /^(合计|总计)$/.test(labelKey(d.item)))?.amount ?? null;
  // The 资金来源 list's own 合计 line, when no label gave the total.
  form.budget.total ??=
    form.budget.sources.find((s) => /^(合计|总计)$/.test(labelKey(s.name)))?.amount ?? null;
  // A form that states only this year's budget (当年预算 229.66): that is the project's budget.
  form.budget.total ??= form.budget.current;
  form.budget.total ??= headedSourcesTotal(r.headedSources);
  form.budget.total ??= splitPartsTotal(form.budget.sources);
  form.budget.total ??= r.gluedTotal === null ? null : parseAmount(r.gluedTotal, r.amountUnit);
  if (r.indicators.length > 0) form.budget.total ??= r.arranged;
  form.indicators = r.indicators;
  readUnlabelledYuan(form, r.unitWritten);
  form.emptyLevel2 = r.empty;
  form.opinion = cleanOpinion(r.opinion);
  settleApprovalNote(form);
  // A 批复表 whose title and name give no year is for the year of its 文号 or 批复日期.
  form.year =
    form.year ?? yearIn(title) ?? yearIn(form.name) ?? yearOfApprovalNote(form.approval) ?? defaults.year;
  form.unit ??= defaults.unit;
  if (!form.unit && !form.supervisor && !form.executor) form.unit = titledUnit(title) ?? r.publisher;
  // A transfer's 区域绩效目标表 naming only the levels above the spending county (中央主管部门, 省级主管部门): the
  // lowest of them is the department answerable for it.
  if (!form.unit && !form.supervisor && !form.executor) form.unit = upperSupervisor(form.extra);
  // No 项目名称 cell: the title names the project of the indicators under it (某县高中助学金项目绩效评价指标表).
  // A title over no table (a notice's attachment named in prose) makes no form.
  if (form.indicators.length > 0) form.name ??= titledProjectName(title);
  form.name ??= nameUnderSlippedLabel(form.extra);
  return form;
}
