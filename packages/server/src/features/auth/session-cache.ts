// Every API request needs its session; reading it from the database each time cost a round trip
// per request (a third of a form read). Sessions are cached in the process for a few seconds.
// Writes made by this process (logout, password change, disable, role or organisation change)
// forget the entries at once and announce what was forgotten (session-announce.ts), so that the other
// processes of the same deployment forget it too as soon as they hear it; `ttlMs` bounds how long a revoked
// session can live in a process that missed the announcement.
import type { Actor, SessionInfo } from '../../http/access.ts';

/** What a write revoked: one session, every session of a user, or all of them. */
export type SessionChange = { token: string } | { user: string } | 'all';

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
  /** Loads under way, by token hash: the requests that miss together wait for one statement. */
  private readonly loading = new Map<string, Promise<LoadedSession | null>>();
  /** Moves on every forget: a load that began before it does not keep what it read. */
  private generation = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
    /** Tells the other processes what this one forgot (nothing by default: one process). */
    private readonly announce: (change: SessionChange) => void = () => undefined,
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

  /**
   * The session of a token hash, cached, or read by `read` — once for all the requests that miss it at the
   * same time. When an entry's time ran out under load, every request in flight with that cookie missed
   * it together and each read the session again (50 connections: 50 statements at once, every few
   * seconds, queued before the lists' own — docs/scale.md). A session read is kept only if nothing was
   * forgotten while it was read.
   */
  async load(tokenHash: string, read: () => Promise<LoadedSession | null>): Promise<LoadedSession | null> {
    const cached = this.get(tokenHash);
    if (cached) return cached;
    const under = this.loading.get(tokenHash);
    if (under) return under;
    const generation = this.generation;
    const loaded = read().then(
      (value) => {
        if (this.loading.get(tokenHash) === loaded) this.loading.delete(tokenHash);
        if (value && generation === this.generation) this.set(tokenHash, value);
        return value;
      },
      (error: unknown) => {
        if (this.loading.get(tokenHash) === loaded) this.loading.delete(tokenHash);
        throw error;
      },
    );
    this.loading.set(tokenHash, loaded);
    return loaded;
  }

  forgetToken(tokenHash: string): void {
    this.heard({ token: tokenHash });
    this.announce({ token: tokenHash });
  }

  /** Forgets every session of a user (password, role, organisation or status changed). */
  forgetUser(userId: string): void {
    this.heard({ user: userId });
    this.announce({ user: userId });
  }

  /** Forgets everything (an organisation moved: the paths of many actors changed). */
  clear(): void {
    this.heard('all');
    this.announce('all');
  }

  /** Forgets what another process announced (or, not heard for a while, everything), announcing nothing. */
  heard(change: SessionChange): void {
    this.forgotten();
    if (change === 'all') this.entries.clear();
    else if ('token' in change) this.entries.delete(change.token);
    else for (const [k, e] of this.entries) if (e.value.actor.id === change.user) this.entries.delete(k);
  }

  /** A load under way may have read what was just forgotten: later requests read again. */
  private forgotten(): void {
    this.generation++;
    this.loading.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
