import { readFileSync } from 'node:fs';
import { readTextRows } from './packages/documents/src/index.ts';
import { retabulate } from './packages/documents/src/recognize/cell-stream.ts';
import { cleanCell } from './packages/documents/src/rows/clean-cell.ts';
const f = process.argv[2]!;
const rows = readTextRows(readFileSync(f, 'utf8')).map((r) => ({ ...r, cells: r.cells.map(cleanCell) }));
const out = retabulate(rows);
for (const r of out) if (r.confidence !== undefined) console.log(r.line, r.confidence, JSON.stringify(r.cells).slice(0, 150));
