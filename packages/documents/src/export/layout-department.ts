// The department form's official layout (部门整体绩效目标表, seed 002): name, filler, the funds table
// (收入/支出构成 with 当年金额, 占比 and the last two years), projects, functions, tasks, then each goal
// followed by its indicator table with 指标分类.
import { shareText, type DepartmentForm, type FundLine, type Indicator } from '@jixiao/core';
import { titleKind, yearIn } from '../recognize/titles.ts';
import {
  amountCell,
  cell,
  completeTable,
  labelValueRow,
  paragraph,
  type DocumentLayout,
  type LayoutBlock,
  type LayoutCell,
} from './layout.ts';
import {
  historyLabels,
  indicatorGrid,
  indicatorHeader,
  indicatorRows,
  tableLines,
} from './layout-indicators.ts';
import { sheetName } from './layout-project.ts';

export function departmentTitle(form: DepartmentForm): string {
  if (form.title && titleKind(form.title) === 'department') return form.title;
  return form.formType === '申报表' ? '部门整体支出绩效目标申报表' : '部门整体绩效目标表';
}

export function layoutDepartmentForm(form: DepartmentForm): DocumentLayout {
  const fundYears = fundYearsOf([...form.funds.income, ...form.funds.expenditure]);
  const history = historyLabels(form.indicators);
  const grid = indicatorGrid(history, true);
  const W = Math.max(grid.width, 6 + fundYears.length, 8);
  if (W > grid.width) grid.width = W; // never narrower than the funds table
  const title = departmentTitle(form);

  const blocks: LayoutBlock[] = [paragraph(title, 'title', 'center')];
  if (form.year !== null && yearIn(title) === null)
    blocks.push(paragraph(`（${form.year}年度）`, 'subtitle', 'center'));
  blocks.push(paragraph('单位：万元', 'unit', 'right'));

  let rows: LayoutCell[][] = [];
  const tables: LayoutBlock[] = [];
  const flush = () => {
    if (rows.length > 0) tables.push(completeTable({ type: 'table', rows, headerRows: 0 }, W));
    rows = [];
  };
  rows.push(labelValueRow('部门（单位）名称', form.department, W));
  rows.push([
    cell(0, '填报人', { style: 'label' }),
    cell(1, form.filler, { colSpan: 2 }),
    cell(3, '联系电话', { style: 'label' }),
    cell(4, form.phone, { colSpan: W - 4 }),
  ]);
  rows.push(...fundRows(form, fundYears, W));
  rows.push(...projectRows(form, W));
  rows.push(labelValueRow('部门职能概述', form.functions, W));
  rows.push(labelValueRow('年度工作任务', form.tasks, W));

  // Indicators without a goal first, then each goal with the indicators that name it.
  const groups: Array<{
    goal: { label: string; text: string | null } | null;
    term: 'long' | 'annual';
    indicators: Indicator[];
  }> = [];
  for (const term of ['long', 'annual'] as const) {
    const loose = form.indicators.filter(
      (i) => i.term === term && !form.goals.some((g) => g.label === i.goal),
    );
    if (loose.length > 0) groups.push({ goal: null, term, indicators: loose });
  }
  for (const g of form.goals) {
    groups.push({
      goal: g,
      term: g.term,
      indicators: form.indicators.filter((i) => i.goal === g.label && i.term === g.term),
    });
  }
  for (const group of groups) {
    flush();
    if (group.goal) {
      const label = /^(长期|年度)目标$/.test(group.goal.label) ? `${group.goal.label}：` : group.goal.label;
      rows.push([
        cell(0, label, { style: 'label' }),
        cell(1, group.goal.text, { colSpan: W - 1, style: 'text' }),
      ]);
    }
    const slots = (form.emptyLevel2 ?? []).filter(
      (s) => s.term === group.term && s.goal === (group.goal?.label ?? null),
    );
    if (group.indicators.length === 0 && slots.length === 0) continue;
    const lines = tableLines(group.indicators, slots);
    const withHistory =
      history.length > 0 && group.indicators.some((i) => i.history && Object.keys(i.history).length > 0);
    const head = cell(0, group.term === 'long' ? '长期绩效指标' : '年度绩效指标', {
      style: 'label',
      rowSpan: lines.length + 1,
    });
    rows.push(widen(indicatorHeader(grid, head, withHistory), W));
    rows.push(...indicatorRows(grid, lines, false, withHistory).map((r) => widen(r, W)));
  }

  flush();
  return {
    title: form.department ? `${form.department}（${title}）` : title,
    sections: [
      {
        name: sheetName(form.department ?? title),
        columns: departmentColumns(history.length, W),
        orientation: 'portrait',
        blocks: [...blocks, ...tables],
      },
    ],
  };
}

/** Years of the 近两年收支金额 columns, sorted. */
function fundYearsOf(lines: FundLine[]): string[] {
  const years = new Set<string>();
  for (const l of lines) for (const y of Object.keys(l.history)) years.add(y);
  return [...years].sort();
}

/**
 * The funds table: 收入/支出构成 over columns 1–2, the line's name in the wide 三级指标 column, then
 * 当年金额, 占比 and the years side by side (the last year takes what is left of the row).
 */
function fundRows(form: DepartmentForm, years: string[], W: number): LayoutCell[][] {
  const { income, expenditure } = form.funds;
  const rows: LayoutCell[][] = [];
  const span = 2 + income.length + expenditure.length;
  const first = 6; // column of the first year
  const yearSpan = (k: number) => (k === years.length - 1 ? W - first - k : 1);
  rows.push([
    cell(0, '部门总体资金情况', { style: 'label', rowSpan: span }),
    cell(1, '总体资金情况', { style: 'header', colSpan: 3, rowSpan: 2 }),
    cell(4, '当年金额', { style: 'header', rowSpan: 2 }),
    cell(5, '占比', { style: 'header', rowSpan: 2, colSpan: years.length > 0 ? 1 : W - 5 }),
    ...(years.length > 0 ? [cell(first, '近两年收支金额', { style: 'header', colSpan: W - first })] : []),
  ]);
  rows.push(years.map((y, k) => cell(first + k, `${y}年`, { style: 'header', colSpan: yearSpan(k) })));
  const section = (label: string, lines: FundLine[]) =>
    lines.forEach((l, k) => {
      const row: LayoutCell[] = [];
      if (k === 0) row.push(cell(1, label, { style: 'label', rowSpan: lines.length, colSpan: 2 }));
      row.push(
        cell(3, l.name),
        amountCell(4, l.current),
        cell(5, shareText(l.share), {
          style: 'amount',
          align: 'right',
          colSpan: years.length > 0 ? 1 : W - 5,
        }),
      );
      years.forEach((y, j) => row.push(amountCell(first + j, l.history[y] ?? null, yearSpan(j))));
      rows.push(row);
    });
  section('收入构成', income);
  section('支出构成', expenditure);
  return rows;
}

function projectRows(form: DepartmentForm, W: number): LayoutCell[][] {
  if (form.projects.length === 0) return [];
  const rows: LayoutCell[][] = [
    [
      cell(0, '项目支出情况', { style: 'label', rowSpan: form.projects.length + 1 }),
      cell(1, '项目名称', { style: 'header', colSpan: 3 }),
      cell(4, '项目类型', { style: 'header' }),
      cell(5, '项目总预算', { style: 'header' }),
      cell(6, '本年预算', { style: 'header' }),
      cell(7, '主要用途', { style: 'header', colSpan: W - 7 }),
    ],
  ];
  for (const p of form.projects) {
    rows.push([
      cell(1, p.name, { colSpan: 3 }),
      cell(4, p.category),
      amountCell(5, p.total),
      amountCell(6, p.current),
      cell(7, p.purpose, { colSpan: W - 7, style: 'text' }),
    ]);
  }
  return rows;
}

/** Stretches the last cell of a row so the row fills a grid wider than the indicator table. */
function widen(row: LayoutCell[], W: number): LayoutCell[] {
  const last = row[row.length - 1];
  if (!last) return row;
  const end = last.col + last.colSpan;
  if (end < W) row[row.length - 1] = { ...last, colSpan: last.colSpan + (W - end) };
  return row;
}

function departmentColumns(historyCount: number, W: number): number[] {
  const base = [
    12,
    10,
    14,
    historyCount > 0 ? 22 : 28,
    ...new Array<number>(historyCount).fill(10),
    11,
    12,
    11,
  ];
  while (base.length < W) base.push(10);
  return base.slice(0, W);
}
