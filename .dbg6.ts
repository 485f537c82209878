import { recognizeDocument } from './packages/documents/src/index.ts';
import { corpusRows, corpusText } from './packages/documents/test/corpus.ts';
const d = recognizeDocument(corpusRows(corpusText(process.argv[2]!)));
const f: any = d.forms[Number(process.argv[3] ?? 0)];
console.log(JSON.stringify({ ...f, indicators: f.indicators.map((i: any) => [i.name, i.target.raw]), goals: f.goals.map((g: any) => g.term + ':' + (g.text ?? '').slice(0, 30)) }, null, 0));
