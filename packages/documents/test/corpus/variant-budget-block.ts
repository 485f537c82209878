// The budget block of a template variant's 自评表 or 监控表 (variants.ts): which rows it prints in which order,
// and the block itself — one label–figure row each or the labels in one row over the figures, 项目资金 merged down
// or across, and a 专项债券's block (下达额度 | 实际支出金额 | 进度 under 债券资金管理指标) for the bond shape.
// Test data, not product code.
import { dec } from '@jixiao/core';
import type { FormTruth } from './truth.ts';
import { pick, shuffle, type Grid } from './variant-choices.ts';
import type { DrawContext } from './variant-draw-context.ts';
import {
  BOND_ROW_LABELS,
  BUDGET_ROW_LABELS,
  cell,
  fill,
  MONITOR_ROW_LABELS,
  toYuan,
} from './variant-spellings.ts';

/** The rows a budget block prints, in order, and a bond's 进度 column: the rate, the amount spent again, or none. */
export interface BudgetBlock {
  order: string[];
  progress: 'rate' | 'amount' | 'none';
}

/** Draws the block's rows (none where the form has no budget rows or the shape prints none). */
export function drawBudgetBlock(ctx: DrawContext): BudgetBlock {
  const { form: f, kind, evaluation, r, rs, bond } = ctx;
  let budgetOrder: string[] = [];
  // A bond's 进度 column: the rate, the amount spent printed again (wide/507), or none.
  const progress = bond ? pick(rs, ['rate', 'amount', 'none'] as const) : 'none';
  if (bond) {
    budgetOrder = shuffle(rs, ['executed', 'annual']);
    if (progress !== 'none') budgetOrder.push('rate');
    for (const k of ['weight', 'score'] as const) if (f.budgetRows![k] !== undefined) budgetOrder.push(k);
  } else if (evaluation && f.budgetRows && !ctx.targetActual) {
    const labels = kind === 'monitoring' ? MONITOR_ROW_LABELS : BUDGET_ROW_LABELS;
    // A 监控表 prints its 全年预算数 where its source did; a 年初预算数 its source lacks is at times a blank column.
    const keys = Object.keys(labels).filter((k) =>
      k === 'annual' && kind === 'monitoring'
        ? f.budgetRows!.annual !== undefined
        : k !== 'initial' || f.budgetRows!.initial !== undefined || r() < 0.5,
    );
    const late = (k: string) => ['weight', 'rate', 'score'].includes(k);
    budgetOrder =
      kind === 'monitoring' ? keys : [...keys.filter((k) => !late(k)), ...shuffle(r, keys.filter(late))];
  }
  return { order: budgetOrder, progress };
}

/**
 * Prints the block into the grid; `unitLine`: the page says the unit of money above the form; `annualStream`: the
 * stream a 监控表's 全年预算数 column draws its spelling and figures from, so that the rest stay as they were.
 */
export function printBudgetBlock(
  ctx: DrawContext,
  grid: Grid,
  block: BudgetBlock,
  unitLine: boolean,
  width: number,
  annualStream: () => number,
): void {
  const { form: f, kind, rs, choices, bond, label, amount, moneyUnit } = ctx;
  const { order: budgetOrder, progress } = block;
  if (budgetOrder.length === 0) return;
  const labels = kind === 'monitoring' ? MONITOR_ROW_LABELS : BUDGET_ROW_LABELS;
  const money = (k: string) => ['initial', 'annual', 'executed'].includes(k);
  const rows = f.budgetRows!;
  const ownStream = (k: string) => kind === 'monitoring' && k === 'annual';
  const ra = annualStream;
  const values = budgetOrder.map((k) => {
    if (k === 'rate' && bond) return progress === 'amount' ? amount(rows.executed) : bondRate(rows);
    const v = rows[k as keyof typeof rows];
    if (ownStream(k) && v !== undefined) return choices.yuan ? toYuan(v, ra() < 0.5) : v;
    return money(k) ? amount(v) : (v ?? '');
  });
  const rowLabel = (k: string) => {
    if (!ownStream(k)) return label(labels[k]!);
    const l = pick(ra, labels[k]!);
    choices.labels.push(l);
    return l;
  };
  // A bond's headings at times broken by a space, as a copy of its narrow cells gives them (实际支出 金额).
  const broken = bond && rs() < 0.35;
  // Amounts in 元 say so in their headings where no page line does (and at times where one does).
  const unitNote = choices.yuan && (!unitLine || rs() < 0.5) ? `(${moneyUnit})` : '';
  const bondLabel = (k: string) => {
    const l = label(BOND_ROW_LABELS[k]!);
    const spaced = broken && l.length >= 4 ? `${l.slice(0, l.length - 2)} ${l.slice(-2)}` : l;
    return money(k) ? `${spaced}${unitNote}` : spaced;
  };
  const points = rows.weight ?? '10';
  if (bond && choices.budget === 'rows') {
    budgetOrder.forEach((k, n) => {
      const head = n === 0 ? [cell(`债券资金管理指标(${points}分)`, 1, budgetOrder.length)] : [];
      const row = fill([...head, cell(bondLabel(k)), cell(values[n]!)], n === 0 ? width : width - 1);
      grid.push(n === 0 ? row : [null, ...row]);
    });
  } else if (bond) {
    grid.push(
      fill(
        [
          cell(`债券资金管理指标(${points}分)`, 1, 2),
          cell(`总体支出进度${pick(rs, ['', ' '])}(当年实际支出金额/项目当年下达额度)`, 1, 2),
          ...budgetOrder.map((k) => cell(bondLabel(k))),
        ],
        width,
      ),
    );
    grid.push([
      null,
      null,
      ...fill(
        values.map((v) => cell(v)),
        width - 2,
      ),
    ]);
  } else if (choices.budget === 'rows') {
    // One label–figure row each, 项目资金 merged down their left.
    budgetOrder.forEach((k, n) => {
      const head = n === 0 ? [cell(`项目资金(${moneyUnit})`, 1, budgetOrder.length)] : [];
      const row = fill([...head, cell(rowLabel(k)), cell(values[n]!)], n === 0 ? width : width - 1);
      grid.push(n === 0 ? row : [null, ...row]);
    });
  } else {
    grid.push(
      fill(
        [cell(`项目资金(${moneyUnit})`, 1, 2), cell(''), ...budgetOrder.map((k) => cell(rowLabel(k)))],
        width,
      ),
    );
    const second = fill(
      [cell(label(['年度资金总额', '合计', '资金总额'])), ...values.map((v) => cell(v))],
      width - 1,
    );
    grid.push([null, ...second]);
  }
}

/** A bond's 进度: what was spent of the year's 下达额度, as a per cent to two places. */
export function bondRate(rows: NonNullable<FormTruth['budgetRows']>): string {
  const spent = dec(rows.executed);
  const given = dec(rows.annual);
  if (spent === null || given === null || given.isZero()) return '';
  return `${Number(spent.div(given).times(100).toFixed(2))}%`;
}
