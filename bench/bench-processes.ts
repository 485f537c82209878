// The server bench's processes: on PostgreSQL the uncached server (list-cpu-server.ts, with the server's Node
// flags) and the bare baseline routes (bare-server.ts) each run in a child process of their own, as deployed;
// BENCH_TAIL=1 asks the uncached server for its own figures of each run. On PGlite the baseline stays in the
// bench's process.
import { fork, type ChildProcess } from 'node:child_process';
import { bareRoutes } from './bare-routes.ts';
import { SERVER_NODE_FLAGS } from '../packages/server/src/node-flags.ts';

/**
 * Starts list-cpu-server.ts (the server with its caches off) over `url` in a child process and answers its
 * address; its pool as BENCH_POOL / BENCH_LIST_POOL say, else as a deployment opens it. Closed with `servers`.
 */
export async function startServerProcess(
  url: string,
  servers: { close(): Promise<unknown> }[],
): Promise<string> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url };
  delete env.POOL;
  delete env.LIST_POOL;
  if (process.env.BENCH_POOL !== undefined) env.POOL = process.env.BENCH_POOL;
  if (process.env.BENCH_LIST_POOL !== undefined) env.LIST_POOL = process.env.BENCH_LIST_POOL;
  env.WORKERS = String(benchWorkers);
  // BENCH_TAIL=1: the server traces its requests' statements too (request-trace.ts), for the first second's parts;
  // BENCH_TAIL=light: the figures without that trace (it makes every request 2–3× slower: docs/scale.md, h-tails37).
  if (process.env.BENCH_TAIL === '1') env.TRACE = '1';
  // As it is started (`npm start`): with the server's Node flags.
  return forkListening(
    './list-cpu-server.ts',
    env,
    servers,
    'the uncached server',
    undefined,
    (child) => {
      uncachedServer = child;
    },
    SERVER_NODE_FLAGS,
  );
}

/**
 * BENCH_WORKERS=N: on PostgreSQL the uncached server runs as N processes sharing its port (SERVER_WORKERS, node:cluster),
 * and the bare route as N too, so that the ratios stay like with like; 1 by default.
 */
export const benchWorkers = Math.max(1, Number(process.env.BENCH_WORKERS ?? 1));

/** The uncached server's process (on PostgreSQL), asked for its own figures of a run (BENCH_TAIL=1). */
let uncachedServer: ChildProcess | undefined;

/**
 * BENCH_TAIL=1: after each run of the uncached server, its own figures of that run on stderr — the time a request
 * spent in it (p50/p99), its GCs, its event loop's delay, and the p99 of the requests answered in the run's
 * first second against the rest — so that a run's tail can be told the server's or the machine's, and a
 * start's from a steady one.
 */
export async function serverFigures(reset: boolean): Promise<Record<string, unknown> | undefined> {
  const child = uncachedServer;
  if (!['1', 'light'].includes(process.env.BENCH_TAIL ?? '') || !child) return undefined;
  return new Promise((resolve) => {
    child.once('message', (m) => resolve(m as Record<string, unknown>));
    child.send(reset ? '?reset' : '?');
  });
}

/** Starts bare-server.ts (the baseline routes, `/json` and `/page` sending `page`) in a child process. */
export async function startBareProcess(
  page: Buffer,
  servers: { close(): Promise<unknown> }[],
): Promise<string> {
  return forkListening(
    './bare-server.ts',
    { ...process.env, WORKERS: String(benchWorkers) },
    servers,
    'the bare route',
    {
      page: page.toString('base64'),
    },
  );
}

/** The baseline routes in this process (beside an uncached server that is in it too, on PGlite). */
export async function startBareApp(page: Buffer, servers: { close(): Promise<unknown> }[]): Promise<string> {
  const app = bareRoutes(page);
  servers.push(app);
  await app.listen({ host: '127.0.0.1', port: 0 });
  return `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
}

/**
 * Forks `module` (next to this file), sends it `first` if given, and answers `http://127.0.0.1:PORT` once the
 * child reports the port it listens on. The child is killed when `servers` are closed.
 */
async function forkListening(
  module: string,
  env: NodeJS.ProcessEnv,
  servers: { close(): Promise<unknown> }[],
  what: string,
  first?: object,
  started?: (child: ChildProcess) => void,
  nodeFlags: readonly string[] = [],
): Promise<string> {
  const child = fork(new URL(module, import.meta.url), [], {
    execArgv: [...nodeFlags, '--import', 'tsx'],
    env,
  });
  started?.(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  servers.push({
    close: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  });
  const ready = new Promise<{ port: number }>((resolve, reject) => {
    child.once('message', (m) => resolve(m as { port: number }));
    child.once('exit', (code) =>
      reject(new Error(`${what} (a process of its own) exited (${code}) before listening`)),
    );
  });
  if (first) child.send(first);
  return `http://127.0.0.1:${(await ready).port}`;
}
