// Documents of a batch are read and checked in a pool of worker threads (piscina), as uploads are read
// (documents/document-pool.ts): each file has a time budget and each worker a capped heap, so a hostile or
// huge file ends as a row of the report with its reason — never the batch, the CLI or the server.
import { Piscina } from 'piscina';
import { availableParallelism } from 'node:os';
import { checkDocument, type CheckTask } from './check-task.ts';
import { failedDocument, type DocumentCheck } from './document-check.ts';

export interface DocumentChecker {
  /**
   * Never throws for a bad file: the document carries its error. `formatAs`: the format to report when the
   * bytes are a conversion (a .doc converted to .docx is reported as the legacy file it was).
   */
  check(data: Uint8Array, name: string, keepText: boolean, formatAs?: string): Promise<DocumentCheck>;
  /** Threads that check at once (the batch keeps about twice as many files loaded). */
  readonly threads: number;
  close(): Promise<void>;
}

export interface CheckPoolOptions {
  threads?: number;
  /** Time budget of one file, queueing excluded (the batch queues files itself). */
  timeoutMs: number;
  /** Heap cap of a worker. */
  memoryMb?: number;
  /** Start every thread now (a batch about to run), not on demand: each takes seconds to load the readers. */
  eager?: boolean;
  /**
   * Added to the threads' nice value (Linux). The server's batches run at 10 so that its requests stay quick;
   * the CLI's batch is the work its user is waiting for and runs at 0 — at 10 it got a tenth of the CPU of
   * any other busy process (a batch of 1,000 took 59 s instead of about 25 s on a machine with other work).
   */
  niceIncrement?: number;
}

// The CLI's main thread only loads files and writes the report: every core can check.
export const defaultThreads = () => Math.max(1, Math.min(8, availableParallelism()));

export function checkPool(options: CheckPoolOptions): DocumentChecker {
  const threads = options.threads ?? defaultThreads();
  const pool = new Piscina<CheckTask, DocumentCheck>({
    filename: new URL('./check-worker.mjs', import.meta.url).href,
    minThreads: options.eager ? threads : 0,
    maxThreads: threads,
    idleTimeout: 30_000,
    execArgv: [],
    niceIncrement: options.niceIncrement ?? 10,
    resourceLimits: { maxOldGenerationSizeMb: options.memoryMb ?? 1024 },
  });
  return {
    threads,
    async check(data, name, keepText, formatAs) {
      const signal = AbortSignal.timeout(options.timeoutMs);
      try {
        return await pool.run({ data, name, keepText, ...(formatAs ? { formatAs } : {}) }, { signal });
      } catch (e) {
        if (signal.aborted)
          return failedDocument(
            name,
            null,
            'import-timeout',
            `文件处理超时（超过 ${Math.round(options.timeoutMs / 1000)} 秒），已停止处理：文件可能过大或结构过于复杂`,
          );
        if ((e as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY')
          return failedDocument(name, null, 'document-too-complex', '文件过于复杂：读取时所需内存超过上限');
        throw e; // the pool itself failed: not the file's fault
      }
    },
    close: () => pool.destroy(),
  };
}

/** Checks on the calling thread (tests; a hostile file then blocks it). */
export const inProcessChecker: DocumentChecker = {
  threads: 1,
  check: (data, name, keepText, formatAs) =>
    checkDocument({ data, name, keepText, ...(formatAs ? { formatAs } : {}) }),
  close: async () => {},
};
