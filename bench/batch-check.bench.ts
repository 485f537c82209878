// Batch check benchmark: 1,000 documents of mixed formats — project forms generated like the seeds and the
// forms read from the seeds and the corpus texts, written as .docx, .xlsx and saved web pages by the
// exporters, the texts themselves, one .docx in ten made a legacy .doc and one .xlsx in ten a .xls (by
// LibreOffice from the .docx/.xlsx, when it is installed), a fifth of them packed in a .zip, one corrupt file — checked as
// `jixiao check DIR --report X.xlsx` does (worker pool, bounded concurrency, the report written), against
// reading the same files alone (the readers only, on the main thread) in the same run. The memory peak
// (resident set, sampled) is printed; the corrupt file must come out as a row and every other be read.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import type { Form } from '@jixiao/core';
import {
  convertLegacyBatch,
  exportDocx,
  exportXlsx,
  findOffice,
  importText,
  layoutForm,
  layoutHtml,
  LEGACY_BATCH_SIZE,
  readRows,
  sniffFormat,
} from '@jixiao/documents';
import { sourcesOfPaths } from '../packages/server/src/batch/batch-sources.ts';
import { checkPool } from '../packages/server/src/batch/check-pool.ts';
import type { DocumentCheck } from '../packages/server/src/batch/document-check.ts';
import { buildReport } from '../packages/server/src/batch/report-model.ts';
import { writeReportXlsx } from '../packages/server/src/batch/report-xlsx.ts';
import { runBatch } from '../packages/server/src/batch/run-batch.ts';
import { generateForms } from './generate-forms.ts';
import type { BenchResult } from './result.ts';

const shared = resolve(fileURLToPath(import.meta.url), '../../../shared');

function texts(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(dir, f), 'utf8'));
  } catch {
    return []; // ../shared absent: the generated forms alone
  }
}

/** The batch as files: [name, bytes], the formats in turn. */
async function documents(count: number): Promise<Array<[string, Uint8Array]>> {
  const real = [...texts(join(shared, 'seeds')), ...texts(join(shared, 'corpus/docs'))];
  const realForms: Form[] = real.flatMap((t) => importText(t));
  const generated = generateForms(count, 12, 7);
  const out: Array<[string, Uint8Array]> = [];
  const utf8 = new TextEncoder();
  for (let i = 0; out.length < count - 1; i++) {
    const g = generated[i % generated.length]!;
    const form =
      i % 5 === 4 && realForms.length > 0 ? realForms[i % realForms.length]! : importText(g.text)[0]!;
    switch (i % 4) {
      case 0:
        out.push([
          `${i}.txt`,
          i % 8 === 0 && real.length > 0 ? utf8.encode(real[i % real.length]!) : utf8.encode(g.text),
        ]);
        break;
      case 1:
        out.push([`${i}.docx`, await exportDocx(form)]);
        break;
      case 2:
        out.push([`${i}.xlsx`, await exportXlsx(form)]);
        break;
      default:
        out.push([`${i}.html`, utf8.encode(layoutHtml(layoutForm(form)))]);
    }
  }
  const docx = out.find(([n]) => n.endsWith('.docx'))![1];
  out.push(['corrupt.docx', docx.slice(0, docx.length >> 1)]);
  return toLegacy(out);
}

/** One .docx in 10 made a .doc and one .xlsx in 10 a .xls by LibreOffice (one run each); as is without it. */
function toLegacy(files: Array<[string, Uint8Array]>): Array<[string, Uint8Array]> {
  const office = findOffice();
  if (!office) return files;
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-bench-legacy-'));
  try {
    for (const [from, to] of [
      ['docx', 'doc'],
      ['xlsx', 'xls'],
    ] as const) {
      const picked = files
        .map((_, i) => i)
        .filter((i) => files[i]![0].endsWith(`.${from}`) && Math.floor(i / 4) % 10 === 0);
      for (const i of picked) writeFileSync(join(dir, files[i]![0]), files[i]![1]);
      const args = [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        to,
        '--outdir',
        dir,
      ];
      spawnSync(office, [...args, ...picked.map((i) => join(dir, files[i]![0]))], { timeout: 600_000 });
      for (const i of picked) {
        const name = files[i]![0].replace(/x$/, '');
        try {
          files[i] = [name, new Uint8Array(readFileSync(join(dir, name)))];
        } catch {
          // not converted: the file stays as it was
        }
      }
    }
    return files;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function rssSampler() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss);
    },
  };
}

export async function run(opts: { quick: boolean }): Promise<BenchResult[]> {
  const count = opts.quick ? 80 : 1000;
  const files = await documents(count);
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-batch-bench-'));
  try {
    // Four fifths loose in folders by format, one fifth in an archive.
    const zipped: Record<string, Uint8Array> = {};
    files.forEach(([name, data], i) => {
      if (i % 5 === 3) zipped[`二级单位/${name}`] = data;
      else writeFileSync(join(dir, name), data);
    });
    writeFileSync(join(dir, 'region.zip'), zipSync(zipped));
    const sources = await sourcesOfPaths([dir]);
    if (sources.length !== count) throw new Error(`expected ${count} documents, listed ${sources.length}`);
    const legacyCount = files.filter(([n]) => /\.(doc|xls)$/.test(n)).length;

    // Baseline: the same files read alone (readers only), one after another on this thread.
    const rssBefore = process.memoryUsage().rss;
    // Legacy files are read as the batch reads them, converted in groups (one LibreOffice start per group).
    const t0 = performance.now();
    let unread = 0;
    const legacy: Array<{ data: Uint8Array; name: string }> = [];
    const readLegacy = async (group: Array<{ data: Uint8Array; name: string }>) => {
      for (const c of await convertLegacyBatch(group)) {
        if (!c.ok) unread++;
        else await readRows(c.data, 'converted').catch(() => unread++);
      }
    };
    for (const s of sources) {
      try {
        const data = await s.load();
        if (sniffFormat(data.subarray(0, 8)) === 'ole') {
          legacy.push({ data, name: s.name });
          if (legacy.length === LEGACY_BATCH_SIZE) await readLegacy(legacy.splice(0));
        } else await readRows(data, s.name);
      } catch {
        unread++;
      }
    }
    if (legacy.length > 0) await readLegacy(legacy);
    const readMs = performance.now() - t0;

    const sampler = rssSampler();
    const t1 = performance.now(); // from starting the threads (each loads the readers) to the report written
    const pool = checkPool({ timeoutMs: 120_000, eager: true, niceIncrement: 0 }); // as the CLI's
    const results: DocumentCheck[] = new Array(sources.length);
    await runBatch(await sourcesOfPaths([dir]), pool, { onDocument: (r, i) => void (results[i] = r) });
    const report = buildReport('bench', results);
    const xlsx = await writeReportXlsx(report);
    const checkMs = performance.now() - t1;
    const peak = sampler.stop();
    await pool.close();

    // Every document has its row; the corrupt one says so. (A corpus text the recogniser finds no form in
    // is a row with its reason too, as reading it alone also says.)
    const failed = results.filter((r) => r.error);
    if (results.filter(Boolean).length !== count) throw new Error('a document of the batch has no row');
    if (results.find((r) => r.name.endsWith('corrupt.docx'))?.error?.code !== 'corrupt-archive')
      throw new Error('the corrupt file is not reported as corrupt');
    const mb = (b: number) => Math.round(b / 1048576);
    return [
      {
        name: `batch.check-${count}.time-vs-read-alone`,
        value: Math.round(checkMs),
        unit: 'ms',
        baseline: Math.round(readMs),
        ratio: Number((checkMs / readMs).toFixed(3)),
        note: `${count} documents (.txt/.docx/.xlsx/.html, ${legacyCount} .doc/.xls, ${Object.keys(zipped).length} in a .zip, ${failed.length} reported unread — the corrupt one among them — against ${unread} unread alone), ${pool.threads} checking threads, ${report.totals.error} errors / ${report.findings.length} findings, report ${mb(xlsx.length)} MB; aim: under 120 s`,
      },
      {
        name: `batch.check-${count}.peak-rss`,
        value: mb(peak),
        unit: 'MB',
        baseline: mb(rssBefore),
        ratio: Number((peak / rssBefore).toFixed(3)),
        note: 'resident set of the process (main and worker threads) sampled during the batch; baseline: before it, with the files generated',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
