import { importText } from './packages/documents/src/index.ts';
import { seedText } from './packages/documents/test/seeds.ts';
const forms = importText(seedText(process.argv[2]!)) as any[];
for (const f of forms) console.log(JSON.stringify(f.goals).slice(0, 800));
