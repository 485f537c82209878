// The body of a template variant's indicator table (variants.ts): a row per indicator grouped by 一级 then 二级,
// each column's cell as the template fills it, then the equal level cells merged down as the printed table does.
// Test data, not product code.
import { spellings } from './truth.ts';
import { pick, type Cell, type Grid } from './variant-choices.ts';
import type { DrawContext } from './variant-draw-context.ts';
import { hasLevelPoints } from './variant-indicator-columns.ts';
import {
  cell,
  coefficientOf,
  GRADE_BASES,
  goalWorded,
  LEVEL1_ORDER,
  levelsOf,
  OTHER_LEVEL2,
  points,
  shareDone,
  writeTarget,
} from './variant-spellings.ts';

/** Prints the indicator rows into the grid and merges their level cells. */
export function printIndicatorBody(ctx: DrawContext, grid: Grid, columns: string[], width: number): void {
  const { form: f, rs, choices, reportTable, targetActual } = ctx;
  // Indicator rows, grouped by 一级 then 二级 with merged level cells.
  const rows = f.indicators!.map((i) => ({ i, lv: levelsOf(i) }));
  rows.sort(
    (a, b) => LEVEL1_ORDER.indexOf(a.lv[0]) - LEVEL1_ORDER.indexOf(b.lv[0]) || a.lv[1].localeCompare(b.lv[1]),
  );
  const bodyStart = grid.length;
  // A scoring table's points of a level: the weights of its indicators added up.
  const level1Points = (l1: string) => points(rows.filter((x) => x.lv[0] === l1).map((x) => x.i.weight));
  const level2Points = (lv: [string, string]) =>
    points(rows.filter((x) => x.lv[0] === lv[0] && x.lv[1] === lv[1]).map((x) => x.i.weight));
  const inName = choices.shape === 'scoring' && choices.shapeStyle === 'inName';
  const bracket = pick(rs, [
    ['(', '分)'],
    ['（', '分）'],
    ['(', ')'],
  ] as const);
  const named = (level: string, pts: string) => (inName ? `${level}${bracket[0]}${pts}${bracket[1]}` : level);
  // A target-and-actual table words its 二级 as another framework does, the same word for the same level.
  const otherWords = targetActual && !reportTable && rs() < 0.7;
  const level2Words = new Map<string, string>();
  const level2Word = (l2: string) => {
    if (!otherWords || !OTHER_LEVEL2[l2]) return l2;
    if (!level2Words.has(l2)) level2Words.set(l2, pick(rs, OTHER_LEVEL2[l2]));
    return level2Words.get(l2)!;
  };
  rows.forEach(({ i, lv }) => {
    const row: Array<Cell | null> = [];
    const target = writeTarget(spellings(i.target)[0]!, choices.targetStyle);
    for (const c of columns) {
      if (c === 'level1') row.push(cell(reportTable ? goalWorded(lv[0]) : named(lv[0], level1Points(lv[0]))));
      else if (c === 'level2')
        row.push(cell(reportTable ? goalWorded(lv[1]) : named(level2Word(lv[1]), level2Points(lv))));
      else if (c === 'level1Weight') row.push(cell(level1Points(lv[0])));
      else if (c === 'level2Weight') row.push(cell(level2Points(lv)));
      else if (c === 'name') row.push(cell(spellings(i.name)[0]!));
      else if (c === 'op') row.push(cell(target[0]!));
      else if (c === 'target') row.push(cell(target.length === 3 ? target[1]! : target[0]!));
      else if (c === 'unit') row.push(cell(target[2]!));
      else if (c === 'actual' || c === 'monitorActual') row.push(cell(spellings(i.actual)[0] ?? ''));
      else if (c === 'weight') row.push(cell(i.weight ?? ''));
      else if (c === 'score') row.push(cell(i.score ?? ''));
      else if (c === 'coefficient') row.push(cell(coefficientOf(i.weight, i.score)));
      else if (c === 'core') row.push(cell(pick(rs, ['是', '否'])));
      // A graded row: the description (run together, the name said again, as templates fill it), the lower
      // grades' thresholds as the best one (a band that grades only pass or fail), the basis.
      else if (c === 'description')
        row.push(
          cell(
            choices.shapeStyle === 'joined'
              ? spellings(i.name)[0]!
              : `考核${spellings(i.name)[0]!}是否达到目标`,
          ),
        );
      else if (c === 'good' || c === 'fair' || c === 'poor') row.push(cell(target.join('')));
      else if (c === 'basis') row.push(cell(pick(rs, GRADE_BASES)));
      else if (c === 'share')
        row.push(cell(shareDone(spellings(i.target)[0]!, spellings(i.actual)[0] ?? '')));
      else row.push(cell(''));
    }
    while (row.length < width) row.push(cell(''));
    grid.push(row);
  });
  mergeLevelCells(grid, columns, bodyStart, hasLevelPoints(ctx));
}

/**
 * Merges equal 一级 / 二级 cells down the body (rows from `bodyStart`), as the printed table does; a 二级 only
 * within its 一级. With `levelPoints`, a level's points (the column after it) merged as its level.
 */
export function mergeLevelCells(
  grid: Grid,
  columns: string[],
  bodyStart: number,
  levelPoints: boolean,
): void {
  const l1 = columns.indexOf('level1');
  const l2 = columns.indexOf('level2');
  // (A graded table has no 二级 column.)
  for (const col of [l1, l2].filter((c) => c >= 0)) {
    let k = bodyStart;
    while (k < grid.length) {
      let n = 1;
      const here = grid[k]![col]!;
      while (
        k + n < grid.length &&
        grid[k + n]![col]?.text === here.text &&
        (col === l1 ||
          grid[k + n]![l1] === null ||
          grid[k + n]![l1]?.text === here.text ||
          grid[k]![l1] === null)
      )
        n++;
      if (n > 1) {
        here.rowspan = n;
        for (let s = 1; s < n; s++) grid[k + s]![col] = null;
        if (levelPoints) {
          grid[k]![col + 1]!.rowspan = n;
          for (let s = 1; s < n; s++) grid[k + s]![col + 1] = null;
        }
      }
      k += n;
    }
  }
}
