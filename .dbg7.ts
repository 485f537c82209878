import { recognizeDocument } from './packages/documents/src/index.ts';
import { corpusRows, corpusText } from './packages/documents/test/corpus.ts';
const d = recognizeDocument(corpusRows(corpusText(process.argv[2]!)));
for (const i of (d.forms[0] as any).indicators) console.log(i.term, i.level1, i.level2, i.name, i.target.raw);
