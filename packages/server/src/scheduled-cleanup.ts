// The server's scheduled work: expired upload previews, old login failures and rate-limit windows deleted at
// start and every hour, off the requests' path. One process of a server runs it (the only one, or the primary
// of several: cluster/supervise-workers.ts), so that N processes do not sweep the same rows N times an hour.
import type { Config } from './config.ts';
import type { Db } from './db/client.ts';
import { pruneRateLimits } from './http/db-rate-limit-store.ts';
import { sweepPreviews } from './features/imports/preview-sweep.ts';
import { pruneLoginFailures } from './features/auth/login-throttle.ts';

const HOUR_MS = 3600_000;

export interface CleanupOptions {
  db: Db;
  config: Pick<Config, 'previewHours' | 'lockoutMinutes'>;
  clock: () => Date;
  warn: (e: unknown) => void;
  /** Told after each round (the tests and the log count them). */
  onRound?: (previewsDeleted: number) => void;
}

/**
 * Sweeps once now — the expired previews before this resolves, so that a restart after a long stop serves from
 * a clean table — then every hour. Returns the function that stops the hourly rounds.
 */
export async function startScheduledCleanup(options: CleanupOptions): Promise<() => void> {
  const { db, config, clock, warn, onRound } = options;
  const sweep = () =>
    sweepPreviews(db, clock(), config.previewHours * HOUR_MS).catch((e: unknown) => {
      warn(e);
      return 0;
    });
  const prune = () => {
    void pruneLoginFailures(db, config, clock()).catch(warn);
    void pruneRateLimits(db).catch(warn);
  };
  // Awaited apart: inside `onRound?.(…)` the sweep would run only when someone listens for its rounds.
  const n = await sweep();
  onRound?.(n);
  void pruneRateLimits(db).catch(warn);
  const timer = setInterval(() => {
    void sweep().then((n) => onRound?.(n));
    prune();
  }, HOUR_MS).unref();
  return () => clearInterval(timer);
}
