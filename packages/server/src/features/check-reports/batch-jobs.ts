// The background work of 检查报告: an upload becomes a stored batch at once (the answer carries its id),
// then its documents are read and checked in the batch pool, each stored as it is done so that the page
// shows the progress. The uploaded bytes stay in memory only while the batch runs; a corrupt file is a
// row with its reason and the rest go on. On shutdown the running batches stop at once (the documents
// under way are cut off) and are marked failed (中断), never left running.
import type { Db } from '../../db/client.ts';
import { sourcesOfBytes, type BatchSource } from '../../batch/batch-sources.ts';
import type { DocumentChecker } from '../../batch/check-pool.ts';
import { runBatch } from '../../batch/run-batch.ts';
import type { Actor } from '../../http/access.ts';
import { failedDocument, type DocumentCheck } from '../../batch/document-check.ts';
import { createBatch, finishBatch, recordDocument } from './check-reports.repo.ts';

export interface Upload {
  name: string;
  data: Uint8Array;
}

export interface BatchJobs {
  start(actor: Actor, year: number, uploads: Upload[]): Promise<string>;
  /** Stops the running batches: no new document is taken, `stopChecking` ends those under way. */
  close(stopChecking: () => Promise<void>): Promise<void>;
}

/** An upload's bytes are let go once loaded: a long batch does not keep what it has checked. */
function release(source: BatchSource): BatchSource {
  let load: (() => Promise<Uint8Array>) | null = source.load;
  return {
    name: source.name,
    load: () => {
      const l = load!;
      load = null;
      return l();
    },
  };
}

// PostgreSQL stores no NUL character and no lone surrogate in text or jsonb.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const clean = (s: string) => s.replaceAll('\u0000', '\ufffd').replace(LONE_SURROGATE, '\ufffd');

function storable(d: DocumentCheck): DocumentCheck {
  return {
    ...d,
    name: clean(d.name),
    unit: d.unit === null ? null : clean(d.unit),
    titles: d.titles.map(clean),
    findings: d.findings.map((f) => ({
      ...f,
      message: clean(f.message),
      form: clean(f.form),
      place: f.place && {
        ...f.place,
        text: f.place.text === null ? null : clean(f.place.text),
        label: f.place.label === null ? null : clean(f.place.label),
      },
    })),
    ...(d.rows
      ? {
          rows: d.rows.map((r) => ({
            ...r,
            cells: r.cells.map(clean),
            source: r.source === null ? null : clean(r.source),
          })),
        }
      : {}),
  };
}

export function batchJobs(
  db: Db,
  checker: DocumentChecker,
  clock: () => Date,
  log: (e: unknown) => void,
): BatchJobs {
  const running = new Map<string, Promise<void>>();
  const stop = new AbortController();

  async function run(batch: { id: string; regionCode: string }, sources: BatchSource[]): Promise<void> {
    const { id } = batch;
    let status: 'done' | 'failed' = 'done';
    try {
      await runBatch(sources, checker, {
        keepText: true,
        signal: stop.signal,
        onDocument: (result, index) =>
          recordDocument(db, batch, index, storable(result)).catch((e: unknown) => {
            log(e);
            // Stored without its text and findings, saying so: the batch goes on.
            return recordDocument(db, batch, index, {
              ...failedDocument(
                result.name,
                result.format,
                'store-failed',
                '审核结果无法保存：请单独导入该文件查看',
              ),
            });
          }),
      });
      if (stop.signal.aborted) status = 'failed';
    } catch (e) {
      status = 'failed';
      log(e);
    }
    await finishBatch(db, id, status, clock()).catch(log);
  }

  return {
    async start(actor, year, uploads) {
      const sources = uploads.flatMap((u) => sourcesOfBytes(u.name, u.data)).map(release);
      const first = uploads[0]!.name;
      const title = uploads.length === 1 ? first : `${first} 等 ${uploads.length} 个上传`;
      const id = await createBatch(db, {
        regionCode: actor.regionCode,
        orgId: actor.orgId,
        year,
        title,
        total: sources.length,
        createdBy: actor.id,
      });
      const job = run({ id, regionCode: actor.regionCode }, sources).finally(() => running.delete(id));
      running.set(id, job);
      return id;
    },
    async close(stopChecking) {
      stop.abort();
      await stopChecking();
      await Promise.allSettled(running.values());
    },
  };
}
