// Uploaded files are read in a small pool of worker threads (piscina), never on the event loop: a hostile
// or huge file then stalls no other request. Each task has a time budget; past it the worker is terminated
// and replaced, and the user is told why. A worker's heap is capped, so memory exhaustion ends the worker,
// not the server; workers run at a lower priority than the event loop. Idle workers exit after a minute,
// handing their memory back.
import { Piscina } from 'piscina';
import { ImportError, tooComplex } from '@jixiao/documents';
import type { DocumentReader } from './document-reader.ts';
import type { DocumentTask, RecognizeOutcome, RowsOutcome } from './document-task.ts';
import type { ImportOutcome } from '@jixiao/documents';

export interface DocumentPoolOptions {
  /** Worker threads at most (the machine has few cores; the event loop keeps one). */
  threads: number;
  /** Time budget of one file, queueing included. */
  timeoutMs: number;
  /** Heap cap of a worker. */
  memoryMb?: number;
  /** Keep one worker started (it takes seconds to load the readers); otherwise all start on demand. */
  warm?: boolean;
  /** Added to the workers' nice value (Linux); 10 unless told. */
  niceIncrement?: number;
  /** The worker module (tests give a stand-in to exercise the time and memory budgets). */
  worker?: URL;
}

function timedOut(timeoutMs: number): ImportError {
  return new ImportError(
    'import-timeout',
    `文件处理超时（超过 ${Math.round(timeoutMs / 1000)} 秒），已停止处理：文件可能过大或结构过于复杂，请删去无关内容或拆分后再导入；若服务器正忙，请稍后再试`,
  );
}

export function documentPool(options: DocumentPoolOptions): DocumentReader {
  const pool = new Piscina<DocumentTask, ImportOutcome | RowsOutcome | RecognizeOutcome>({
    filename: (options.worker ?? new URL('./document-worker.mjs', import.meta.url)).href,
    minThreads: options.warm ? 1 : 0,
    maxThreads: options.threads,
    idleTimeout: 60_000,
    execArgv: [],
    // Below the event loop's priority: on a busy machine a long file yields the CPU to requests.
    niceIncrement: options.niceIncrement ?? 10,
    resourceLimits: { maxOldGenerationSizeMb: options.memoryMb ?? 1536 },
  });

  async function run(task: DocumentTask): Promise<ImportOutcome | RowsOutcome | RecognizeOutcome> {
    const signal = AbortSignal.timeout(options.timeoutMs);
    try {
      return await pool.run(task, { signal });
    } catch (e) {
      if (signal.aborted) throw timedOut(options.timeoutMs);
      if ((e as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY')
        throw tooComplex('读取时所需内存超过上限');
      throw e; // the pool itself failed: a server fault, not the file's
    }
  }

  /** A task's data crosses by copy; a view into a larger buffer is cut out first so only the file is copied. */
  const own = (data: Uint8Array) =>
    data.byteOffset === 0 && data.byteLength === data.buffer.byteLength ? data : data.slice();

  return {
    async importBuffer(data, fileName) {
      try {
        return (await run({ op: 'import', data: own(data), fileName })) as ImportOutcome;
      } catch (e) {
        if (e instanceof ImportError) return { ok: false, format: null, error: e.toProblem() };
        throw e;
      }
    },
    async readRows(data, fileName) {
      const outcome = (await run({ op: 'rows', data: own(data), fileName })) as RowsOutcome;
      if (!outcome.ok) throw new ImportError(outcome.error.code, outcome.error.message);
      return { format: outcome.format, rows: outcome.rows };
    },
    async recognize(data, fileName, taught, picks) {
      try {
        const task: DocumentTask = {
          op: 'recognize',
          data: own(data),
          fileName,
          taught: [...taught],
          picks: [...picks],
        };
        return (await run(task)) as RecognizeOutcome;
      } catch (e) {
        if (e instanceof ImportError) return { ok: false, error: e.toProblem() };
        throw e;
      }
    },
    close: () => pool.destroy(),
  };
}
