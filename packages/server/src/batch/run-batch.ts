// Runs a batch: documents are loaded and checked a few at a time (about two per checking thread, so the
// threads never wait and at most that many files are in memory), each result handed on as soon as it is
// known. A document that fails is a result like the others; the batch goes on.
import { problemOf } from '@jixiao/documents';
import type { BatchSource } from './batch-sources.ts';
import type { DocumentChecker } from './check-pool.ts';
import { failedDocument, type DocumentCheck } from './document-check.ts';

export interface BatchOptions {
  /** Keep each document's read text (the web report shows findings in it). */
  keepText?: boolean;
  /** Files loaded at once (default: twice the checker's threads). */
  concurrency?: number;
  /** Stops taking documents (those under way finish). */
  signal?: AbortSignal;
  /** Called as each document is done, with its place in the batch and the count done so far. */
  onDocument(result: DocumentCheck, index: number, done: number): void | Promise<void>;
}

export async function runBatch(
  sources: readonly BatchSource[],
  checker: DocumentChecker,
  options: BatchOptions,
): Promise<void> {
  const concurrency = Math.max(1, options.concurrency ?? checker.threads * 2);
  let next = 0;
  let done = 0;
  async function lane(): Promise<void> {
    while (next < sources.length && !options.signal?.aborted) {
      const index = next++;
      const source = sources[index]!;
      let result: DocumentCheck;
      try {
        const data = await source.load();
        result = await checker.check(data, source.name, options.keepText ?? false);
      } catch (e) {
        const p = problemOf(e);
        result = failedDocument(source.name, null, p.code, p.message);
      }
      done++;
      await options.onDocument(result, index, done);
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, sources.length) }, lane));
}
