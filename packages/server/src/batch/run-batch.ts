// Runs a batch: documents are loaded and checked a few at a time (about two per checking thread, so the
// threads never wait and at most that many files are in memory), each result handed on as soon as it is
// known. A document that fails is a result like the others; the batch goes on.
// Legacy .doc/.xls are set aside as they are met and converted by LibreOffice in groups (one start for up to
// LEGACY_BATCH_SIZE files, beside the checking of the others) — one start per file cost 2–4 s each.
import { convertLegacyBatch, findOffice, LEGACY_BATCH_SIZE, problemOf, sniffFormat } from '@jixiao/documents';
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
  /** Convert .doc/.xls in groups (default: when LibreOffice is installed); false: each as the reader does. */
  groupLegacy?: boolean;
  /** Called as each document is done, with its place in the batch and the count done so far. */
  onDocument(result: DocumentCheck, index: number, done: number): void | Promise<void>;
}

export async function runBatch(
  sources: readonly BatchSource[],
  checker: DocumentChecker,
  options: BatchOptions,
): Promise<void> {
  const concurrency = Math.max(1, options.concurrency ?? checker.threads * 2);
  const groupLegacy = options.groupLegacy ?? findOffice() !== null;
  let next = 0;
  let done = 0;
  const finish = async (result: DocumentCheck, index: number) => {
    done++;
    await options.onDocument(result, index, done);
  };
  const failed = (name: string, e: unknown) => {
    const p = problemOf(e);
    return failedDocument(name, null, p.code, p.message);
  };

  // Legacy files met by the lanes (their bytes dropped: a group loads them again when its turn comes).
  const legacy: number[] = [];
  let lanesDone = false;
  let wake: (() => void) | null = null;
  const nudge = () => {
    wake?.();
    wake = null;
  };

  async function lane(): Promise<void> {
    while (next < sources.length && !options.signal?.aborted) {
      const index = next++;
      const source = sources[index]!;
      let result: DocumentCheck;
      try {
        const data = await source.load();
        if (groupLegacy && sniffFormat(data.subarray(0, 8)) === 'ole') {
          legacy.push(index);
          if (legacy.length >= LEGACY_BATCH_SIZE) nudge();
          continue;
        }
        result = await checker.check(data, source.name, options.keepText ?? false);
      } catch (e) {
        result = failed(source.name, e);
      }
      await finish(result, index);
    }
  }

  async function legacyLane(): Promise<void> {
    for (;;) {
      if (legacy.length < LEGACY_BATCH_SIZE && !lanesDone) {
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      if (legacy.length === 0 || options.signal?.aborted) return;
      const group = legacy.splice(0, LEGACY_BATCH_SIZE);
      const loaded = await Promise.all(
        group.map((i) =>
          sources[i]!.load().then(
            (data) => ({ ok: true as const, data, name: sources[i]!.name }),
            (error: unknown) => ({ ok: false as const, error }),
          ),
        ),
      );
      const readable = loaded.flatMap((l) => (l.ok ? [l] : []));
      const converted = await convertLegacyBatch(readable);
      const conversionOf = new Map(readable.map((l, k) => [l, converted[k]!]));
      await Promise.all(
        group.map(async (index, j) => {
          const l = loaded[j]!;
          const name = sources[index]!.name;
          if (!l.ok) return finish(failed(name, l.error), index);
          const c = conversionOf.get(l)!;
          const result = c.ok
            ? await checker
                .check(c.data, name, options.keepText ?? false, 'ole')
                .catch((e: unknown) => failed(name, e))
            : failed(name, c.error);
          await finish(result, index);
        }),
      );
    }
  }

  const legacyDone = groupLegacy ? legacyLane() : Promise.resolve();
  await Promise.all(Array.from({ length: Math.min(concurrency, sources.length) }, lane));
  lanesDone = true;
  nudge();
  await legacyDone;
}
