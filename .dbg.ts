import { retabulate } from './packages/documents/src/recognize/cell-stream.ts';
import { cleanCell } from './packages/documents/src/rows/clean-cell.ts';
import { corpusRows, corpusText } from './packages/documents/test/corpus.ts';
const rows = corpusRows(corpusText(process.argv[2]!));
for (const r of retabulate(rows)) console.log(r.line, r.confidence ?? '', r.table ? 'T' : 'P', JSON.stringify(r.cells).slice(0, 160));
