import { readFileSync } from 'node:fs';
import { importRows, readRows } from '../packages/documents/src/index.ts';
const file = process.argv[2]!;
const { format, rows } = await readRows(readFileSync(file), file);
const o = importRows(format, rows);
if (o.ok) for (const f of o.forms) if ((f as any).tables) console.log(JSON.stringify((f as any).tables, null, 0).slice(0, 3000));
