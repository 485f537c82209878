// Sign-in throttling that neither tells which accounts exist nor lets anyone lock an account out: failures are
// counted per account name (known or not, alike) and per client address; past the threshold each further
// attempt must wait a delay that doubles per failure — up to ACCOUNT_DELAY_CAP for an account (its owner
// waits seconds, never a quarter of an hour) and up to LOCKOUT_MINUTES for an address (one that guesses at
// many accounts is slowed to a crawl). A success clears both counts.
import { inArray, lt, sql } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import type { Executor } from '../../db/client.ts';
import { loginFailures } from '../../db/schema.ts';

/** The longest an account's owner may be asked to wait, however many failures others caused. */
export const ACCOUNT_DELAY_CAP_SECONDS = 30;

export interface ThrottleKeys {
  account: string;
  address: string;
}

export function throttleKeys(username: string, ip: string | null): ThrottleKeys {
  return { account: `account:${username.trim().toLowerCase()}`, address: `address:${ip ?? 'unknown'}` };
}

/** Seconds to wait after `failures` failures (the first `threshold` are free), at most `cap`. */
export function delaySeconds(failures: number, threshold: number, cap: number): number {
  if (failures < threshold) return 0;
  return Math.min(cap, 2 ** Math.min(failures - threshold, 30));
}

/** Seconds the caller must still wait before this attempt may be checked (0: go ahead). */
export async function waitBeforeAttempt(
  ex: Executor,
  config: Config,
  keys: ThrottleKeys,
  now: Date,
): Promise<number> {
  const rows = await ex
    .select()
    .from(loginFailures)
    .where(inArray(loginFailures.key, [keys.account, keys.address]));
  const windowMs = config.lockoutMinutes * 60_000;
  let wait = 0;
  for (const r of rows) {
    if (now.getTime() - r.lastFailureAt.getTime() >= windowMs) continue; // forgotten
    const cap = r.key === keys.account ? ACCOUNT_DELAY_CAP_SECONDS : config.lockoutMinutes * 60;
    const until = r.lastFailureAt.getTime() + delaySeconds(r.failures, config.lockoutThreshold, cap) * 1000;
    wait = Math.max(wait, Math.ceil((until - now.getTime()) / 1000));
  }
  return wait;
}

/** Counts a failure for the account name and the address (a count older than the window starts again). */
export async function recordFailure(
  ex: Executor,
  config: Config,
  keys: ThrottleKeys,
  now: Date,
): Promise<void> {
  const windowStart = new Date(now.getTime() - config.lockoutMinutes * 60_000);
  await ex
    .insert(loginFailures)
    .values([keys.account, keys.address].map((key) => ({ key, failures: 1, lastFailureAt: now })))
    .onConflictDoUpdate({
      target: loginFailures.key,
      set: {
        failures: sql`CASE WHEN ${loginFailures.lastFailureAt} < ${windowStart} THEN 1 ELSE ${loginFailures.failures} + 1 END`,
        lastFailureAt: now,
      },
    });
}

export async function clearFailures(ex: Executor, keys: ThrottleKeys): Promise<void> {
  await ex.delete(loginFailures).where(inArray(loginFailures.key, [keys.account, keys.address]));
}

/** Forgets failures older than the window (run with the hourly clean-up). */
export async function pruneLoginFailures(
  ex: Executor,
  config: Pick<Config, 'lockoutMinutes'>,
  now: Date,
): Promise<void> {
  await ex
    .delete(loginFailures)
    .where(lt(loginFailures.lastFailureAt, new Date(now.getTime() - config.lockoutMinutes * 60_000)));
}
