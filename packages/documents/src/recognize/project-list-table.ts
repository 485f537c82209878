// One indicator table listing several projects (部门预算公开 附表 项目绩效目标表): a first column with the
// unit or project name (单位名称、项目名称), a 年度目标 column, then the usual indicator columns. Each project
// becomes its own ProjectForm, its rows read by the ordinary indicator-table reader.
import { emptyProjectForm, parseAmount, type ProjectForm } from '@jixiao/core';
import { isBlankCell, labelKey, oneLine } from '../rows/clean-cell.ts';
import type { Row } from '../rows/row.ts';
import { amountUnitNote, amountUnitOfPair } from './form-caption.ts';
import { isIndicatorHeader } from './indicator-table-columns.ts';
import { readIndicatorTable } from './indicator-table.ts';
import { filledCells, isAmount } from './row-helpers.ts';
import { isSignatureRow } from './signature-blocks.ts';
import { formTypeOf, standaloneYear, yearIn } from './titles.ts';

interface ListColumns {
  header: number;
  project: number;
  goal: number | null;
  /** 单位名称 before the projects: the unit of the project on its row and of those after it. */
  unit: number | null;
  /** 预算数 beside the project: its amount. */
  budget: number | null;
}

/** The header of a project-list table in `rows`: an indicator header with a 项目名称 column before 一级. */
export function findProjectListHeader(rows: readonly Row[]): ListColumns | null {
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    if (!row.table || !isIndicatorHeader(row)) continue;
    const keys = row.cells.map((c) => labelKey(oneLine(c)));
    const level1 = keys.findIndex((k) => /^一级(指标)?$/.test(k));
    const project = keys.findIndex((k, i) => i < level1 && /项目名称$/.test(k));
    if (project < 0) return null;
    const goal = keys.findIndex((k, i) => i < level1 && i !== project && /目标/.test(k));
    const before = (re: RegExp) => {
      const k = keys.findIndex((x, i) => i < level1 && i !== project && i !== goal && re.test(x));
      return k >= 0 ? k : null;
    };
    return {
      header: r,
      project,
      goal: goal >= 0 ? goal : null,
      unit: before(/^(单位名称|预算单位|项目单位|单位)$/),
      budget: before(/^(预算数|预算金额|项目预算|预算资金|资金总额|金额)$/),
    };
  }
  return null;
}

/** The forms of every project the table lists, in order. */
export function recognizeProjectList(
  rows: Row[],
  cols: ListColumns,
  title: string | null,
  defaults: { year: number | null; unit: string | null },
): ProjectForm[] {
  const year =
    yearIn(title) ??
    rows
      .slice(0, cols.header)
      .map((r) => standaloneYear(oneLine(r.cells[0] ?? '')))
      .find((y) => y !== null) ??
    defaults.year;
  const blankOut = (row: Row): Row => ({
    ...row,
    cells: row.cells.map((c, i) =>
      i === cols.project || i === cols.goal || i === cols.unit || i === cols.budget ? '' : c,
    ),
  });
  const header = blankOut(rows[cols.header]!);
  const forms: ProjectForm[] = [];
  let unit = defaults.unit;
  // 金额单位：元 over the table: the 预算数 column's amounts are in 元.
  const amountUnit =
    rows
      .slice(0, cols.header)
      .map(
        (r) =>
          amountUnitOfPair(filledCells(r)) ??
          filledCells(r)
            .map(amountUnitNote)
            .find((u) => u) ??
          null,
      )
      .find((u) => u) ?? '万元';
  let current: { form: ProjectForm; rows: Row[] } | null = null;
  const finish = () => {
    if (!current) return;
    const table = readIndicatorTable([header, ...current.rows], 0, {
      term: 'annual',
      goal: null,
      scope: 'project',
      isStop: () => false,
    });
    current.form.indicators = table.indicators;
    current.form.emptyLevel2 = table.emptyLevel2;
    forms.push(current.form);
    current = null;
  };
  for (const row of rows.slice(cols.header + 1)) {
    // 填表人 … 联系电话 … under the list is no project of it.
    if (!row.table || isSignatureRow(row)) break;
    const name = oneLine(row.cells[cols.project] ?? '');
    const unitCell = cols.unit !== null ? oneLine(row.cells[cols.unit] ?? '') : '';
    if (!isBlankCell(unitCell) && !isAmount(unitCell) && !isBlankCell(name)) unit = unitCell;
    const rest = row.cells.filter((c, i) => i !== cols.project && !isBlankCell(c.trim()));
    if (!isBlankCell(name) && rest.length === 0) {
      // A line with only a name heads the projects of one unit.
      finish();
      unit = name;
      continue;
    }
    if (!isBlankCell(name)) {
      finish();
      const form = emptyProjectForm({ formType: formTypeOf(title, 'project'), title, emptyLevel2: [] });
      form.name = name;
      form.unit = unit;
      form.year = year;
      const amount = cols.budget !== null ? oneLine(row.cells[cols.budget] ?? '') : '';
      if (isAmount(amount)) form.budget.total = parseAmount(amount, amountUnit);
      const goal = cols.goal !== null ? oneLine(row.cells[cols.goal] ?? '') : '';
      if (!isBlankCell(goal)) form.goals.push({ term: 'annual', label: '年度目标', text: goal });
      current = { form, rows: [] };
    }
    current?.rows.push(blankOut(row));
  }
  finish();
  return forms;
}
