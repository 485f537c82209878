import { readTextRows } from './packages/documents/src/index.ts';
import { recognizeProjectForm } from './packages/documents/src/recognize/project-form.ts';
import { cleanCell } from './packages/documents/src/rows/clean-cell.ts';
import { generateForms } from './bench/generate-forms.ts';
const batch = generateForms(1000, 15).map((g) => readTextRows(g.text).map((r) => ({ ...r, cells: r.cells.map(cleanCell) })));
const t = performance.now();
batch.forEach((rows) => recognizeProjectForm(rows, null, { year: null, unit: null }));
console.log('project', performance.now() - t);
