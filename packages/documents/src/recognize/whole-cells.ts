// A 自评表's indicator table copied one cell per line (a web page or a PDF viewer's copy without borders) keeps
// every cell whole: a line is a cell, whatever figures it holds. The reading from the text (evaluation-fused.ts)
// cuts cells into values and texts to find where run-together cells part; where the cells came apart already,
// a name with a figure inside (城区主次干道500米内公厕覆盖率) or an actual written as a sentence (已支出158.4万元,约44%)
// is one cell, never a name ending at its figure and the next row's name starting after it.
import type { Atom } from './evaluation-atoms.ts';
import { spacedValue } from './evaluation-atoms.ts';

/** Fewest cells of a table's body that show its cells came apart (a stream run together is one cell or two). */
const MIN_CELLS = 3;

/** A gap between two words of a cell: cells parted by spaces on one line (a space-aligned or narrow copy). */
const GAP = /\S[ \t\u3000]+\S/;

/**
 * A cell written as sentences (a 未完成原因 paragraph: …于11月10日经生态环境部审核同意。12月底取得…): its dates and
 * figures are the sentence's own, never cells run together — a sentence ends in 。 and runs on for some words.
 */
const isSentence = (cell: string): boolean =>
  /[。；;]/.test(cell) && (cell.match(/\p{Script=Han}/gu)?.length ?? 0) >= SENTENCE_HAN;
/** Han characters a cell of sentences holds at least (a name with its figure is shorter). */
const SENTENCE_HAN = 30;

/**
 * Whether the cells of a table's body came whole: three cells or more, hardly any of them holding two words apart
 * (cells on a line parted by spaces) or several figures (cells run together: 10010010100 ≥95%96%10). A stream of
 * run-together cells is one long cell or a few; a space-aligned copy parts its cells by gaps inside its lines.
 */
export function cellsComeWhole(cells: readonly string[], atoms: readonly Atom[]): boolean {
  const filled = cells.filter((c) => c.trim() !== '');
  if (filled.length < MIN_CELLS) return false;
  const gapped = filled.filter((c) => GAP.test(c.trim()) && spacedValue(c) === null).length;
  const values = new Map<number, number>();
  for (const a of atoms)
    if (a.kind === 'value' && !isSentence(cells[a.cell] ?? ''))
      values.set(a.cell, (values.get(a.cell) ?? 0) + 1);
  const crowded = [...values.values()].filter((n) => n > 1).length;
  return gapped * 20 <= filled.length && crowded * 10 <= filled.length;
}

/** 指标2 alone in its cell: the template's next numbered row left empty, whose number the reading looks for. */
const numberedOnly = (cell: readonly Atom[]) =>
  cell.length === 2 && /^(指标|任务)$/.test(cell[0]!.text) && /^\d{1,2}$/.test(cell[1]!.text);

/**
 * The atoms with every cell that holds a text and a figure made one text (the cell as printed): a name with a figure
 * in it, or a sentence. A cell of figures alone keeps its atoms (a value and its unit, or a figure the columns cut).
 */
export function wholeCellAtoms(atoms: readonly Atom[]): Atom[] {
  const out: Atom[] = [];
  for (let i = 0; i < atoms.length;) {
    let j = i + 1;
    while (j < atoms.length && atoms[j]!.cell === atoms[i]!.cell) j++;
    const cell = atoms.slice(i, j);
    if (
      cell.length > 1 &&
      cell.some((a) => a.kind === 'text') &&
      cell.some((a) => a.kind === 'value') &&
      !numberedOnly(cell)
    )
      out.push({ kind: 'text', text: cell.map((a) => a.text).join(''), cell: atoms[i]!.cell });
    else out.push(...cell);
    i = j;
  }
  return out;
}
