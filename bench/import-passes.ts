// CPU µs a form of each step of text import over the bench batch, step by step in one process: every form's
// rows go through one step, timed for the whole batch, before the next step starts (so each figure is the
// step's own, with its inputs as the import gives them). The steps after the row passes (cutting the forms
// out and reading each) are the remainder of recognizeForms.
// Usage: node --import tsx bench/import-passes.ts [count=2000] [reps=3]
import { importText, recognizeForms } from '@jixiao/documents';
import { readTextRows } from '../packages/documents/src/text/read-text.ts';
import { normalizeRows } from '../packages/documents/src/rows/normalize-rows.ts';
import { gridFromCellLines } from '../packages/documents/src/recognize/cell-line-grid.ts';
import { readHeadingOutlines } from '../packages/documents/src/recognize/heading-outline.ts';
import { readReportSentences } from '../packages/documents/src/recognize/report-sentences.ts';
import { ROW_PASSES, segment } from '../packages/documents/src/recognize/recognize-forms.ts';
import { recognizeProjectForm } from '../packages/documents/src/recognize/project-form.ts';
import { findProjectListHeader } from '../packages/documents/src/recognize/project-list-table.ts';
import { mentionFinder } from '../packages/documents/src/recognize/project-mentions.ts';
import { withTaughtLabels } from '../packages/documents/src/recognize/labels.ts';
import type { Row } from '../packages/documents/src/rows/row.ts';
import { generateForms } from './generate-forms.ts';

const count = Number(process.argv[2] ?? 2000);
const reps = Number(process.argv[3] ?? 3);
// Warmed as bench/documents.bench.ts warms: 5,000 other forms (the engine settles only after thousands).
for (const g of generateForms(5000, 15, 7)) importText(g.text);
const texts = generateForms(count, 15).map((g) => g.text);

function cpu<T>(fn: () => T): [number, T] {
  const c0 = process.cpuUsage();
  const value = fn();
  const c = process.cpuUsage(c0);
  return [(c.user + c.system) / count, value];
}

const steps: Array<readonly [string, (rows: Row[]) => Row[]]> = [
  ['gridFromCellLines', (rows) => gridFromCellLines(rows) ?? rows],
  ['readHeadingOutlines', readHeadingOutlines],
  ['readReportSentences', readReportSentences],
  ...ROW_PASSES,
];
const figures = new Map<string, number[]>();
const note = (name: string, us: number) => figures.set(name, [...(figures.get(name) ?? []), us]);
for (let r = 0; r < reps; r++) {
  const [read, raw] = cpu(() => texts.map(readTextRows));
  note('readTextRows', read);
  const [norm, normalized] = cpu(() => raw.map(normalizeRows));
  note('normalizeRows', norm);
  let rows = normalized;
  for (const [name, step] of steps) {
    const [us, next] = cpu(() => rows.map(step));
    note(name, us);
    rows = next;
  }
  const [seg, segments] = cpu(() => rows.map(segment));
  note('segment', seg);
  const projects = segments.flatMap((ss) => ss.filter((x) => x.kind === 'project'));
  const [list] = cpu(() => projects.map((x) => findProjectListHeader(x.rows)));
  note('findProjectListHeader', list);
  const [mentions] = cpu(() => rows.map((x) => mentionFinder(x)('名称')));
  note('mentionFinder', mentions);
  const [project] = cpu(() =>
    withTaughtLabels([], () =>
      projects.map((x) => recognizeProjectForm(x.rows, x.title, { year: null, unit: null })),
    ),
  );
  note('recognizeProjectForm', project);
  const [all] = cpu(() => normalized.map((x) => recognizeForms(x)));
  note('recognizeForms (all)', all);
  const [whole] = cpu(() => texts.map((t) => importText(t)));
  note('importText (all)', whole);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
let passes = 0;
for (const [name, xs] of figures) {
  if (!name.includes('(all)') && name !== 'readTextRows' && name !== 'normalizeRows') passes += median(xs);
  console.log(
    `${name.padEnd(24)} ${median(xs).toFixed(1).padStart(7)}  (${xs.map((x) => x.toFixed(1)).join(' ')})`,
  );
}
const all = median(figures.get('recognizeForms (all)')!);
console.log(`${'passes before segment'.padEnd(24)} ${passes.toFixed(1).padStart(7)}`);
console.log(`${'segment + recognisers'.padEnd(24)} ${(all - passes).toFixed(1).padStart(7)}`);
