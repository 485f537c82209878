import { splitRunTogether, isRunTogether } from './packages/documents/src/recognize/tokenize.ts';
const t = process.argv[2]!;
console.log(isRunTogether(t), splitRunTogether(t).map((x) => x.kind + ':' + x.text).join(' | '));
