// Which columns a template variant's indicator table prints, in which order (variants.ts): the levels first, as
// every template, the rest permuted, the columns a template leaves out, and a whole shape's own columns.
// Test data, not product code.
import { shuffle } from './variant-choices.ts';
import { CHECKLIST_COLUMNS } from './variant-checklist.ts';
import type { DrawContext } from './variant-draw-context.ts';

/** Draws the indicator columns (kept in choices.columns; the ones left out in choices.omitted). */
export function drawIndicatorColumns(ctx: DrawContext): string[] {
  const { form: f, kind, evaluation, r, rs, choices } = ctx;
  const tail: string[] = ['target'];
  if (evaluation) tail.push(kind === 'monitoring' ? 'monitorActual' : 'actual');
  if (kind === 'self-evaluation' && f.indicators!.some((i) => i.weight !== undefined)) tail.push('weight');
  if (kind === 'self-evaluation' && f.indicators!.some((i) => i.score !== undefined)) tail.push('score');
  if (evaluation && r() < 0.75) tail.push('reason');
  // Templates without 分值 or 得分 columns (a 自评表 scored only in total, or not at all).
  if (kind === 'self-evaluation') {
    for (const c of ['weight', 'score'])
      if (tail.includes(c) && r() < 0.15) {
        tail.splice(tail.indexOf(c), 1);
        choices.omitted.push(c);
      }
  }
  let columns = ['level1', 'level2', 'name', ...shuffle(r, tail)];
  // A target-and-actual table: the levels, the name, the target and what was done (a reason after, at times).
  if (ctx.targetActual) {
    columns = ['level1', 'level2', 'name', 'target', 'actual', ...(rs() < 0.3 ? ['reason'] : [])];
    choices.omitted = ['weight', 'score'];
  }
  // A generated report's table: the share done after what was done, never a reason.
  if (ctx.reportTable) columns = ['level1', 'level2', 'name', 'target', 'actual', 'share'];
  // The 重庆 部门整体 template's order: the target, an adjusted target (left empty), the actual, the share of the
  // points earned, the points and a core-indicator answer (wide/475).
  if (choices.shape === 'coreColumn')
    columns = [
      'level1',
      'level2',
      'name',
      'target',
      'adjusted',
      ...(['actual', 'coefficient', 'weight', 'score'] as const).filter(
        (c) => c === 'coefficient' || columns.includes(c),
      ),
      'core',
    ];
  // A graded table: its levels' 分类 and name, a description, the four grades' thresholds and the basis.
  if (isGraded(ctx)) columns = ['level1', 'name', 'description', 'target', 'good', 'fair', 'poor', 'basis'];
  // A checklist: the levels, the name, its 指标解释, the record's label and what was done, a reason and the evidence.
  if (choices.shape === 'checklist') {
    columns = [...CHECKLIST_COLUMNS];
    choices.omitted = ['weight', 'score'];
  }
  // A band's numbered cells: each 一级 and its indicators' names and values.
  if (choices.shape === 'numberedCell') columns = ['level1', 'name', 'target'];
  // A scoring table prints each level's points in a column after it (一级 | 分值 | 二级 | 分值 | 三级 …).
  if (hasLevelPoints(ctx))
    columns = ['level1', 'level1Weight', 'level2', 'level2Weight', ...columns.slice(2)];
  // Split 指标值 columns stay together in the order templates print them.
  if (choices.targetStyle === 'columns')
    columns = columns.flatMap((c) => (c === 'target' ? ['op', 'target', 'unit'] : [c]));
  choices.columns = columns;
  return columns;
}

/** A graded table: four grades' thresholds instead of one 指标值. */
export const isGraded = (ctx: DrawContext) => ctx.choices.shape === 'graded';

/** A scoring table with each level's points in a column after it. */
export const hasLevelPoints = (ctx: DrawContext) =>
  ctx.choices.shape === 'scoring' && ctx.choices.shapeStyle === 'columns';
