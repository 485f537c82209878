import { readTextRows } from './.orig/packages/documents/src/index.ts';
import { recognizeProjectForm } from './.orig/packages/documents/src/recognize/project-form.ts';
import { cleanCell } from './.orig/packages/documents/src/rows/clean-cell.ts';
import { generateForms } from './bench/generate-forms.ts';
const batch = generateForms(300, 15).map((g) => readTextRows(g.text));
const T = (name: string, fn: () => void) => { const t = performance.now(); fn(); console.log(name, (performance.now() - t).toFixed(0)); };
let cleaned: any[] = [];
T('clean', () => { cleaned = batch.map((rows) => rows.map((r) => ({ ...r, cells: r.cells.map(cleanCell) }))); });
T('project', () => { cleaned.map((rows) => recognizeProjectForm(rows, null, { year: null, unit: null })); });
