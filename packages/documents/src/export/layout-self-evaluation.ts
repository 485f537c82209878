// The 项目支出绩效自评表 in its official layout (财预〔2020〕10号 attachment, DOMAIN.md §2.5 / S7): header,
// funds block with 执行率 and its score, 年度总体目标, the indicator table with 分值/得分/偏差原因, conclusions,
// 总分 and grade; a second section states how every score was reached (计分说明).
import type { NewSelfEvaluation, SelfEvaluationScore } from '@jixiao/core';
import { levelCells } from './layout-indicators.ts';
import {
  amountCell,
  cell,
  completeTable,
  paragraph,
  type DocumentLayout,
  type LayoutCell,
} from './layout.ts';

const W = 10;
export const SELF_EVALUATION_TITLE = '项目支出绩效自评表';

/** The header labels of the indicator table (the recogniser finds the table by them). */
export const SELF_EVALUATION_COLUMNS = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '得分',
  '偏差原因分析及改进措施',
] as const;

const label = (col: number, text: string, opts: Partial<LayoutCell> = {}) =>
  cell(col, text, { style: 'label', ...opts });

function percent(rate: string | null): string {
  if (rate === null) return '—';
  const n = Number(rate) * 100;
  return `${Math.round(n * 100) / 100}%`;
}

function fundsRows(ev: NewSelfEvaluation, score: SelfEvaluationScore): LayoutCell[][] {
  const exec = score.execution.ok ? score.execution.value : null;
  const header = [
    label(0, '项目资金（万元）', { rowSpan: 5, colSpan: 2 }),
    label(2, ''),
    label(3, '年初预算数'),
    label(4, '全年预算数'),
    label(5, '全年执行数'),
    label(6, '分值'),
    label(7, '执行率'),
    label(8, '得分', { colSpan: 2 }),
  ];
  const total = [
    label(2, '年度资金总额'),
    amountCell(3, ev.budget.initial),
    amountCell(4, ev.budget.annual),
    amountCell(5, ev.budget.executed),
    cell(6, exec?.weight ?? '10', { align: 'center' }),
    cell(7, percent(exec?.rate ?? null), { align: 'center' }),
    cell(8, exec?.score ?? '', { colSpan: 2, align: 'center' }),
  ];
  const sub = (name: string): LayoutCell[] => [
    label(2, name),
    cell(3, ''),
    cell(4, ''),
    cell(5, ''),
    cell(6, '—', { align: 'center' }),
    cell(7, '—', { align: 'center' }),
    cell(8, '—', { colSpan: 2, align: 'center' }),
  ];
  return [header, total, sub('其中：当年财政拨款'), sub('上年结转资金'), sub('其他资金')];
}

function goalRows(ev: NewSelfEvaluation): LayoutCell[][] {
  const expected = ev.goals
    .map((g) => g.expected ?? '')
    .filter(Boolean)
    .join('\n');
  const achieved = ev.goals
    .map((g) => g.achieved ?? '')
    .filter(Boolean)
    .join('\n');
  return [
    [
      label(0, '年度总体目标', { rowSpan: 2, colSpan: 2 }),
      label(2, '预期目标', { colSpan: 4 }),
      label(6, '实际完成情况', { colSpan: 4 }),
    ],
    [cell(2, expected, { colSpan: 4, style: 'text' }), cell(6, achieved, { colSpan: 4, style: 'text' })],
  ];
}

function indicatorRows(ev: NewSelfEvaluation, score: SelfEvaluationScore): LayoutCell[][] {
  const rows: LayoutCell[][] = [
    SELF_EVALUATION_COLUMNS.map((t, i) =>
      cell(i, t, { style: 'header', ...(i === 7 ? { colSpan: 3 } : {}) }),
    ),
  ];
  // 一级 and 二级 merge down over the rows that share them, as on the paper form.
  const levels = levelCells(ev.indicators);
  ev.indicators.forEach((ind, i) => {
    const s = score.indicators[i]?.result;
    const row: LayoutCell[] = [...levels[i]!];
    row.push(
      cell(2, ind.name),
      cell(3, ind.target.raw, { align: 'center' }),
      cell(4, ind.target.kind === 'qualitative' ? (ind.grade ?? ind.actual.raw) : ind.actual.raw, {
        align: 'center',
      }),
      cell(5, s?.ok ? s.value.weight : (ind.weight ?? ''), { align: 'center' }),
      cell(6, s?.ok ? s.value.score : '', { align: 'center' }),
      cell(7, ind.deviationAnalysis, { colSpan: 3, style: 'text' }),
    );
    rows.push(row);
  });
  return rows;
}

export function layoutSelfEvaluation(
  ev: NewSelfEvaluation,
  score: SelfEvaluationScore,
  options: { title?: string } = {},
): DocumentLayout {
  const heading = options.title ?? SELF_EVALUATION_TITLE;
  const rows: LayoutCell[][] = [
    // The 项目编码 sits beside the name when the project has one (the 一体化 platform's key of the project).
    ev.projectCode
      ? [
          label(0, heading === SELF_EVALUATION_TITLE ? '项目名称' : '部门（单位）名称', { colSpan: 2 }),
          cell(2, ev.projectName, { colSpan: 4 }),
          label(6, '项目编码', { colSpan: 2 }),
          cell(8, ev.projectCode, { colSpan: 2 }),
        ]
      : [
          label(0, heading === SELF_EVALUATION_TITLE ? '项目名称' : '部门（单位）名称', { colSpan: 2 }),
          cell(2, ev.projectName, { colSpan: 8 }),
        ],
    [
      label(0, '主管部门', { colSpan: 2 }),
      cell(2, ev.supervisor, { colSpan: 3 }),
      label(5, '实施单位', { colSpan: 2 }),
      cell(7, ev.executor, { colSpan: 3 }),
    ],
    ...fundsRows(ev, score),
    ...goalRows(ev),
    ...indicatorRows(ev, score),
    [label(0, '存在的问题', { colSpan: 2 }), cell(2, ev.conclusions.problems, { colSpan: 8, style: 'text' })],
    [
      label(0, '改进措施', { colSpan: 2 }),
      cell(2, ev.conclusions.improvements, { colSpan: 8, style: 'text' }),
    ],
    [
      label(0, '总分', { colSpan: 5 }),
      cell(5, '100', { align: 'center' }),
      cell(6, score.total ?? '', { align: 'center' }),
      label(7, `自评等级：${score.grade?.grade ?? '—'}`, { colSpan: 3 }),
    ],
  ];
  const working: LayoutCell[][] = [
    [label(0, '项目'), label(1, '计分说明', { colSpan: 2 })],
    [cell(0, '预算执行率'), cell(1, score.execution.ok ? score.execution.value.working : '', { colSpan: 2 })],
    ...(score.weights.ok
      ? [[cell(0, '分值分配'), cell(1, score.weights.value.working.join('；'), { colSpan: 2 })]]
      : []),
    ...ev.indicators.map((ind, i) => {
      const r = score.indicators[i]?.result;
      return [
        cell(0, ind.name),
        cell(1, r?.ok ? r.value.working : (r?.errors.map((e) => e.message).join('；') ?? ''), { colSpan: 2 }),
      ];
    }),
    [cell(0, '总分'), cell(1, score.working, { colSpan: 2 })],
  ];
  return {
    title: `${ev.year}年度${heading}：${ev.projectName}`,
    sections: [
      {
        name: '自评表',
        columns: [8, 10, 18, 11, 11, 7, 7, 10, 10, 10],
        orientation: 'landscape',
        blocks: [
          paragraph(heading, 'title', 'center'),
          paragraph(`（${ev.year}年度）`, 'subtitle', 'center'),
          paragraph('金额单位：万元', 'unit', 'right'),
          completeTable({ type: 'table', rows, headerRows: 0 }, W),
        ],
      },
      {
        name: '计分说明',
        columns: [24, 50, 50],
        orientation: 'landscape',
        blocks: [
          paragraph('计分说明', 'title', 'center'),
          completeTable({ type: 'table', rows: working, headerRows: 1 }, 3),
        ],
      },
    ],
  };
}
