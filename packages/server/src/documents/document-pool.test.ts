// The pool's budgets with a stand-in worker (so that the timing does not depend on a real file): a task past
// its time budget is cancelled with import-timeout and its thread replaced; a task that exhausts the heap
// cap ends its thread, not the process, and is said to be too complex; the pool goes on in both cases.
import { afterEach, describe, expect, it } from 'vitest';
import { ImportError } from '@jixiao/documents';
import { documentPool } from './document-pool.ts';
import type { DocumentReader } from './document-reader.ts';

const worker = new URL('../test-support/stand-in-worker.mjs', import.meta.url);
const none = new Uint8Array(1);
let pool: DocumentReader | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

async function thread(reader: DocumentReader): Promise<string> {
  return (await reader.readRows(none, 'now')).rows[0]!.cells[0]!;
}

async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return 'no error';
  } catch (e) {
    if (e instanceof ImportError) {
      expect(e.message).toMatch(/[\u4e00-\u9fff]/);
      return e.code;
    }
    throw e;
  }
}

describe('documentPool', () => {
  it('answers within the budget; past it the task is cancelled, its thread terminated and replaced', async () => {
    pool = documentPool({ threads: 1, timeoutMs: 3000, worker });
    const first = await thread(pool);
    expect(await codeOf(pool.readRows(none, 'busy:10'))).toBe('no error');
    const t0 = performance.now();
    expect(await codeOf(pool.readRows(none, 'busy:120000'))).toBe('import-timeout');
    expect(performance.now() - t0).toBeLessThan(60_000); // not the two minutes the task wanted
    const next = await thread(pool);
    expect(next).not.toBe(first); // a new thread took the place of the terminated one
    const outcome = await pool.importBuffer(none, 'busy:120000');
    expect(outcome.ok ? 'ok' : outcome.error.code).toBe('import-timeout');
  }, 120_000);

  it('a task that exhausts the heap cap ends its thread with document-too-complex; the pool goes on', async () => {
    pool = documentPool({ threads: 1, timeoutMs: 60_000, worker, memoryMb: 32 });
    expect(await codeOf(pool.readRows(none, 'hog'))).toBe('document-too-complex');
    expect(await codeOf(pool.readRows(none, 'now'))).toBe('no error');
  }, 120_000);
});
