// How many processes a server runs, and each one's share of the connections and reading threads.
import { describe, expect, it } from 'vitest';
import { loadConfig, testConfig } from '../config.ts';
import { AUTO_MAX_WORKERS, databaseOnThisHost, resolveWorkers, workerShare } from './worker-count.ts';

const remote = 'postgres://jixiao@db.example.internal:5432/jixiao';
const local = 'postgres://postgres@127.0.0.1:5432/jixiao';

describe('resolveWorkers', () => {
  it('runs PGlite as one process whatever the host', () => {
    expect(resolveWorkers({ serverWorkers: 'auto', databaseUrl: undefined }, 16)).toBe(1);
  });

  it('auto: a process a core, at most four, half the cores where the database shares the host', () => {
    expect(resolveWorkers({ serverWorkers: 'auto', databaseUrl: remote }, 2)).toBe(2);
    expect(resolveWorkers({ serverWorkers: 'auto', databaseUrl: remote }, 16)).toBe(AUTO_MAX_WORKERS);
    expect(resolveWorkers({ serverWorkers: 'auto', databaseUrl: local }, 2)).toBe(1);
    expect(resolveWorkers({ serverWorkers: 'auto', databaseUrl: local }, 6)).toBe(3);
    expect(resolveWorkers({ serverWorkers: 'auto', databaseUrl: remote }, 1)).toBe(1);
  });

  it('takes a number as given', () => {
    expect(resolveWorkers({ serverWorkers: 3, databaseUrl: local }, 2)).toBe(3);
  });
});

describe('databaseOnThisHost', () => {
  it('knows loopback addresses, localhost and sockets from other hosts', () => {
    expect(databaseOnThisHost(local)).toBe(true);
    expect(databaseOnThisHost('postgres://u@localhost/db')).toBe(true);
    expect(databaseOnThisHost('postgres://u@[::1]:5432/db')).toBe(true);
    expect(databaseOnThisHost('postgres:///db?host=/var/run/postgresql')).toBe(true);
    expect(databaseOnThisHost(remote)).toBe(false);
    expect(databaseOnThisHost('postgres://u@10.0.0.5/db')).toBe(false);
  });
});

describe('workerShare', () => {
  it('shares the pool and the reading threads out, rounded up, never below two connections and one thread', () => {
    const config = testConfig({ databasePoolSize: 10, importWorkers: 2 });
    expect(workerShare(config, 1)).toBe(config);
    expect(workerShare(config, 2)).toMatchObject({ databasePoolSize: 5, importWorkers: 1 });
    expect(workerShare(config, 3)).toMatchObject({ databasePoolSize: 4, importWorkers: 1 });
    expect(workerShare(testConfig({ databasePoolSize: 3 }), 4)).toMatchObject({ databasePoolSize: 2 });
  });
});

describe('SERVER_WORKERS', () => {
  it('is auto by default, a number when given', () => {
    expect(loadConfig({}).serverWorkers).toBe('auto');
    expect(loadConfig({ DATABASE_URL: local, SERVER_WORKERS: '2' }).serverWorkers).toBe(2);
  });

  it('refuses several processes on PGlite, and a count that is not one, in Chinese', () => {
    expect(() => loadConfig({ SERVER_WORKERS: '2' })).toThrow(/PGlite 只能由一个进程打开/);
    expect(loadConfig({ SERVER_WORKERS: '1' }).serverWorkers).toBe(1);
    expect(() => loadConfig({ DATABASE_URL: local, SERVER_WORKERS: 'many' })).toThrow(/配置错误/);
    expect(() => loadConfig({ DATABASE_URL: local, SERVER_WORKERS: '0' })).toThrow(/SERVER_WORKERS/);
  });
});
