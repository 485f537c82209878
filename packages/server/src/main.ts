// Start the server: read the configuration, open and migrate the database (PGlite in ./data by
// default), seed the demo city into a new database (default with PGlite, or with --demo / DEMO=true),
// listen; close everything on SIGINT/SIGTERM. On PostgreSQL with SERVER_WORKERS above one (or `auto` on a
// host with the cores: cluster/worker-count.ts) this process is the primary of several that share the port:
// it migrates, seeds and runs the scheduled clean-up once, then starts the workers and restarts any that dies.
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { buildApp } from './app.ts';
import { loadConfig, type Config } from './config.ts';
import { openDatabase, type Database } from './db/client.ts';
import { seedDemo, type DemoResult } from './demo/seed-demo.ts';
import { superviseWorkers } from './cluster/supervise-workers.ts';
import { resolveWorkers, workerShare } from './cluster/worker-count.ts';
import { startScheduledCleanup } from './scheduled-cleanup.ts';

/** How long a worker may take to finish what it holds when told to stop. */
const WORKER_STOP_MS = 30_000;

function printDemo(result: DemoResult): void {
  const lines = [
    '',
    '演示数据已创建 (demo city created). 以下密码只显示这一次 (passwords are shown once):',
    ...result.accounts.map((a) => `  ${a.role.padEnd(9)} ${a.username.padEnd(14)} ${a.password}   ${a.org}`),
    `  导入表单 ${result.forms} 份${result.notes.length ? '；' + result.notes.join('；') : ''}`,
    '',
  ];
  console.log(lines.join('\n'));
}

/** Runs `close` once on the first SIGINT/SIGTERM, then exits 0. */
function onSignals(close: (signal: string) => Promise<void>): void {
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: closing`);
    try {
      await close(signal);
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

function startLine(config: Config, port: number, database: Database, workers: number): string {
  const where = database.driver === 'pglite' ? `PGlite ${config.dataDir}` : 'PostgreSQL';
  const processes = workers > 1 ? `, ${workers} 个服务进程 (workers)` : '';
  return `Jixiao server: http://${config.host}:${port}/api/docs (${where}${processes})`;
}

/** What only one process of a server does, before any serves: the schema brought up to date, the demo city. */
async function prepare(config: Config, database: Database): Promise<void> {
  await database.migrate();
  if (config.demo || process.argv.includes('--demo')) {
    const demo = await seedDemo(database);
    if (demo) printDemo(demo);
  }
}

/** One process serving: the whole server, or (`worker`) one of several, its database prepared by the primary. */
async function serve(config: Config, worker: boolean): Promise<void> {
  const database = await openDatabase(config);
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  const close = async () => {
    try {
      await app?.close();
    } finally {
      await database.close();
    }
  };
  onSignals(close);
  // A worker whose primary is gone (killed) finishes too, rather than serve on unsupervised — within the time the
  // primary would have given it, should a request it holds never end.
  if (worker)
    process.on('disconnect', () => {
      setTimeout(() => process.exit(1), WORKER_STOP_MS).unref();
      process.kill(process.pid, 'SIGTERM');
    });
  try {
    if (!worker) await prepare(config, database);
    app = await buildApp({
      config,
      database,
      warmDocuments: config.importWorkersWarm,
      scheduledCleanup: !worker,
    });
    await app.listen({ host: config.host, port: config.port });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    if (!worker) console.log(startLine(config, port, database, 1));
  } catch (e) {
    console.error(e);
    await close().catch(() => undefined);
    process.exit(1);
  }
}

/** The primary of `workers` processes: prepares the database once, runs the clean-up once, supervises. */
async function supervise(config: Config, workers: number): Promise<void> {
  // Its own few connections: the migrations, the demo seed, the hourly clean-up.
  const database = await openDatabase({ ...config, databasePoolSize: 2 });
  let stopCleanup: (() => void) | undefined;
  let supervisor: ReturnType<typeof superviseWorkers> | undefined;
  const close = async () => {
    stopCleanup?.();
    try {
      await supervisor?.stop();
    } finally {
      await database.close();
    }
  };
  onSignals(close);
  try {
    await prepare(config, database);
    stopCleanup = await startScheduledCleanup({
      db: database.db,
      config,
      clock: () => new Date(),
      warn: (e) => console.error(e),
      onRound: (n) => console.error(`定时清理 (scheduled clean-up, pid ${process.pid}): ${n} 个过期预览文件`),
    });
    supervisor = superviseWorkers({
      count: workers,
      stopTimeoutMs: WORKER_STOP_MS,
      env: { SERVER_WORKERS: String(workers) },
      log: (line) => console.error(line),
    });
    const port = await supervisor.listening;
    console.log(startLine(config, port, database, workers));
  } catch (e) {
    console.error(e);
    await close().catch(() => undefined);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
  if (cluster.isWorker) {
    // The primary put the resolved count in this process's SERVER_WORKERS.
    const workers = config.serverWorkers === 'auto' ? 1 : config.serverWorkers;
    return serve(workerShare(config, workers), true);
  }
  const workers = resolveWorkers(config, availableParallelism());
  return workers > 1 ? supervise(config, workers) : serve(config, false);
}

void main();
