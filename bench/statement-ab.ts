// The backend CPU of two or more versions of a statement, in turn one execution at a time on one connection
// (statement-cpu.ts runs a file RUNS times, then the next: at a load of 20 its figures moved by ±40 % between
// rounds). Each execution's CPU is the backend's own from /proc/PID/schedstat (nanoseconds, not 10-ms ticks),
// the order turned every run so both meet the same neighbours; the median of each file's runs and its ratio to
// the first file's are printed. Each FILE.sql is prepared with the generic plan (as on the list pool:
// db/prepared.ts `usesGenericPlans`) and run with the values of FILE.values.json beside it (bench/explain-route.ts
// DUMP=dir writes both for a route's statements). Usage:
//   DATABASE_URL=postgres://…/DB [RUNS=2000] node --import tsx bench/statement-ab.ts A.sql B.sql [C.sql…]
import { readFileSync } from 'node:fs';
import pg from 'pg';

const files = process.argv.slice(2);
const runs = Number(process.env.RUNS ?? 2000);
const client = new pg.Client(process.env.DATABASE_URL);
await client.connect();
await client.query('set plan_cache_mode = force_generic_plan');
const pid = (await client.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
const cpuNs = () => Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]);
const statements = files.map((file, i) => ({
  name: `ab${i}`,
  text: readFileSync(file, 'utf8'),
  values: JSON.parse(readFileSync(file.replace(/\.sql$/, '.values.json'), 'utf8')) as unknown[],
}));
const times = files.map(() => [] as number[]);
const WARM = 20;
for (let r = 0; r < runs + WARM; r++)
  for (let k = 0; k < statements.length; k++) {
    const i = r % 2 ? statements.length - 1 - k : k;
    const s = statements[i]!;
    const before = cpuNs();
    await client.query({ name: s.name, text: s.text, values: s.values });
    if (r >= WARM) times[i]!.push(cpuNs() - before);
  }
const median = (x: number[]) => [...x].sort((a, b) => a - b)[Math.floor(x.length / 2)]!;
const first = median(times[0]!);
files.forEach((file, i) =>
  console.log(
    `${file}: median ${(median(times[i]!) / 1000).toFixed(1)} µs a run, ${(median(times[i]!) / first).toFixed(3)}× the first`,
  ),
);
console.log(`${runs} runs each | load ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}`);
await client.end();
