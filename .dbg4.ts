import { corpusRows, corpusText } from './packages/documents/test/corpus.ts';
const rows = corpusRows(corpusText('014_dept.txt'));
for (const r of rows.slice(-8)) console.log(r.line, r.table, JSON.stringify(r.cells));
