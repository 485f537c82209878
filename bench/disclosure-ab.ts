// The public disclosure page of two checkouts over one database, and the bare Fastify routes it is measured
// against (a tiny JSON answer, and each checkout's page bytes sent as they are), all at 50 connections (wrk, or
// autocannon) in turn, ROUNDS rounds of SECONDS s, the order turned every round: on a loaded machine runs one
// after the other differ by more than a change does, so each round's ratios are of that round. Each server is
// list-cpu-server.ts of its checkout (caches off, a process of its own, the server's Node flags), as the server
// bench starts it. The pages are compared by meaning first (the same JSON). Seed: disclosure-seed.ts. Usage:
//   DATABASE_URL=postgres://…/DB CHECKOUT_A=/other/checkout [CHECKOUT_B=this one] [ROUNDS=6] [SECONDS=3] \
//     [CODING=identity|gzip|304] node --import tsx bench/disclosure-ab.ts
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { sql } from 'drizzle-orm';
import { fromPostgres, queryRows } from '../packages/server/src/db/client.ts';
import { SERVER_NODE_FLAGS } from '../packages/server/src/node-flags.ts';
import { cannon } from './load-generator.ts';

const here = new URL('..', import.meta.url).pathname;
const checkouts = { A: process.env.CHECKOUT_A ?? here, B: process.env.CHECKOUT_B ?? here };
const rounds = Number(process.env.ROUNDS ?? 6);
const seconds = Number(process.env.SECONDS ?? 3);
const coding = process.env.CODING ?? 'identity';
const browser = { 'accept-encoding': 'gzip, deflate, br' };

const children: ReturnType<typeof fork>[] = [];
const pidOf = new Map<string, number>();
/** A process's CPU time so far (user + system, ms) from /proc: the same reading for every server. */
const cpuMs = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in ticks of 1/100 s
};
/** Forks `module` with `flags`, sends it `first` if given, and answers its address once it listens. */
async function start(module: string, flags: readonly string[], first?: object): Promise<string> {
  const child = fork(module, [], { execArgv: [...flags, '--import', 'tsx'], env: process.env });
  children.push(child);
  const { port } = await new Promise<{ port: number }>((resolve, reject) => {
    child.once('message', (m) => resolve(m as { port: number }));
    child.once('exit', (code) => reject(new Error(`${module} exited (${code}) before listening`)));
    if (first) child.send(first);
  });
  const url = `http://127.0.0.1:${port}`;
  pidOf.set(url, child.pid!);
  return url;
}

const admin = fromPostgres(process.env.DATABASE_URL!, 1);
const paths = (
  await queryRows<{ org_id: string }>(admin.db, sql`select distinct org_id from budget_publications`)
).map((r) => `/api/public/disclosures/${r.org_id}/2025`);
await admin.close();

try {
  const servers = {
    A: await start(`${checkouts.A}/bench/list-cpu-server.ts`, SERVER_NODE_FLAGS),
    B: await start(`${checkouts.B}/bench/list-cpu-server.ts`, SERVER_NODE_FLAGS),
  };
  const pages: Record<'A' | 'B', Buffer> = { A: Buffer.alloc(0), B: Buffer.alloc(0) };
  const tags: Record<'A' | 'B', string> = { A: '', B: '' };
  for (const k of ['A', 'B'] as const) {
    const plain = await fetch(servers[k] + paths[0], { headers: { 'accept-encoding': 'identity' } });
    pages[k] = Buffer.from(await plain.arrayBuffer());
    const zipped = await fetch(servers[k] + paths[0], { headers: browser });
    tags[k] = zipped.headers.get('etag') ?? '';
    // fetch has decoded it already.
    if (!Buffer.from(await zipped.arrayBuffer()).equals(pages[k]))
      throw new Error(`${k}: the gzip page is not the plain page`);
    process.stdout.write(`${k}: ${checkouts[k]} — page ${pages[k].length} bytes\n`);
  }
  if (!isDeepStrictEqual(JSON.parse(pages.A.toString()), JSON.parse(pages.B.toString())))
    process.stdout.write('NOTE: the two pages differ in meaning (JSON not equal)\n');
  const bare = {
    A: await start(`${here}/bench/bare-server.ts`, [], { page: pages.A.toString('base64') }),
    B: await start(`${here}/bench/bare-server.ts`, [], { page: pages.B.toString('base64') }),
  };
  const headers = (k: 'A' | 'B'): Record<string, string> =>
    coding === 'identity' ? {} : coding === 'gzip' ? browser : { ...browser, 'if-none-match': tags[k] };
  /** A run: req/s, and the serving process's CPU a request (µs). */
  const measure = async (url: string, s: number, h?: Record<string, string>, p?: string[]) => {
    const base = url.replace(/\/(json|page)$/, '');
    const before = cpuMs(pidOf.get(base)!);
    const load = await cannon(url, s, h, p);
    const cpu = cpuMs(pidOf.get(base)!) - before;
    return { rps: load.rps, us: (cpu * 1000) / (load.rps * s) };
  };
  // A and B one after the other, the order turned every round (side by side, two wrk at once, the two
  // servers starved each other's answers on this machine: tens of requests a second).
  let turn = 0;
  const pair = async (a: () => Promise<{ rps: number; us: number }>, b: typeof a) => {
    if (turn++ % 2 === 0) {
      const x = await a();
      return [x, await b()] as const;
    }
    const y = await b();
    return [await a(), y] as const;
  };
  // A 304 run revalidates the one page whose tag it holds (another page's tag is no match: 200 and its bytes).
  const asked = coding === '304' ? paths.slice(0, 1) : paths;
  const pages_ = (s: number) =>
    pair(
      () => measure(servers.A, s, headers('A'), asked),
      () => measure(servers.B, s, headers('B'), asked),
    );
  const bytes_ = (s: number) =>
    pair(
      () => measure(`${bare.A}/page`, s),
      () => measure(`${bare.B}/page`, s),
    );
  await measure(`${bare.A}/json`, 1); // warm-up: JIT, every page read once and kept
  await pages_(1);
  await bytes_(1);
  const rows: Record<string, number>[] = [];
  const cpu: Record<string, number>[] = [];
  const settle = () => new Promise((res) => setTimeout(res, 1000));
  for (let r = 0; r < rounds; r++) {
    const bareRun = await measure(`${bare.A}/json`, seconds);
    await settle();
    const [a, b] = await pages_(seconds);
    await settle();
    const [bytesA, bytesB] = await bytes_(seconds);
    await settle();
    const got = { bare: bareRun.rps, A: a.rps, B: b.rps, bytesA: bytesA.rps, bytesB: bytesB.rps };
    const us = { bare: bareRun.us, A: a.us, B: b.us, bytesA: bytesA.us, bytesB: bytesB.us };
    rows.push(got);
    cpu.push(us);
    const f = (x: number) => x.toFixed(3);
    process.stdout.write(
      `round ${r + 1}: bare ${Math.round(got.bare)} req/s | in turn: A ${Math.round(got.A)} B ${Math.round(got.B)} req/s, B/A ${f(got.B / got.A)} | same bytes in turn: A ${Math.round(got.bytesA)} B ${Math.round(got.bytesB)} | server µs a request: bare ${Math.round(us.bare)} A ${Math.round(us.A)} B ${Math.round(us.B)} bytesA ${Math.round(us.bytesA)} bytesB ${Math.round(us.bytesB)}\n`,
    );
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const ratio = (a: string, b: string) => med(rows.map((g) => g[a]! / g[b]!)).toFixed(3);
  process.stdout.write(
    `median of rounds (${coding}): B/A ${ratio('B', 'A')} (req/s in turn); same-bytes routes B/A ${ratio('bytesB', 'bytesA')}\n` +
      `server CPU a request, median (µs): bare ${med(cpu.map((c) => c.bare!)).toFixed(0)} A ${med(cpu.map((c) => c.A!)).toFixed(0)} B ${med(cpu.map((c) => c.B!)).toFixed(0)} bytesA ${med(cpu.map((c) => c.bytesA!)).toFixed(0)} bytesB ${med(cpu.map((c) => c.bytesB!)).toFixed(0)}; B/A of the rounds' ratios ${med(cpu.map((c) => c.B! / c.A!)).toFixed(3)}\n`,
  );
} finally {
  for (const c of children) c.kill('SIGTERM');
}
