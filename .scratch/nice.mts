import { readdirSync, readFileSync } from 'node:fs';
import { documentPool } from '../packages/server/src/documents/document-pool.ts';
const pool = documentPool({ threads: 1, timeoutMs: 10000, worker: new URL('../packages/server/src/test-support/stand-in-worker.mjs', import.meta.url) });
const p = pool.readRows(new Uint8Array(1), 'busy:3000');
await new Promise((r) => setTimeout(r, 1500));
for (const t of readdirSync(`/proc/${process.pid}/task`)) {
  const stat = readFileSync(`/proc/${process.pid}/task/${t}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const comm = readFileSync(`/proc/${process.pid}/task/${t}/comm`, 'utf8').trim();
  if (Number(stat[16]) !== 0 || comm.includes('Worker') || t === String(process.pid)) console.log(t, comm, 'nice', stat[16], 'state', stat[0], 'utime', stat[11]);
}
await p; await pool.close();
