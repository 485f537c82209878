// OCR reads the dash a template prints in an empty cell (— under 指标值 where a row has none) as 一 or -, and in
// run-together text it runs into the next cell (4一目标明确、内容细化 = 分值 4 | — | 目标明确、内容细化). Where rows
// of the table keep starting the text after a figure with that dash, it is cut off as the empty cell it stands
// for; a single such text is left alone (一般, 一次性 begin words too).
import type { Atom } from './evaluation-atoms.ts';

const DASH_LEAD = /^[一\-—－](?=\p{Script=Han})/u;
/** The dash standing alone between two figures (10一100%: 分值 10 | — | 100%). */
const DASH_ALONE = /^[一\-—－]$/;
/** How many texts after a figure must start with the dash for it to be the template's empty cell. */
const MIN_ROWS = 3;

const dashLed = (atoms: readonly Atom[], k: number) =>
  atoms[k]!.kind === 'text' && atoms[k - 1]?.kind === 'value' && DASH_LEAD.test(atoms[k]!.text);
const dashAlone = (atoms: readonly Atom[], k: number) =>
  atoms[k]!.kind === 'text' &&
  atoms[k - 1]?.kind === 'value' &&
  atoms[k + 1]?.kind === 'value' &&
  DASH_ALONE.test(atoms[k]!.text);

/** How many texts after a figure start with a dash or are one, over all parts of a table. */
export function countDashLeads(parts: ReadonlyArray<readonly Atom[]>): number {
  return parts.reduce(
    (n, atoms) => n + atoms.filter((_, k) => dashLed(atoms, k) || dashAlone(atoms, k)).length,
    0,
  );
}

/** The atoms with each dash that leads a text after a figure cut off as a cell of its own, when `count` says the table does it. */
export function splitDashLeads(atoms: readonly Atom[], count: number): Atom[] {
  if (count < MIN_ROWS) return [...atoms];
  return atoms.flatMap((a, k) =>
    dashLed(atoms, k)
      ? [
          { ...a, text: '—' },
          { ...a, text: a.text.slice(1), glued: true },
        ]
      : dashAlone(atoms, k)
        ? [{ ...a, text: '—' }]
        : [a],
  );
}
