// Where a list request's server CPU goes, by function: one checkout's app (caches off) asked one list's paths by
// `inject`, COUNT requests CONCURRENCY at a time, under V8's CPU profiler started and stopped around the loop
// (node:inspector), and the self time of the busiest functions printed. In one process with no HTTP, a sample
// is the main thread's work (the database's waits are idle samples, left out). LIST: as list-ab-cpu.ts names
// them (forms.first, entries.deep, batches.first, audit.deep, …).
//   DATABASE_URL=… LIST=batches.first [COUNT=3000] [TOP=40] node --import tsx bench/list-profile.ts
import { Session } from 'node:inspector/promises';
import { checkoutApp, benchFinanceLogin } from './checkout-app.ts';
import { firstRound, listPaths } from './province-lists.ts';

const here = new URL('..', import.meta.url).pathname;
const list = process.env.LIST ?? 'batches.first';
const count = Number(process.env.COUNT ?? 3000);
const top = Number(process.env.TOP ?? 40);
const concurrency = Number(process.env.CONCURRENCY ?? 10);

const { admin, password } = await benchFinanceLogin();
const round = await firstRound(admin);
if (!round) throw new Error('no monitoring round: seed with bench/list-seed.ts');
const others = await listPaths(admin, round.id, round.year);
const [kind, depth] = list.split('.') as [string, 'first' | 'deep'];
const byKind: Record<string, keyof typeof others> = {
  'self-evaluations': 'self-evaluations',
  entries: 'monitoring-entries',
  budgets: 'budgets',
  batches: 'check-batches',
  audit: 'audit',
};
const paths = process.env.PATHS?.split(' ') ?? others[byKind[kind]!]![depth];
const a = await checkoutApp(process.env.CHECKOUT ?? here, password);
const cookie = kind === 'audit' ? a.adminCookie : a.cookie;

async function run(n: number) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < n; i = next++) {
        const r = await a.app.inject({ method: 'GET', url: paths[i % paths.length]!, headers: { cookie } });
        if (r.statusCode !== 200) throw new Error(`${r.statusCode} ${r.body.slice(0, 200)}`);
      }
    }),
  );
}
await run(Math.min(1000, count));
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
const c0 = process.cpuUsage();
await run(count);
const c = process.cpuUsage(c0);
const { profile } = await session.post('Profiler.stop');
type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
};
const nodes = profile.nodes as Node[];
const self = new Map<string, number>();
let total = 0;
let idle = 0;
for (const n of nodes) {
  const f = n.callFrame;
  const key = `${f.functionName || '(anon)'} ${f.url.replace(/^.*node_modules\//, '').replace(/^.*\/src\//, 'src/')}:${f.lineNumber + 1}`;
  if (f.functionName === '(idle)' || f.functionName === '(program)') idle += n.hitCount;
  else total += n.hitCount;
  self.set(key, (self.get(key) ?? 0) + n.hitCount);
}
console.log(
  `${list}: ${((c.user + c.system) / 1000 / count).toFixed(3)} ms CPU a request; ${total} busy samples, ${idle} idle/program`,
);
for (const [key, hits] of [...self].sort((x, y) => y[1] - x[1]).slice(0, top))
  console.log(`${((100 * hits) / total).toFixed(1).padStart(5)} %  ${key}`);
session.disconnect();
await a.app.close();
await a.database.close();
await admin.close();
