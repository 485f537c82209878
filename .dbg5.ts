import { recognizeDocument } from './packages/documents/src/recognize/recognize-forms.ts';
import { corpusRows, corpusText } from './packages/documents/test/corpus.ts';
const r = recognizeDocument(corpusRows(corpusText(process.argv[2]!)));
for (const s of r.sources[0] ?? []) console.log(s.path, s.line, s.column, s.label, JSON.stringify(s.text).slice(0, 50), s.confidence);
console.log('unknown', r.unknownLabels);
