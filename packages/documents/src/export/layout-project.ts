// The project form's official layouts: 项目绩效目标申报表 (header block, budget, sources, goals, long-term
// and annual indicator tables, 审核意见) and 项目支出绩效目标批复表 (seed 004: name, budget, goals, tables).
import type { ProjectForm, Term } from '@jixiao/core';
import { titleKind, yearIn } from '../recognize/titles.ts';
import {
  amountCell,
  cell,
  completeTable,
  fullRow,
  labelValueRow,
  paragraph,
  twoPairRow,
  type DocumentLayout,
  type LayoutBlock,
  type LayoutCell,
} from './layout.ts';
import {
  historyLabels,
  indicatorGrid,
  indicatorHeader,
  indicatorRows,
  ofTerm,
  tableLines,
} from './layout-indicators.ts';

const TERM_TITLE: Record<Term, string> = { long: '长期绩效目标表', annual: '年度绩效目标表' };

export function projectTitle(form: ProjectForm): string {
  if (form.title && titleKind(form.title) === 'project') return form.title;
  return form.formType === '批复表' ? '项目支出绩效目标批复表' : '项目绩效目标申报表';
}

export function layoutProjectForm(form: ProjectForm): DocumentLayout {
  const approval = form.formType === '批复表';
  const history = historyLabels(form.indicators);
  const grid = indicatorGrid(history, false);
  const W = grid.width;
  const split = 3; // second label of a two-pair row stands in the 三级指标 column
  const title = projectTitle(form);

  const blocks: LayoutBlock[] = [paragraph(title, 'title', 'center')];
  if (form.year !== null && yearIn(title) === null && yearIn(form.name) === null) {
    blocks.push(paragraph(`预算年度：${form.year}年`, 'subtitle', 'center'));
  }
  if (form.approval?.number)
    blocks.push(paragraph(`批复文号：${form.approval.number}`, 'subtitle', 'center'));
  if (form.unit) blocks.push(paragraph(`申报单位：${form.unit}`, 'subtitle', 'left'));
  blocks.push(paragraph('金额单位：万元', 'unit', 'right'));

  let rows: LayoutCell[][] = [];
  const table = (headerRows = 0) => {
    if (rows.length > 0) blocks.push(completeTable({ type: 'table', rows, headerRows }, W));
    rows = [];
  };
  const pair = (a: [string, string | null], b: [string, string | null], amounts = false) =>
    rows.push(twoPairRow(a, b, W, split, amounts));
  const optionalPair = (a: [string, string | null], b: [string, string | null]) => {
    if (!approval || a[1] !== null || b[1] !== null) pair(a, b);
  };
  const optionalLine = (label: string, value: string | null) => {
    if (!approval || value !== null) rows.push(labelValueRow(label, value, W));
  };

  if (approval) {
    rows.push([
      cell(0, '项目名称', { style: 'label' }),
      cell(1, form.name, { colSpan: split - 1 }),
      cell(split, '项目预算', { style: 'label' }),
      amountCell(split + 1, form.budget.total, W - split - 1),
    ]);
    if (form.budget.current !== null)
      rows.push([cell(0, '项目当年预算', { style: 'label' }), amountCell(1, form.budget.current, W - 1)]);
  } else {
    rows.push(labelValueRow('项目名称', form.name, W));
  }
  optionalPair(['项目主管部门', form.supervisor], ['项目执行单位', form.executor]);
  optionalPair(['项目负责人', form.leader], ['联系电话', form.phone]);
  optionalPair(['项目类别', form.category], ['项目性质', form.nature]);
  if (form.code !== null) rows.push(labelValueRow('项目代码', form.code, W));
  optionalLine('立项依据', form.basis);
  optionalLine('项目主要内容', form.content);
  if (!approval) pair(['项目总预算', form.budget.total], ['项目当年预算', form.budget.current], true);
  optionalLine('项目前两年预算及当年预算变动情况', form.budget.history);

  const sources = form.budget.sources;
  if (sources.length > 0) {
    rows.push([
      cell(0, '项目资金来源', { style: 'label', rowSpan: sources.length + 1 }),
      cell(1, '资金来源', { style: 'header', colSpan: split }),
      cell(split + 1, '金额', { style: 'header', colSpan: W - split - 1 }),
    ]);
    for (const s of sources)
      rows.push([cell(1, s.name, { colSpan: split }), amountCell(split + 1, s.amount, W - split - 1)]);
  }

  if (form.details.length > 0) {
    const withNote = form.details.some((d) => d.note !== null);
    rows.push(fullRow('项目支出明细测算', W, 'section', 'center'));
    const basisSpan = withNote ? 1 : W - 2;
    rows.push([
      cell(0, '经济科目名称', { style: 'header' }),
      cell(1, '金额', { style: 'header' }),
      cell(2, '测算依据及说明', { style: 'header', colSpan: basisSpan }),
      ...(withNote ? [cell(3, '备注', { style: 'header', colSpan: W - 3 })] : []),
    ]);
    for (const d of form.details) {
      rows.push([
        cell(0, d.item),
        amountCell(1, d.amount),
        cell(2, d.basis, { colSpan: basisSpan, style: 'text' }),
        ...(withNote ? [cell(3, d.note, { colSpan: W - 3, style: 'text' })] : []),
      ]);
    }
  }

  // Goals: 名称 | 目标说明 rows; a goal written as free text under 项目绩效总目标 stays free text.
  const tableGoals = form.goals.filter((g) => g.label !== '项目绩效总目标');
  const freeGoals = form.goals.filter((g) => g.label === '项目绩效总目标');
  if (form.goals.length > 0 || !approval) {
    rows.push(fullRow('项目绩效总目标', W, 'section', 'left'));
    if (tableGoals.length > 0 || freeGoals.length === 0) {
      rows.push([
        cell(0, '名称', { style: 'header', colSpan: 2 }),
        cell(2, '目标说明', { style: 'header', colSpan: W - 2 }),
      ]);
      for (const g of tableGoals)
        rows.push([
          cell(0, g.label, { colSpan: 2, align: 'center' }),
          cell(2, g.text, { colSpan: W - 2, style: 'text' }),
        ]);
    }
    if (freeGoals.length > 0) {
      table();
      for (const g of freeGoals)
        for (const line of (g.text ?? '').split('\n')) if (line.trim()) blocks.push(paragraph(line, 'text'));
    }
  }

  for (const term of ['long', 'annual'] as const) {
    const indicators = ofTerm(form.indicators, term);
    const slots = ofTerm(form.emptyLevel2, term);
    if (indicators.length === 0 && slots.length === 0) continue;
    const withHistory =
      history.length > 0 && indicators.some((i) => i.history && Object.keys(i.history).length > 0);
    table();
    rows.push(fullRow(TERM_TITLE[term], W, 'section', 'left'));
    rows.push(indicatorHeader(grid, cell(0, '目标名称', { style: 'header' }), withHistory));
    rows.push(...indicatorRows(grid, tableLines(indicators, slots), true, withHistory));
    table(2); // the title and header rows repeat on every printed page
  }

  if (!approval || form.opinion !== null) {
    rows.push([
      cell(0, '主管部门审核意见', { style: 'label' }),
      cell(1, form.opinion ?? '', { colSpan: W - 1, style: 'text' }),
    ]);
  }
  if (approval || form.approval)
    rows.push(labelValueRow('财政部门审核意见', form.approval?.opinion ?? null, W));
  table();
  if (approval || form.approval) blocks.push(...financeSignature(form));

  return {
    title: form.name ? `${form.name}（${title}）` : title,
    sections: [
      {
        name: sheetName(form.name ?? title),
        columns: projectColumns(history.length),
        orientation: 'portrait',
        blocks,
      },
    ],
  };
}

/**
 * The 盖章/签字 block of the official 批复表 under its table: 经办人 and 负责人, 财政部门（盖章）, the date
 * (批复日期 when finance gave one, 年 月 日 to write by hand when not).
 */
function financeSignature(form: ProjectForm): LayoutBlock[] {
  const note = form.approval;
  const date = note?.date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(note.date) : null;
  return [
    paragraph(
      `经办人：${note?.handler ?? '\u3000\u3000\u3000\u3000'}\u3000\u3000\u3000\u3000负责人：${note?.head ?? ''}`,
      'subtitle',
      'left',
    ),
    paragraph('财政部门（盖章）', 'subtitle', 'right'),
    paragraph(
      date
        ? `批复日期：${date[1]}年${Number(date[2])}月${Number(date[3])}日`
        : '年\u3000\u3000月\u3000\u3000日',
      'subtitle',
      'right',
    ),
  ];
}

/** Column widths: 目标名称, 一级, 二级, 三级 (wide), history…, target, basis. */
function projectColumns(historyCount: number): number[] {
  return [16, 10, 12, historyCount > 0 ? 28 : 34, ...new Array<number>(historyCount).fill(9), 12, 12];
}

/** A valid, short sheet name. */
export function sheetName(text: string): string {
  const clean = text.replace(/[[\]:*?/\\]/g, ' ').trim();
  return (clean || '表').slice(0, 31);
}
