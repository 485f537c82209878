// The figures of a 自评表's rows where the form came run together on one line (a web page or a PDF copied without
// cell breaks): a row's columns of bare figures (分值 | 指标值 | 完成值 | 得分) were one run of digits, which the readers
// cut by cost. Here each run is cut again by what its columns can hold (column-capacity.ts), the table's weights
// adding up to its total where a row cuts several ways; a run that still cuts several ways is left as it was read.
import type { EvaluationTable, TableRecord } from './evaluation-table.ts';
import {
  cutsBySum,
  fittingCuts,
  distanceFromTarget,
  nearestToTarget,
  readingStands,
  type Capacity,
  type FigureColumn,
  type RowFit,
} from './column-capacity.ts';

const FIGURE_COLUMNS: ReadonlySet<string> = new Set(['weight', 'score', 'target', 'actual']);
/** A run of figures: digits and stops, a comparator before them and a short unit after them at most. */
const FIGURE_RUN = /^(?:[≥≤<>=＜＞＝]|>=|<=)?\d[\d.]*(?:[%％]|\p{Script=Han}{1,3})?$/u;
/** Such runs one after another (1542条1542条: a target's unit ends its cell, the next column's figure follows). */
const FIGURE_RUNS = /^(?:(?:[≥≤<>=＜＞＝]|>=|<=)?\d[\d.]*(?:[%％]|\p{Script=Han}{1,3})?)+$/u;
/** The form's points: the weights of its rows and of its budget line add up to them. */
const FULL_MARKS = 100;

interface Run {
  columns: FigureColumn[];
  text: string;
}

/**
 * The record's run of figure columns in the header's order: the columns holding a figure or nothing, an empty
 * column of another kind (偏差原因 left blank) passed over; null where no run spans two figure columns or more.
 */
function runOf(record: TableRecord, columns: readonly string[]): Run | null {
  const after = columns.slice(columns.indexOf('name') + 1);
  const run: Run = { columns: [], text: '' };
  let emptied = false;
  for (const c of after) {
    const cell = (record.cells[c as keyof TableRecord['cells']] ?? '').trim();
    if (!FIGURE_COLUMNS.has(c)) {
      if (cell !== '' && run.columns.length > 0) break;
      continue;
    }
    if (cell !== '' && !FIGURE_RUN.test(cell)) {
      if (run.columns.length > 0) break;
      continue;
    }
    run.columns.push(c as FigureColumn);
    run.text += cell;
    if (cell === '') emptied = true;
  }
  if (run.columns.length < 2) return null;
  // Figures closed by their units one after another are a run only where the reading filled each column: an empty
  // one (a worded target the reading set apart) is no figure the run lost.
  if (!FIGURE_RUN.test(run.text) && (emptied || !FIGURE_RUNS.test(run.text))) return null;
  return run;
}

/** Whether every cut gives the row the same weight (the columns that differ are the row's own to part). */
const oneWeight = (cuts: ReadonlyArray<Partial<Record<FigureColumn, string>>>) =>
  cuts.every((c) => c.weight !== undefined && c.weight === cuts[0]!.weight);

/** Whether a cut holds what the record's cells hold already. */
const sameCut = (cells: TableRecord['cells'], cut: Partial<Record<FigureColumn, string>>) =>
  (Object.keys(cut) as FigureColumn[]).every((c) => (cells[c] ?? '').trim() === cut[c]);

/** Whether a cut keeps the equalities the record's reading had: 得分 = 分值, actual = target. */
function keepsAgreements(cells: TableRecord['cells'], cut: Partial<Record<FigureColumn, string>>): boolean {
  const same = (a: string | undefined, b: string | undefined) =>
    a !== undefined && b !== undefined && a.trim() === b.trim();
  const pairs: Array<[FigureColumn, FigureColumn]> = [
    ['weight', 'score'],
    ['target', 'actual'],
  ];
  return pairs.every(([x, y]) => !same(cells[x], cells[y]) || same(cut[x], cut[y]));
}

const pointsOf = (t: string | undefined) => (t !== undefined && /^\d+(\.\d+)?$/.test(t) ? Number(t) : null);

/** A row's points as read, where its 分值 is a plain number. */
const weightOf = (r: TableRecord) => pointsOf(r.cells.weight?.trim());

/**
 * The table's records with each row's run of figures cut where exactly one cut fits (its own, or the one the
 * weights' total leaves); `totals` are the totals the rows' weights may add up to, the likeliest first.
 */
export function recutFigureRuns(table: EvaluationTable, totals: readonly number[]): TableRecord[] {
  const level1Points = new Map(table.level1Weights.map((w) => [w.level1, Number(w.weight)]));
  const runs = table.records.map((r) => runOf(r, table.columns));
  const capOf = (k: number, most: number): Capacity => {
    const r = table.records[k]!;
    const level1 = (r.level1 !== null ? level1Points.get(r.level1) : undefined) ?? FULL_MARKS;
    return { maxWeight: Math.min(level1 > 0 ? level1 : FULL_MARKS, most) };
  };
  const fitsUnder = (k: number, most: number) => {
    const run = runs[k];
    return run ? fittingCuts(run.text, run.columns, capOf(k, most)) : null;
  };
  // Every row of a scored table carries its points: a 分值 or 得分 left empty is a run the reading did not cut.
  const stands = (r: TableRecord, run: Run, most: number) =>
    run.columns.every((c) => (c !== 'weight' && c !== 'score') || (r.cells[c] ?? '').trim() !== '') &&
    readingStands(
      Object.fromEntries(run.columns.flatMap((c) => (r.cells[c]?.trim() ? [[c, r.cells[c]!.trim()]] : []))),
      capOf(table.records.indexOf(r), most),
    );
  const first = table.records.map((_, k) => fitsUnder(k, FULL_MARKS));
  // The least points each row carries (its weight apart from any run, or the least its cuts offer): a row's weight
  // leaves the others at least theirs (森林火灾受害率 | 100100.9% is no row of 100 points beside rows of 10).
  const least = table.records.map((r, k) => {
    const offered = (first[k] ?? []).flatMap((c) => (c.weight !== undefined ? [Number(c.weight)] : []));
    if (offered.length > 0) return Math.min(...offered);
    return runs[k]?.columns.includes('weight') ? 0 : (weightOf(r) ?? 0);
  });
  const all = least.reduce((a, b) => a + b, 0);
  // In hundredths of a point, so 100 - 79.7 is 20.3 and not a hair under it.
  const fitsCap = (k: number) => Math.round((FULL_MARKS - (all - least[k]!)) * 100) / 100;
  const fitting = table.records.map((_, k) => fitsUnder(k, fitsCap(k)));
  const asRead = table.records.reduce((sum, r) => sum + Math.round((weightOf(r) ?? 0) * 100), 0);
  const addsUp = totals.some((t) => Math.round(t * 100) === asRead);
  // 1542条1542条 as 1 | 542条 | 1 | 542条 stands as well as 15 | 42条 | 15 | 42条: where the weights as read miss the
  // total, a standing run is opened for the total to settle — among the cuts that keep what its reading agreed
  // (a 得分 that is its 分值, an actual that is its target), so a row read right is not made to fit another's miss.
  const standingRun = (k: number) => {
    const run = runs[k];
    return !addsUp && run?.columns.includes('weight') === true && stands(table.records[k]!, run, fitsCap(k));
  };
  const standing = table.records.map((r, k) => {
    if (!standingRun(k)) return null;
    const kept = (fitting[k] ?? []).filter((c) => keepsAgreements(r.cells, c));
    return kept.length > 1 ? kept : null;
  });
  // A reading that can stand is kept (a cell left empty is the form's, as likely as the copy's); one that cannot
  // takes the one cut that fits, or the one the weights' total leaves.
  const fits = fitting.map((f, k) => standing[k] ?? f);
  const open = table.records.map((r, k) => {
    const run = runs[k];
    return run ? standing[k] !== null || !stands(r, run, fitsCap(k)) : false;
  });
  // (Cuts of one weight that the total cannot part: the one whose actual lies nearest its target, column-capacity.ts.)
  const chosen = fits.map((f, k) =>
    !open[k] || !f ? null : f.length === 1 ? f[0]! : oneWeight(f) ? nearestToTarget(f) : null,
  );
  // Rows cutting several ways: the weights of every row must add up to the total, each row's known or offered —
  // and only where the weights as read do not.
  const bySum = (cutsOf: typeof fits, opened: readonly boolean[]) => {
    const rows: RowFit[] = [];
    let summable = cutsOf.some(
      (f, k) => opened[k] && (f?.length ?? 0) > 1 && f!.every((c) => c.weight !== undefined),
    );
    table.records.forEach((r, k) => {
      const f = cutsOf[k];
      if (opened[k] && f && f.length > 0 && f.every((c) => c.weight !== undefined)) rows.push({ cuts: f });
      else {
        const fixed = opened[k] && runs[k]?.columns.includes('weight') ? null : weightOf(r);
        if (fixed === null) summable = false;
        rows.push({ cuts: [], fixed: fixed ?? 0 });
      }
    });
    if (summable && !addsUp)
      for (const total of totals) {
        const settled = cutsBySum(rows, total);
        if (settled.some((s) => s !== null)) return settled;
      }
    return null;
  };
  // 158755138676 as 1 | 58755 | 1 | 38676 (得分 = 分值) stands, but where nothing else lets the weights reach the
  // total, its agreement gives way to the total's: every standing run is opened to all the cuts it fits (15 | 8755
  // | 13 | 8676), and the total settles them where exactly one choice of weights adds up.
  // One total settles one unknown: where it would recut more than one standing run (a table whose weights as read
  // fall far short, rows of it left unread), the sum is no ground to move any.
  const reopened = () => {
    const sums = bySum(
      fitting.map((f, k) => (standingRun(k) && (f?.length ?? 0) > 1 ? f : fits[k]!)),
      open.map((o, k) => o || (standingRun(k) && (fitting[k]?.length ?? 0) > 1)),
    );
    const moved = (sums ?? []).flatMap((s, k) =>
      s !== null && standingRun(k) && !sameCut(table.records[k]!.cells, s)
        ? [[table.records[k]!.cells, s] as const]
        : [],
    );
    // …and the run it recuts brings its actual nearer its target than the reading had it (1 | 58755 | 1 | 38676 →
    // 15 | 8755 | 13 | 8676; never 100% | 100 | 7 | 7 → 100% | 10 | 0 | 77).
    const nearer = ([cells, cut]: (typeof moved)[number]) => {
      const was = distanceFromTarget(cells);
      const now = distanceFromTarget(cut);
      return was !== null && now !== null && now < was;
    };
    return moved.length <= 1 && moved.every(nearer) ? sums : null;
  };
  const settled = bySum(fits, open) ?? reopened();
  settled?.forEach((s, k) => (chosen[k] ??= s));
  return table.records.map((r, k) => {
    const cut = chosen[k];
    const run = runs[k];
    if (!cut || !run) return r;
    const cells = { ...r.cells };
    for (const c of run.columns) cells[c] = cut[c]!;
    return { ...r, cells };
  });
}
