// The head of a template variant (variants.ts): the page lines over the form (title, year, unit of money, a
// shape's own sentence) and the key–value block (name, units, budget) in 2 or 4 columns or copied column by
// column; the goal row under the budget block. Test data, not product code.
import { spellings } from './truth.ts';
import { pick, type Grid } from './variant-choices.ts';
import type { DrawContext } from './variant-draw-context.ts';
import {
  BUDGET_LABELS,
  cell,
  DEPT_BUDGET_LABELS,
  DEPT_LABELS,
  EXECUTOR_LABELS,
  fill,
  GOAL_LABELS,
  NAME_LABELS,
  SUPERVISOR_LABELS,
  TITLES,
} from './variant-spellings.ts';

/** Prints the page lines into `pre` and the key–value block into the grid; answers whether a unit line is printed. */
export function printHead(ctx: DrawContext, grid: Grid, pre: string[], width: number): { unitLine: boolean } {
  const { form: f, kind, r, rs, choices, targetActual, reportTable, bond, label, amount, moneyUnit } = ctx;
  const title = label(TITLES[kind]!);
  pre.push(kind === 'department' || r() < 0.5 ? title : `${title}`);
  pre.push(pick(r, ['(2023年度)', '( 2022 年度)', '']));
  // Amounts in 元 are always said to be (a page line or the label's note): a template never leaves it to guess.
  const drawnUnitLine = r() < 0.5;
  // Drawn only where the line is printed, as before the shapes: the stream of every other choice unchanged.
  const unitChoice = drawnUnitLine ? pick(r, [`金额单位:${moneyUnit}`, `单位:${moneyUnit}`]) : '';
  // An untitled form opens at its head labels: no title, year or unit line (its amounts' unit in their labels).
  const untitled = choices.shape === 'untitled';
  const unitLine = drawnUnitLine && !untitled && !targetActual;
  if (untitled || targetActual) pre.length = 0;
  else if (unitLine) pre.push(unitChoice);
  // An attachment read by OCR says so above its table (wide/520).
  if (targetActual && !reportTable && rs() < 0.4)
    pre.push('详情见附件(注:以下内容为附件图片识别,个别文字可能不准确,请以附件为准)');
  // The report's sentence before its table (wide/536).
  if (reportTable) pre.push('项目资金到位率绩效目标值为100%,,如下图:项目年度绩效目标(定量目标)');

  // Key–value block.
  const pairs: Array<[string, string]> = [];
  const nameLabel = label(kind === 'department' ? DEPT_LABELS : NAME_LABELS);
  pairs.push([nameLabel, spellings(f.name)[0]!]);
  const units = spellings(f.unit);
  if (units.length > 0) {
    pairs.push([label(SUPERVISOR_LABELS), units[1] ?? units[0]!]);
    if (units.length > 1) pairs.push([label(EXECUTOR_LABELS), units[0]!]);
  }
  if (f.budget !== undefined) {
    const l = label(kind === 'department' ? DEPT_BUDGET_LABELS : BUDGET_LABELS);
    pairs.push([r() < 0.5 || (choices.yuan && !unitLine) ? `${l}(${moneyUnit})` : l, amount(f.budget)]);
  }
  // A bond's head names the field the money goes to (投向领域).
  if (bond && rs() < 0.5)
    pairs.push([
      pick(rs, ['投向领域', '债券投向领域']),
      pick(rs, ['老旧小区改造领域', '城镇基础设施', '社会事业']),
    ]);
  // Labels letter-spaced to fill their cells (项 目 名 称), the gap the same throughout the head.
  if (choices.shape === 'spacedLabels') {
    const gap = pick(rs, [' ', '  ', '\u3000', '   ']);
    for (const p of pairs) p[0] = letterSpaced(p[0], gap);
  }
  if (targetActual) {
    // The indicator table alone: no head.
  } else if (choices.shape === 'pairCells') {
    // Each label and its value in one cell, one or two pairs a row.
    const sep = pick(rs, [':', '：', ' ', '  ']);
    const perRow = pairs.length > 2 && rs() < 0.5 ? 2 : 1;
    for (let p = 0; p < pairs.length; p += perRow)
      grid.push(
        fill(
          pairs.slice(p, p + perRow).map(([k, v]) => cell(`${k}${sep}${v}`, Math.floor(width / perRow))),
          width,
        ),
      );
  } else if (choices.shape === 'headColumn') {
    // Copied column by column (a PDF viewer reading the head's label column down, then its value column).
    pre.push(...pairs.map(([k]) => k), ...pairs.map(([, v]) => v));
  } else if (choices.kv === 2 || pairs.length < 2) {
    for (const [k, v] of pairs) grid.push(fill([cell(k), cell(v)], width));
  } else {
    for (let p = 0; p < pairs.length; p += 2) {
      const half = Math.floor(width / 2);
      const a = pairs[p]!;
      const b = pairs[p + 1];
      const row = [cell(a[0]), cell(a[1], Math.max(1, half - 1))];
      if (b) row.push(cell(b[0]), cell(b[1]));
      grid.push(fill(row, width));
    }
  }
  return { unitLine };
}

/** The 年度绩效目标 row some templates print under the budget block (never a target-and-actual table). */
export function printGoalRow(ctx: DrawContext, grid: Grid, width: number): void {
  if (ctx.r() < 0.6 && !ctx.targetActual)
    grid.push(fill([cell(ctx.label(GOAL_LABELS)), cell('按期完成项目建设任务,发挥资金使用效益')], width));
}

/** A label letter-spaced as a template fills a wide cell: each character of its words apart, a bracketed note after
 * them kept whole (资 金 总 额(万元)); a label with a note inside its words (部门(单位)名称) as it is. */
export function letterSpaced(label: string, gap: string): string {
  const m = /^(\p{Script=Han}{2,6})([(（][^)）]*[)）])?$/u.exec(label);
  return m ? [...m[1]!].join(gap) + (m[2] ?? '') : label;
}
