import { describe, expect, it } from 'vitest';
import { SessionCache, type LoadedSession } from './session-cache.ts';

const session = (userId: string, expiresAt = new Date(10_000_000)): LoadedSession => ({
  actor: {
    id: userId,
    username: userId,
    displayName: userId,
    role: 'filler',
    orgId: 'o',
    orgPath: '/o/',
    regionCode: '420100',
  },
  session: { tokenHash: `h-${userId}`, csrfToken: 'c' },
  expiresAt,
});

describe('SessionCache', () => {
  it('keeps a session for its time to live, never past the session’s own end', () => {
    let now = 1000;
    const cache = new SessionCache(5000, 100, () => now);
    cache.set('a', session('u1'));
    cache.set('b', session('u2', new Date(3000)));
    now = 2999;
    expect(cache.get('a')?.actor.id).toBe('u1');
    expect(cache.get('b')?.actor.id).toBe('u2');
    now = 3000;
    expect(cache.get('b')).toBeUndefined();
    now = 6000;
    expect(cache.get('a')).toBeUndefined();
  });

  it('forgets a token, all sessions of a user, or everything', () => {
    const cache = new SessionCache(5000, 100, () => 1000);
    cache.set('a', session('u1'));
    cache.set('a2', session('u1'));
    cache.set('b', session('u2'));
    cache.forgetToken('a');
    expect(cache.get('a')).toBeUndefined();
    cache.forgetUser('u1');
    expect(cache.get('a2')).toBeUndefined();
    expect(cache.get('b')).toBeDefined();
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it('holds at most its capacity, dropping the oldest first', () => {
    const cache = new SessionCache(5000, 2, () => 1000);
    cache.set('a', session('u1'));
    cache.set('b', session('u2'));
    cache.set('c', session('u3'));
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(2);
  });

  it('caches nothing when its time to live is zero', () => {
    const cache = new SessionCache(0);
    cache.set('a', session('u1'));
    expect(cache.get('a')).toBeUndefined();
  });

  it('reads a session once for all the requests that miss it together', async () => {
    const cache = new SessionCache(5000, 100, () => 1000);
    const { read, release, reads } = gatedRead();
    const waiting = Array.from({ length: 50 }, () => cache.load('a', read));
    release();
    const loaded = await Promise.all(waiting);
    expect(reads()).toBe(1);
    expect(new Set(loaded).size).toBe(1);
    expect(cache.get('a')?.actor.id).toBe('u1');
    await cache.load('a', read);
    expect(reads()).toBe(1);
  });

  it('does not keep a session read while it was forgotten, and reads again after', async () => {
    const cache = new SessionCache(5000, 100, () => 1000);
    const { read, release, reads } = gatedRead();
    const before = cache.load('a', read);
    cache.forgetUser('u1'); // e.g. the password changed while the session was being read
    release();
    await before;
    expect(cache.get('a')).toBeUndefined();
    await cache.load('a', read);
    expect(reads()).toBe(2);
    expect(cache.get('a')?.actor.id).toBe('u1');
  });

  it('keeps neither a failed read nor a missing session', async () => {
    const cache = new SessionCache(5000, 100, () => 1000);
    await expect(cache.load('a', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.load('a', async () => null)).toBeNull();
    expect(await cache.load('a', async () => session('u1'))).not.toBeNull();
    expect(cache.get('a')?.actor.id).toBe('u1');
  });
});

/** A session read that waits until released, counting how often it was called. */
function gatedRead() {
  let count = 0;
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const read = async () => {
    count++;
    await gate;
    return session('u1');
  };
  return { read, release, reads: () => count };
}
