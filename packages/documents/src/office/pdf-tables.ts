// Ruled tables in a PDF page: the thin lines and rectangles a table's borders are drawn with give its
// grid; text pieces are put into the grid's cells, merged cells are found where a border is missing,
// and each grid row becomes a Row whose covered cells are '' (the same reading the .docx reader gives).
import type { Row } from '../rows/row.ts';
import { emWidth } from './pdf-figure-width.ts';

export interface Piece {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  /** How sure a recogniser was of the text (0..1): set for words read by OCR, absent for a text layer. */
  confidence?: number;
}

/** A border segment in page space (PDF points, y upwards). */
export interface Rule {
  kind: 'h' | 'v';
  /** y of a horizontal rule, x of a vertical one. */
  at: number;
  from: number;
  to: number;
}

/** pdf.js operator ids used here (stable across pdf.js versions). */
const OP = { save: 10, restore: 11, transform: 12, constructPath: 91 };
/** Path-painting operators that draw (stroke/fill variants); 28 (endPath) only sets a clip. */
const PAINT = new Set([20, 21, 22, 23, 24, 25, 26, 27]);
/** pdf.js 5 path data: moveTo 0, lineTo 1, curveTo 2, quadraticCurveTo 3, closePath 4. */
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadTo: 3, close: 4 };
/** More border segments than this on one page is a drawing, not a table (and would cost quadratic time). */
export const MAX_RULES = 8000;
/** Thicker than this, a rectangle is a fill (cell shading), not a border. */
const THIN = 2.5;

type Matrix = [number, number, number, number, number, number];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];

/** The border rules drawn on a page, from pdf.js's operator list. */
export function findRules(fnArray: number[], argsArray: unknown[]): Rule[] {
  const rules: Rule[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  for (let i = 0; i < fnArray.length; i++) {
    if (rules.length > MAX_RULES) return []; // not a form: read the page as running text
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === OP.save) stack.push(ctm);
    else if (fn === OP.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OP.transform && args) ctm = multiply(args as Matrix, ctm);
    else if (fn === OP.constructPath && args && PAINT.has(args[0] as number)) {
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (data) for (const box of subpathBoxes(data)) addRule(rules, box, ctm);
    }
  }
  return rules;
}

/** Bounding boxes of the straight subpaths of a path (curves make a subpath not a border). */
function subpathBoxes(data: ArrayLike<number>): Array<[number, number, number, number]> {
  const boxes: Array<[number, number, number, number]> = [];
  let box: [number, number, number, number] | null = null;
  let curved = false;
  const flush = () => {
    if (box && !curved) boxes.push(box);
    box = null;
    curved = false;
  };
  for (let k = 0; k < data.length;) {
    const op = data[k]!;
    if (op === DRAW.moveTo) {
      flush();
      box = [data[k + 1]!, data[k + 2]!, data[k + 1]!, data[k + 2]!];
      k += 3;
    } else if (op === DRAW.lineTo) {
      const x = data[k + 1]!;
      const y = data[k + 2]!;
      if (box) box = [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)];
      k += 3;
    } else if (op === DRAW.curveTo) {
      curved = true;
      k += 7;
    } else if (op === DRAW.quadTo) {
      curved = true;
      k += 5;
    } else if (op === DRAW.close) {
      k += 1;
    } else break; // unknown layout: stop reading this path
  }
  flush();
  return boxes;
}

function addRule(rules: Rule[], [x0, y0, x1, y1]: [number, number, number, number], ctm: Matrix): void {
  const [ax, ay] = apply(ctm, x0, y0);
  const [bx, by] = apply(ctm, x1, y1);
  const rule = boxRule(ax, ay, bx, by);
  if (rule) rules.push(rule);
}

/**
 * The border a drawn box (corners in page space) is, if it is one: thin one way and longer the other. A thick
 * box is a fill (cell shading), a tiny one a dot. Shared with the OFD reader, whose paths arrive the same way.
 */
export function boxRule(ax: number, ay: number, bx: number, by: number): Rule | null {
  const left = Math.min(ax, bx);
  const right = Math.max(ax, bx);
  const bottom = Math.min(ay, by);
  const top = Math.max(ay, by);
  const w = right - left;
  const h = top - bottom;
  if (w <= THIN && h > THIN) return { kind: 'v', at: (left + right) / 2, from: bottom, to: top };
  if (h <= THIN && w > THIN) return { kind: 'h', at: (bottom + top) / 2, from: left, to: right };
  return null;
}

/** Values within `tolerance` of each other collapsed to their mean, ascending. */
function cluster(values: number[], tolerance: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1]! <= tolerance) last.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((a, b) => a + b, 0) / g.length);
}

export interface RuledTable {
  /** Row boundaries, top to bottom (descending y). */
  ys: number[];
  /** Column boundaries, left to right. */
  xs: number[];
  rules: Rule[];
}

const TOL = 1.5;

/** Groups the rules of a page into tables: horizontal rules joined by vertical ones that reach them. */
export function findTables(rules: Rule[]): RuledTable[] {
  const hs = rules.filter((r) => r.kind === 'h');
  const vs = rules.filter((r) => r.kind === 'v');
  if (hs.length < 2 || vs.length < 2) return [];
  // Union rules that touch: a vertical rule touches a horizontal one when it crosses or ends on it.
  const parent = rules.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const index = new Map(rules.map((r, i) => [r, i]));
  for (const v of vs) {
    for (const h of hs) {
      if (v.at >= h.from - TOL && v.at <= h.to + TOL && h.at >= v.from - TOL && h.at <= v.to + TOL) {
        parent[find(index.get(v)!)] = find(index.get(h)!);
      }
    }
  }
  // Collinear segments that meet (a border drawn cell by cell) belong together too.
  for (const kind of ['h', 'v'] as const) {
    const line = rules
      .map((r, i) => ({ r, i }))
      .filter((x) => x.r.kind === kind)
      .sort((a, b) => a.r.at - b.r.at || a.r.from - b.r.from);
    for (let a = 0; a < line.length; a++) {
      for (let b = a + 1; b < line.length && line[b]!.r.at - line[a]!.r.at <= TOL; b++) {
        if (line[b]!.r.from <= line[a]!.r.to + TOL && line[a]!.r.from <= line[b]!.r.to + TOL) {
          parent[find(line[a]!.i)] = find(line[b]!.i);
        }
      }
    }
  }
  const groups = new Map<number, Rule[]>();
  rules.forEach((r, i) => {
    const g = find(i);
    groups.set(g, [...(groups.get(g) ?? []), r]);
  });
  // A merged cell cut by a page break keeps its side borders but loses the top and bottom ones: its
  // outer border stands alone. Give such a lone vertical rule to the table it runs beside.
  const full = [...groups.values()].filter((g) => g.some((r) => r.kind === 'h'));
  for (const lone of [...groups.values()].filter((g) => g.every((r) => r.kind === 'v'))) {
    for (const v of lone) {
      let best: Rule[] | null = null;
      let bestOverlap = 0;
      for (const g of full) {
        const gv = g.filter((r) => r.kind === 'v');
        if (gv.length === 0) continue;
        const from = Math.min(...gv.map((r) => r.from));
        const to = Math.max(...gv.map((r) => r.to));
        const overlap = Math.min(to, v.to) - Math.max(from, v.from);
        if (overlap > bestOverlap) [best, bestOverlap] = [g, overlap];
      }
      if (best && bestOverlap >= (v.to - v.from) * 0.5) best.push(v);
    }
  }
  const tables: RuledTable[] = [];
  for (const group of full) {
    const xs = withCutEdges(
      cluster(
        group.filter((r) => r.kind === 'v').map((r) => r.at),
        TOL,
      ),
      group,
    );
    // A table cut by a page break has no border where it was cut: its vertical rules reach past the
    // last horizontal one. Close it there.
    const gv = group.filter((r) => r.kind === 'v');
    const gh = group.filter((r) => r.kind === 'h').map((r) => r.at);
    if (gv.length > 0 && gh.length > 0 && xs.length >= 2) {
      const top = Math.max(...gv.map((r) => r.to));
      const bottom = Math.min(...gv.map((r) => r.from));
      const edge = (at: number): Rule => ({ kind: 'h', at, from: xs[0]!, to: xs[xs.length - 1]! });
      if (top > Math.max(...gh) + 3) group.push(edge(top));
      if (bottom < Math.min(...gh) - 3) group.push(edge(bottom));
    }
    const ys = cluster(
      group.filter((r) => r.kind === 'h').map((r) => r.at),
      TOL,
    ).reverse();
    if (ys.length >= 2 && xs.length >= 2) tables.push({ ys, xs, rules: group });
  }
  return tables.sort((a, b) => b.ys[0]! - a.ys[0]!);
}

/** How far (points) horizontal borders must run past a table's outermost vertical one to mark a cut cell's side. */
const PAST_EDGE = 3;

/**
 * A table's column boundaries with the sides of cells the page's edge cut: a sheet wider than its page, printed
 * without "fit to width", cuts a cell merged across the cut (分值 over the columns the next page prints) at the
 * page's edge; LibreOffice draws its top and bottom borders up to the cut and no side border there, so its text
 * stands right of the table's last vertical border, in no column. Where two or more horizontal borders run on
 * together past the outermost vertical one, their common end is that cell's side (a lone underline never does).
 */
function withCutEdges(xs: number[], group: Rule[]): number[] {
  if (xs.length < 2) return xs;
  const hs = group.filter((r) => r.kind === 'h');
  const first = xs[0]!;
  const last = xs.at(-1)!;
  const edge = (ends: number[]) => {
    const c = cluster(ends, TOL).map((at) => ({
      at,
      n: ends.filter((e) => Math.abs(e - at) <= TOL * 2).length,
    }));
    return c.filter((e) => e.n >= 2).sort((a, b) => b.n - a.n)[0]?.at;
  };
  const right = edge(hs.map((h) => h.to).filter((to) => to > last + PAST_EDGE));
  const left = edge(hs.map((h) => h.from).filter((from) => from < first - PAST_EDGE));
  return [...(left === undefined ? [] : [left]), ...xs, ...(right === undefined ? [] : [right])];
}

/**
 * A text the table's bottom border runs through, its baseline under the border and its glyphs over it: a merged
 * cell cut by a page break has its text centred on the whole cell and drawn across the page's last border
 * (LibreOffice; 质量指标 over 工程验收合格率's row). It belongs to the last row; a note under a table stands
 * clear of the border.
 */
function acrossBottom(p: Piece, bottom: number): boolean {
  return p.y < bottom && bottom - p.y < p.size * 0.6;
}

/**
 * A text that starts in a table's last column and runs on past its right border (past the page's edge when a sheet
 * wider than its page is cut there: 207101天津市河北区 at the cut): the last column's, though its middle lies outside.
 * One that starts less than an em before the border counts only as the end of a text it goes on.
 */
function overRight(p: Piece, xs: number[], pieces: readonly Piece[]): boolean {
  if (p.x < xs.at(-2)! - 1 || p.x >= xs.at(-1)!) return false;
  if (p.x < xs.at(-1)! - p.size) return true;
  // Less than an em before the border, it is the column's only where it goes on a text of the column on its line
  // (…清水河 then 治理工程 drawn from where it ends): a text outside the table never starts inside it.
  return pieces.some(
    (q) =>
      q !== p &&
      q.text.trim() !== '' &&
      Math.abs(q.y - p.y) < 1 &&
      q.x >= xs.at(-2)! - 1 &&
      q.x < p.x &&
      Math.abs(q.x + q.width - p.x) < p.size * 0.6,
  );
}

/** How far under a table's last border, in its last row's heights, a cut merged cell's text may stand. */
const CUT_REACH = 3;

/**
 * The texts under a table's last border that belong to its last row: a merged cell the page break cut has no
 * border at the cut, and LibreOffice centres its text on the whole cell, as if the page went on — under the
 * page's last border when most of the cell is on the next page (效益指标 | 社会效益指标 under 服务保障民生's row,
 * drawn again at the top of the next page). Such a text stands inside a column the last border leaves open (a note
 * runs across columns), within a few rows' height of it, on a line of such texts only (a footer's 制表人：… starts
 * left of the table) and writes no label's colon or page number.
 */
function cutBelow(table: RuledTable, pieces: Piece[]): Set<Piece> {
  const { xs, ys, rules } = table;
  const R = ys.length - 1;
  const bottom = ys[R]!;
  const reach = (ys[R - 1]! - bottom) * CUT_REACH;
  // Its column's bottom border missing, and it within the column, as a cell's text is laid out.
  const open = (p: Piece) => {
    const c = xs.findIndex((v, k) => k < xs.length - 1 && p.x >= v - 1 && p.x + p.width <= xs[k + 1]! + 1);
    return c >= 0 && !covered(rules, 'h', bottom, xs[c]!, xs[c + 1]!);
  };
  const out = new Set<Piece>();
  const under = pieces.filter((p) => p.text.trim() !== '' && p.y < bottom && p.y > bottom - reach);
  for (const line of lineGroups(under)) {
    const cut = line.every((p) => open(p) && !/[：:]|页/.test(p.text) && !/^[\d\s/／-]+$/.test(p.text));
    if (cut) for (const p of line) out.add(p);
  }
  return out;
}

/**
 * The texts over a table's first border that belong to a merged cell the page break cut, drawn again on this page:
 * LibreOffice centres a cut merged cell's text on the whole cell, so when most of the cell stood on the page before
 * its text lands over this page's first border, in the top margin (产出指标 over 数量指标's row). Such a text stands
 * inside a column whose top border is missing, within a few rows' height of it, on a line of such texts only.
 * Under a header printed again on every page (`headRepeated`) the cell goes on below that header, whose borders
 * are drawn: there any column's. Returned by column (of the table's columns).
 */
export function cutAbove(
  table: RuledTable,
  pieces: readonly Piece[],
  headRepeated = false,
): Map<number, Piece[]> {
  const { xs, ys, rules } = table;
  const top = ys[0]!;
  const reach = (ys[0]! - ys[1]!) * CUT_REACH;
  const column = (p: Piece) =>
    xs.findIndex((v, k) => k < xs.length - 1 && p.x >= v - 1 && p.x + p.width <= xs[k + 1]! + 1);
  const open = (c: number) => c >= 0 && (headRepeated || !covered(rules, 'h', top, xs[c]!, xs[c + 1]!));
  const out = new Map<number, Piece[]>();
  const over = pieces.filter((p) => p.text.trim() !== '' && p.y > top && p.y < top + reach);
  for (const line of lineGroups(over)) {
    if (!line.every((p) => open(column(p)))) continue;
    for (const p of line) out.set(column(p), [...(out.get(column(p)) ?? []), p]);
  }
  return out;
}

/** True when a rule of the kind lies at `at` and covers most of [from, to]. */
function covered(rules: Rule[], kind: 'h' | 'v', at: number, from: number, to: number): boolean {
  const span = to - from;
  let total = 0;
  for (const r of rules) {
    if (r.kind !== kind || Math.abs(r.at - at) > TOL) continue;
    total += Math.max(0, Math.min(r.to, to) - Math.max(r.from, from));
  }
  return total >= span * 0.6;
}

/**
 * The rows of a ruled table. Pieces inside it are removed from `pieces` (the rest are running text).
 * A merged region's text goes to its top-left grid cell; the others are ''.
 */
export function tableRows(
  table: RuledTable,
  pieces: Piece[],
): { rows: Row[]; used: Set<Piece>; at: number[] } {
  const { xs, ys, rules } = table;
  const R = ys.length - 1;
  const C = xs.length - 1;
  // Union grid slots where no border separates them.
  const id = (r: number, c: number) => r * C + c;
  const parent = Array.from({ length: R * C }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb); // the top-left slot stays the root
  };
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      if (c + 1 < C && !covered(rules, 'v', xs[c + 1]!, ys[r + 1]!, ys[r]!)) union(id(r, c), id(r, c + 1));
      if (r + 1 < R && !covered(rules, 'h', ys[r + 1]!, xs[c]!, xs[c + 1]!)) union(id(r, c), id(r + 1, c));
    }
  }
  const inCell = new Map<number, Piece[]>();
  const used = new Set<Piece>();
  const place = (p: Piece) => {
    const cx = p.x + p.width / 2;
    const cy = p.y + p.size * 0.3;
    let c = 0;
    while (c < C - 1 && cx > xs[c + 1]!) c++;
    let r = 0;
    while (r < R - 1 && cy < ys[r + 1]!) r++;
    const root = find(id(r, c));
    inCell.set(root, [...(inCell.get(root) ?? []), p]);
  };
  const below = cutBelow(table, pieces);
  for (const whole of pieces) {
    const cx = whole.x + whole.width / 2;
    const cy = whole.y + whole.size * 0.3;
    if (cx < xs[0]! || (cx > xs[C]! && !overRight(whole, xs, pieces)) || cy > ys[0]!) continue;
    if (cy < ys[R]! && !acrossBottom(whole, ys[R]!) && !below.has(whole)) continue;
    used.add(whole);
    if (whole.text.trim() === '') continue; // pdf.js's marker over a gap: the gap itself decides
    for (const p of splitAtBorders(whole, table)) place(p);
  }
  const rows: Row[] = [];
  // The grid row of each row (rows with no text are left out).
  const at: number[] = [];
  for (let r = 0; r < R; r++) {
    const room = new Map<string, number>();
    const cells: string[] = [];
    const sure: number[] = [];
    for (let c = 0; c < C; c++) {
      const slot = id(r, c);
      if (find(slot) !== slot) {
        cells.push('');
        sure.push(1);
        continue;
      }
      // The region's right edge: the last column merged into this slot on its row.
      let right = c;
      while (right + 1 < C && find(id(r, right + 1)) === slot) right++;
      const text = cellText(inCell.get(slot) ?? [], xs[right + 1]!);
      cells.push(text);
      sure.push(leastSure(inCell.get(slot) ?? []));
      if (text !== '') room.set(text, lastLineRoom(inCell.get(slot)!, xs[right + 1]!));
    }
    if (cells.some((t) => t !== '')) {
      const row = withConfidence({ cells, table: true }, sure);
      rooms.set(row, room);
      rows.push(row);
      at.push(r);
    }
  }
  return { rows, used, at };
}

/** Room left after each cell's last line, in ems, by the cell's text: kept for the rows a page break may cut. */
const rooms = new WeakMap<Row, Map<string, number>>();

/** The room (ems) a table cell's last line leaves before its right border; undefined when not known. */
export function roomAfter(row: Row, text: string): number | undefined {
  return rooms.get(row)?.get(text);
}

function lastLineRoom(pieces: Piece[], right: number): number {
  const last = lineGroups(pieces).at(-1)!;
  const end = Math.max(...last.map((p) => p.x + p.width));
  return (right - end) / (last[0]!.size || 10);
}

/** The lowest confidence of a cell's pieces (1 when none was recognised by OCR). */
export function leastSure(pieces: readonly Piece[]): number {
  let least = 1;
  for (const p of pieces)
    if (p.confidence !== undefined && p.text.trim() !== '') least = Math.min(least, p.confidence);
  return least;
}

/**
 * A row read from recognised words carries how sure each cell is (`cellConfidence`) and the least of them
 * (`confidence`); a row of a text layer (every cell 1) is returned as it was.
 */
export function withConfidence(row: Row, sure: number[]): Row {
  if (sure.every((s) => s === 1)) return row;
  return { ...row, confidence: Math.min(...sure), cellConfidence: sure };
}

/**
 * A piece pdf.js joined across a column border cut back into its cells. pdf.js merges the text of
 * neighbouring cells on one baseline into one item when the gap between them is small (a long text clipped
 * at its cell's border, a header set close to the next), marking the gap with a space: such a piece that
 * crosses a vertical border drawn beside it is cut at the first space after which the text, measured back
 * from the piece's exact right end, starts at or past the border. The head keeps the piece's start and
 * ends at the border (its own end is unknown when the cell clipped it).
 */
export function splitAtBorders(piece: Piece, table: RuledTable): Piece[] {
  const { xs, rules } = table;
  const em = piece.size;
  const end = piece.x + piece.width;
  const mid = piece.y + em * 0.3;
  const border = xs
    .slice(1, -1)
    .filter(
      (x) =>
        x > piece.x + em * 0.5 &&
        x < end - em * 0.5 &&
        covered(rules, 'v', x, mid - em * 0.3, mid + em * 0.3),
    )
    .pop(); // the rightmost: the head is cut again at the borders left of it
  if (border === undefined) return [piece];
  // The first space (from the left) whose text after it fits right of the border.
  let cut = -1;
  for (let k = piece.text.indexOf(' '); k >= 0; k = piece.text.indexOf(' ', k + 1)) {
    const tail = piece.text.slice(k + 1);
    if (tail.trim() === '' || piece.text.slice(0, k).trim() === '') continue;
    if (end - emWidth(tail) * em >= border - em * 0.6) {
      cut = k;
      break;
    }
  }
  if (cut < 0) return [piece];
  const tailText = piece.text.slice(cut + 1).trimStart();
  const tailWidth = Math.min(emWidth(tailText) * em, end - border);
  const head: Piece = { ...piece, text: piece.text.slice(0, cut).trimEnd(), width: border - piece.x };
  const tail: Piece = { ...piece, text: tailText, x: end - tailWidth, width: tailWidth };
  return [...splitAtBorders(head, table), tail];
}

/**
 * A cell's pieces as text: lines by baseline; a line that reaches the cell's right edge wraps into the
 * next (joined without a break), a line that stops short or a next line starting a list item is a break.
 */
function cellText(pieces: Piece[], right: number): string {
  if (pieces.length === 0) return '';
  const lines = lineGroups(pieces);
  let out = '';
  let prevEnd = 0;
  let prevSize = 10;
  for (const line of lines) {
    line.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const p of line) {
      if (text !== '' && spaceBetween(text, p.text, p.x - end, p.size)) text += ' ';
      text += p.text;
      end = Math.max(end, p.x + p.width);
    }
    text = text.trim();
    if (out === '') out = text;
    else {
      const room = right - prevEnd;
      // A hard break: the next line starts a list item, or the line ends a sentence with room to spare,
      // or it stops far from the edge. Otherwise the line wrapped (CJK text wraps anywhere).
      const listItem = /^([（(]?[一二三四五六七八九十\d]+[)）.、．]|[-•·])/.test(text);
      const sentenceEnd = /[。；;！!？?：:]$/.test(out) && room > prevSize * 1.5;
      const wrapped = !(listItem && room > prevSize * 1.5) && !sentenceEnd && room < prevSize * 6;
      // A full line broke inside a word (CJK text breaks anywhere); a line with room left broke at a space.
      const space = room > prevSize * 0.9 && /[A-Za-z]$/.test(out) && /^[A-Za-z]/.test(text);
      if (!wrapped) out += '\n' + text;
      else out += space ? ' ' + text : text;
    }
    prevEnd = end;
    prevSize = line[0]!.size;
  }
  return out;
}

/** Pieces grouped into lines by baseline, top to bottom. */
export function lineGroups(pieces: Piece[]): Piece[][] {
  const sorted = [...pieces].sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: { y: number; size: number; pieces: Piece[] }[] = [];
  for (const piece of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - piece.y) <= Math.max(2, Math.min(last.size, piece.size) * 0.35))
      last.pieces.push(piece);
    else lines.push({ y: piece.y, size: piece.size, pieces: [piece] });
  }
  return lines.map((l) => l.pieces);
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’]/u;

/**
 * Whether a gap between two pieces of one line is a space (pdf.js gives no space glyphs: a blank piece
 * it adds only marks a gap). Word and LibreOffice put 0.19–0.23 em between Han characters and digits or
 * Latin letters that the text does not separate ("2022年" printed as "2022 年"); a typed space printed by
 * Chromium is 0.25 em. Next to a Han character only a gap wider than 0.24 em counts.
 */
export function spaceBetween(before: string, after: string, gap: number, size: number): boolean {
  if (before.endsWith(' ') || after.startsWith(' ')) return false;
  const cjk = CJK.test(before.slice(-1)) || CJK.test(after.slice(0, 1));
  return gap > size * (cjk ? 0.24 : 0.15);
}
