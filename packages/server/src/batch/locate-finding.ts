// Where a finding stands in the source: the recogniser's place for the value the finding points at (or the
// nearest value above it), else the first cell holding that value's text — a 自评表's row is found by its
// indicator's name. Read by meaning: nothing here knows a particular document.
import { oneLine, type FieldSource, type Row } from '@jixiao/documents';
import type { FindingPlace } from './document-check.ts';

const MAX_CELL_CHARS = 200;
const key = (text: string) => oneLine(text).replace(/\s+/g, '');

export interface CellIndex {
  get(text: string): FindingPlace | undefined;
}

/** Every short cell of the document by its text, first place first (built once per document). */
export function indexRows(rows: readonly Row[]): CellIndex {
  const index = new Map<string, FindingPlace>();
  rows.forEach((row, r) => {
    row.cells.forEach((cell, column) => {
      if (cell === '' || cell.length > MAX_CELL_CHARS) return;
      const k = key(cell);
      if (k !== '' && !index.has(k))
        index.set(k, {
          line: row.line ?? r + 1,
          source: row.source ?? null,
          column: row.table ? column : null,
          label: row.table && column > 0 ? (row.cells[0] ?? null) || null : null,
          text: cell,
        });
    });
  });
  return { get: (text) => index.get(key(text)) };
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
    for (const k of ['name', 'indicator', 'label', 'title']) if (typeof o[k] === 'string' && o[k] !== '') return o[k];
  }
  return null;
}

function parents(path: string): string[] {
  const out: string[] = [];
  for (let p = path; p !== ''; p = p.slice(0, Math.max(0, p.lastIndexOf('/')))) out.push(p);
  return out;
}

export function locateFinding(
  path: string,
  doc: unknown,
  sources: readonly FieldSource[],
  cells: CellIndex,
): FindingPlace | null {
  const byPath = new Map(sources.map((s) => [s.path, s]));
  for (const p of parents(path)) {
    const s = byPath.get(p);
    if (s && s.line !== null)
      return { line: s.line, source: s.source, column: s.column, label: s.label, text: s.text };
    const text = textOf(at(doc, p));
    const found = text === null ? undefined : cells.get(text);
    if (found) return found;
  }
  return null;
}
