// Every API request needs its session; reading it from the database each time cost a round trip
// per request (a third of a form read). Sessions are cached in the process for a few seconds.
// Writes made by this process (logout, password change, disable, role or organisation change)
// forget the entries at once; another process of the same deployment sees them at most
// `ttlMs` later, which bounds how long a revoked session can live elsewhere.
import type { Actor, SessionInfo } from '../../http/access.ts';

export interface LoadedSession {
  actor: Actor;
  session: SessionInfo;
  /** When the session itself ends (the cache never outlives it). */
  expiresAt: Date;
}

interface Entry {
  value: LoadedSession;
  until: number;
}

export class SessionCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The cached session of a token hash, `undefined` when not cached (misses are never cached). */
  get(tokenHash: string): LoadedSession | undefined {
    const e = this.entries.get(tokenHash);
    if (!e) return undefined;
    if (e.until <= this.now()) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    return e.value;
  }

  set(tokenHash: string, value: LoadedSession): void {
    if (this.ttlMs <= 0) return;
    const now = this.now();
    const until = Math.min(now + this.ttlMs, value.expiresAt.getTime());
    if (until <= now) return;
    // Oldest first out: Map keeps insertion order, and a refreshed entry is re-inserted at the end.
    this.entries.delete(tokenHash);
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(tokenHash, { value, until });
  }

  forgetToken(tokenHash: string): void {
    this.entries.delete(tokenHash);
  }

  /** Forgets every session of a user (password, role, organisation or status changed). */
  forgetUser(userId: string): void {
    for (const [k, e] of this.entries) if (e.value.actor.id === userId) this.entries.delete(k);
  }

  /** Forgets everything (an organisation moved: the paths of many actors changed). */
  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
