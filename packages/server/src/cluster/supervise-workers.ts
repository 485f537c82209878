// The primary of a server of several processes (node:cluster): starts the workers, which share one listening
// port (the primary accepts and hands connections round-robin), starts again one that dies, logging it, and
// on stop asks every worker to finish (SIGTERM: no new connections, the requests in hand answered) and waits.
import cluster, { type Worker } from 'node:cluster';

export interface SuperviseOptions {
  count: number;
  /** Added to each worker's environment. */
  env?: Record<string, string>;
  /** One line for the log (the primary's standard error). */
  log: (line: string) => void;
  /** Longest a worker may take to finish on stop before it is killed. */
  stopTimeoutMs?: number;
  /** The wait before a dead worker is started again, by how many died in the last minute (a crash loop waits longer). */
  restartDelayMs?: (recentDeaths: number) => number;
}

export interface Supervisor {
  /** Every worker listening, at this port; rejects when a worker exits before it ever listened (a start-up error). */
  listening: Promise<number>;
  /** The workers' process ids now. */
  pids(): number[];
  /** Asks every worker to finish and resolves once all have exited. */
  stop(): Promise<void>;
}

const MINUTE_MS = 60_000;
/** 0.5 s after one death, doubling with each further one in the minute, at most 30 s. */
export const defaultRestartDelay = (recentDeaths: number) =>
  Math.min(30_000, 500 * 2 ** Math.max(0, recentDeaths - 1));

export function superviseWorkers(options: SuperviseOptions): Supervisor {
  const { count, env = {}, log, stopTimeoutMs = 30_000, restartDelayMs = defaultRestartDelay } = options;
  const workers = new Set<Worker>();
  const listened = new Set<Worker>();
  let deaths: number[] = [];
  let stopping = false;
  let started = false;
  let resolveListening!: (port: number) => void;
  let rejectListening!: (e: Error) => void;
  const listening = new Promise<number>((res, rej) => {
    resolveListening = res;
    rejectListening = rej;
  });
  listening.catch(() => undefined); // the caller's to handle; never an unhandled rejection here
  const restarts = new Set<NodeJS.Timeout>();

  const start = () => {
    const worker = cluster.fork(env);
    workers.add(worker);
    worker.on('listening', (address) => {
      listened.add(worker);
      if (started) log(`服务进程 ${worker.process.pid} 已重新启动 (worker restarted, listening)`);
      else log(`服务进程 ${worker.process.pid} 已启动 (worker listening)`);
      if (!started && listened.size === count) {
        started = true;
        resolveListening(address.port);
      }
    });
    worker.on('exit', (code, signal) => {
      workers.delete(worker);
      const how = signal ? `signal ${signal}` : `code ${code}`;
      if (stopping) return;
      if (!started && !listened.has(worker)) {
        rejectListening(
          new Error(`服务进程 ${worker.process.pid} 启动失败 (worker failed to start, ${how})`),
        );
        return;
      }
      const now = Date.now();
      deaths = [...deaths.filter((t) => now - t < MINUTE_MS), now];
      const delay = restartDelayMs(deaths.length);
      log(
        `服务进程 ${worker.process.pid} 意外退出 (worker died, ${how})；${(delay / 1000).toFixed(1)} 秒后重新启动 (restarting)`,
      );
      const timer = setTimeout(() => {
        restarts.delete(timer);
        if (!stopping) start();
      }, delay);
      restarts.add(timer);
    });
  };
  for (let i = 0; i < count; i++) start();

  return {
    listening,
    pids: () => [...workers].flatMap((w) => (w.process.pid === undefined ? [] : [w.process.pid])),
    async stop() {
      stopping = true;
      restarts.forEach(clearTimeout);
      const exits = [...workers].map(
        (w) =>
          new Promise<void>((res) => {
            if (w.isDead()) return res();
            const kill = setTimeout(() => w.process.kill('SIGKILL'), stopTimeoutMs);
            w.once('exit', () => {
              clearTimeout(kill);
              res();
            });
            w.process.kill('SIGTERM');
          }),
      );
      await Promise.all(exits);
    },
  };
}
