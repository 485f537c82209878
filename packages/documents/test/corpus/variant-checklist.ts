// The `checklist` whole shape of issue 12 (variant-choices.ts SHAPES): a 自评表's indicator table on the ministry's
// checklist template for transfer payments (fresh/626's template, generalised) — 指标名称 over 一级 | 二级 | 三级 (a
// 名称 row under them, at times), 指标解释, 记录 over 自评内容 | 完成情况, 未完成原因及改进措施 and 需提供的支撑材料, each
// indicator's 指标解释 a sentence holding its target, its record's label and what was done. No 指标值, 分值 or 得分
// column: the 指标解释 is what the indicator was to reach (the truth's target), the 完成情况 its actual.
// Test data, not product code.
import { spellings } from './truth.ts';
import { pick, type Cell, type Grid } from './variant-choices.ts';
import type { DrawContext } from './variant-draw-context.ts';
import { mergeLevelCells } from './variant-indicator-body.ts';
import { cell, LEVEL1_ORDER, levelsOf } from './variant-spellings.ts';

export const CHECKLIST_COLUMNS = [
  'level1',
  'level2',
  'name',
  'explanation',
  'record',
  'actual',
  'reason',
  'evidence',
];

/** A 指标解释 as the template's rows word it: what the indicator reflects and the value it is to reach. */
const EXPLANATIONS: ReadonlyArray<(name: string, target: string, comma: string) => string> = [
  (name, target, comma) => `反映${name}情况${comma}年度目标${target}。`,
  (name, target) => `考核${name}是否达到${target}。`,
  (name, target, comma) => `${name}达到${target}${comma}按计划完成。`,
];
/** The label of the record a criterion asks for (自评内容). */
const RECORDS: ReadonlyArray<(name: string) => string> = [
  (name) => `${name}完成情况`,
  () => '实际完成值',
  (name) => `${name}(文字描述)`,
  () => '全年实际完成情况',
];
const EVIDENCE = ['相关文件', '资金拨付凭证', '统计报表', '验收报告', '工作台账', ''];

/** The 指标解释 each indicator of the form is printed with, drawn on the shape's stream (the truth's targets). */
export function checklistExplanations(ctx: DrawContext): Map<number, string> {
  const comma = pick(ctx.rs, [',', '，']);
  return new Map(
    ctx.form.indicators!.map((i, k) => [
      k,
      pick(ctx.rs, EXPLANATIONS)(spellings(i.name)[0]!, spellings(i.target)[0]!, comma),
    ]),
  );
}

/** Prints the header band and the rows into the grid. */
export function printChecklist(
  ctx: DrawContext,
  grid: Grid,
  width: number,
  explanations: Map<number, string>,
): void {
  const { form: f, rs } = ctx;
  const nameRow = rs() < 0.6;
  const down = nameRow ? 3 : 2;
  const record = pick(rs, ['记录', '自评记录']);
  const reason = pick(rs, ['未完成原因及改进措施', '未完成原因']);
  const evidence = pick(rs, ['需提供的支撑材料', '支撑材料']);
  const pad = (row: Array<Cell | null>) => {
    while (row.length < width) row.push(row.length === 8 ? cell('', width - 8, 1) : null);
    return row;
  };
  grid.push(
    pad([
      cell('指标名称', 3),
      null,
      null,
      cell('指标解释', 1, down),
      cell(record, 2),
      null,
      cell(reason, 1, down),
      cell(evidence, 1, down),
    ]),
  );
  grid.push(
    pad([
      cell('一级指标'),
      cell('二级指标'),
      cell('三级指标'),
      null,
      cell('自评内容', 1, down - 1),
      cell('完成情况', 1, down - 1),
      null,
      null,
    ]),
  );
  if (nameRow) grid.push(pad([cell('名称'), cell('名称'), cell('名称'), null, null, null, null, null]));
  const rows = f.indicators!.map((i, k) => ({ i, k, lv: levelsOf(i) }));
  rows.sort(
    (a, b) => LEVEL1_ORDER.indexOf(a.lv[0]) - LEVEL1_ORDER.indexOf(b.lv[0]) || a.lv[1].localeCompare(b.lv[1]),
  );
  const bodyStart = grid.length;
  for (const { i, k, lv } of rows) {
    const name = spellings(i.name)[0]!;
    grid.push(
      pad([
        cell(lv[0]),
        cell(lv[1]),
        cell(name),
        cell(explanations.get(k)!),
        cell(pick(rs, RECORDS)(name)),
        cell(spellings(i.actual)[0] ?? ''),
        cell(''),
        cell(pick(rs, EVIDENCE)),
      ]),
    );
  }
  mergeLevelCells(grid, CHECKLIST_COLUMNS, bodyStart, false);
}
