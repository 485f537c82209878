// Where a finding stands in the source: the recogniser's place for the value the finding points at (or the
// nearest value above it), else the first cell holding that value's text — a 自评表's row is found by its
// indicator's name. Read by meaning: nothing here knows a particular document.
import { oneLine, type FieldSource, type Row } from '@jixiao/documents';
import type { FindingPlace } from './document-check.ts';

const MAX_CELL_CHARS = 200;
const key = (text: string) => oneLine(text).replace(/\s+/g, '');

export interface CellIndex {
  /** Every place of a cell holding this text, in document order. */
  get(text: string): readonly FindingPlace[];
}

/** Every short cell of the document by its text (built once per document). */
export function indexRows(rows: readonly Row[]): CellIndex {
  const index = new Map<string, FindingPlace[]>();
  rows.forEach((row, r) => {
    row.cells.forEach((cell, column) => {
      if (cell === '' || cell.length > MAX_CELL_CHARS) return;
      const k = key(cell);
      if (k === '') return;
      const place = {
        line: row.line ?? r + 1,
        source: row.source ?? null,
        column: row.table ? column : null,
        label: null,
        text: cell,
      };
      const list = index.get(k);
      if (list) list.push(place);
      else index.set(k, [place]);
    });
  });
  return { get: (text) => index.get(key(text)) ?? [] };
}

/** The value at a JSON pointer ("/indicators/3/actual"), or undefined. */
function at(doc: unknown, pointer: string): unknown {
  let v = doc;
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

/** Text that names the value at a pointer: a string or number itself, an object by its name. */
function textOf(v: unknown): string | null {
  if (typeof v === 'string' && v.trim() !== '') return v;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    for (const k of ['name', 'indicator', 'label', 'title'])
      if (typeof o[k] === 'string' && o[k] !== '') return o[k];
  }
  return null;
}

function parents(path: string): string[] {
  const out: string[] = [];
  for (let p = path; p !== ''; p = p.slice(0, Math.max(0, p.lastIndexOf('/')))) out.push(p);
  return out;
}

/**
 * The place of the value a finding points at. A text found in several cells ("反映项目的社会效益" under two
 * indicators) is taken in the row of the finding's own item — the first occurrence at or after the place of
 * the nearest enclosing value that is found (the indicator's name), in the same sheet or table.
 */
export function locateFinding(
  path: string,
  doc: unknown,
  sources: readonly FieldSource[],
  cells: CellIndex,
): FindingPlace | null {
  const byPath = new Map(sources.map((s) => [s.path, s]));
  let found: readonly FindingPlace[] = [];
  for (const p of parents(path)) {
    const s = byPath.get(p);
    const own: readonly FindingPlace[] =
      s && s.line !== null
        ? [{ line: s.line, source: s.source, column: s.column, label: s.label, text: s.text }]
        : cells.get(textOf(at(doc, p)) ?? '');
    if (own.length === 0) continue;
    if (found.length === 0) {
      found = own;
      if (found.length === 1) return found[0]!;
      continue;
    }
    const anchor = own[0]!;
    return (
      found.find(
        (f) => f.source === anchor.source && f.line !== null && anchor.line !== null && f.line >= anchor.line,
      ) ?? found[0]!
    );
  }
  return found[0] ?? null;
}
