// How many processes a server runs (SERVER_WORKERS), and each process's share of what the configuration
// gives the whole server: N processes open the database connections and reading threads one process did.
import type { Config } from '../config.ts';

/**
 * `auto` runs at most this many: each process holds its own heap (~150 MB busy, with its young generation up to
 * 128 MB: node-flags.ts) and LISTEN connections, and past a few processes a server is better scaled by another
 * machine behind the load balancer (docs/scale.md).
 */
export const AUTO_MAX_WORKERS = 4;

/** Whether PostgreSQL runs on this host (a loopback address, localhost, or a Unix socket). */
export function databaseOnThisHost(databaseUrl: string): boolean {
  let host: string;
  try {
    const url = new URL(databaseUrl);
    host = url.searchParams.get('host') ?? url.hostname;
  } catch {
    return false;
  }
  host = host.replace(/^\[|\]$/g, '').toLowerCase();
  return host === '' || host.startsWith('/') || host === 'localhost' || host === '::1' || /^127\./.test(host);
}

/**
 * The processes to run. PGlite: one (the embedded database is opened by one process). `auto` on PostgreSQL: one
 * a core, at most AUTO_MAX_WORKERS — half the cores when the database shares the host, whose backends need the
 * other half (measured: docs/scale.md, h-cluster33).
 */
export function resolveWorkers(config: Pick<Config, 'serverWorkers' | 'databaseUrl'>, cores: number): number {
  if (config.databaseUrl === undefined) return 1;
  if (config.serverWorkers !== 'auto') return config.serverWorkers;
  const forServer = databaseOnThisHost(config.databaseUrl) ? Math.floor(cores / 2) : cores;
  return Math.max(1, Math.min(AUTO_MAX_WORKERS, forServer));
}

/**
 * One process's configuration in a server of `workers`: DATABASE_POOL_SIZE and IMPORT_WORKERS are the server's,
 * shared out (rounded up; at least 2 connections, one reading thread), so that the database host sees the
 * backends it was sized for whatever the number of processes.
 */
export function workerShare(config: Config, workers: number): Config {
  if (workers <= 1) return config;
  return {
    ...config,
    databasePoolSize: Math.max(2, Math.ceil(config.databasePoolSize / workers)),
    importWorkers: Math.max(1, Math.ceil(config.importWorkers / workers)),
  };
}
