// The `numberedCell` whole shape of issue 12 (variant-choices.ts SHAPES): a target form's indicators written as
// 湖南's 2017 部门整体支出绩效目标申报表 has them (fresh/606's template, generalised) — no indicator table, but under a
// 年度绩效指标 band one row per 一级, the 一级 in a cell and all its indicators in the next, each numbered (指标1, 1.,
// (1) …), its name and value joined by a colon, 为 / 是, a bracketed name or nothing where the value opens with a figure,
// the indicators parted by ；, ;, a space or a colon after the value. What varies is drawn on the shape's stream, one
// way for the whole form, as a person filling the cell writes it. Test data, not product code.
import { spellings, type FormTruth } from './truth.ts';
import { pick, type Grid } from './variant-choices.ts';
import type { DrawContext } from './variant-draw-context.ts';
import { cell, fill, LEVEL1_ORDER, levelsOf } from './variant-spellings.ts';

/** What a name or value written inside a run of numbered indicators cannot hold: marks that part the run. */
const PARTING = /[,，;；。:：()（）\n]/;
/** A value glued to its name reads apart only where it opens with a comparator or a figure. */
const OPENS_WITH_FIGURE = /^(?:[≥≤><=＞＜≧≦]|>=|<=)?\s*\d/;

/** Whether a form can be written so: a project or 部门整体 form of two indicators or more, none a sentence. */
export function fitsNumberedCell(f: FormTruth): boolean {
  const rows = f.indicators ?? [];
  return (
    (f.kind === 'project' || f.kind === 'department') &&
    rows.length >= 2 &&
    rows.every((i) => {
      const target = spellings(i.target)[0] ?? '';
      const name = spellings(i.name)[0] ?? '';
      return target !== '' && !PARTING.test(target) && !PARTING.test(name) && !/\d$/.test(name);
    })
  );
}

/** The numbering of the n-th indicator of a cell. */
const NUMBERS: ReadonlyArray<(n: number) => string> = [
  (n) => `指标${n}`,
  (n) => `${n}.`,
  (n) => `${n}、`,
  (n) => `(${n})`,
  (n) => `（${n}）`,
];
/** How a name and its value are joined. */
const JOINS = ['colon', 'fullColon', 'verb', 'bracket', 'glued'] as const;
/** What stands between two indicators of a cell. */
const PARTS = ['；', ';', ' ', ': ', '。'] as const;

/** Prints the band's rows into the grid (the indicators' columns, for the truth: level1, name and target). */
export function printNumberedCells(ctx: DrawContext, grid: Grid, width: number): string[] {
  const { form: f, kind, rs } = ctx;
  const number = pick(rs, NUMBERS);
  const join = pick(rs, JOINS);
  const part = pick(rs, PARTS);
  const verb = pick(rs, ['为', '是', '达到']);
  const band = pick(
    rs,
    kind === 'department'
      ? ['部门整体支出年度绩效指标', '年度绩效指标', '部门整体支出 年度绩效指标']
      : ['年度绩效指标', '项目绩效指标', '绩效指标'],
  );
  const rows = f.indicators!.map((i) => ({ i, lv: levelsOf(i) }));
  rows.sort(
    (a, b) => LEVEL1_ORDER.indexOf(a.lv[0]) - LEVEL1_ORDER.indexOf(b.lv[0]) || a.lv[1].localeCompare(b.lv[1]),
  );
  const levels = LEVEL1_ORDER.filter((l) => rows.some((x) => x.lv[0] === l));
  levels.forEach((l1, k) => {
    const items = rows
      .filter((x) => x.lv[0] === l1)
      .map(({ i }, n) => {
        const name = spellings(i.name)[0]!;
        const target = spellings(i.target)[0]!;
        const how = join === 'glued' && !OPENS_WITH_FIGURE.test(target) ? 'colon' : join;
        const joined =
          how === 'colon'
            ? `${name}:${target}`
            : how === 'fullColon'
              ? `${name}：${target}`
              : how === 'verb'
                ? `${name}${verb}${target}`
                : how === 'bracket'
                  ? `(${name})${target}`
                  : `${name}${target}`;
        return `${number(n + 1)}${joined}`;
      });
    // A colon after each value closes the last one too, as the template's filled cells do (fresh/606).
    const text = part === ': ' ? items.map((t) => `${t}:`).join(' ') : items.join(part);
    grid.push(
      k === 0
        ? fill([cell(band, 1, levels.length), cell(l1), cell(text)], width)
        : [null, ...fill([cell(l1), cell(text)], width - 1)],
    );
  });
  return ['level1', 'name', 'target'];
}
