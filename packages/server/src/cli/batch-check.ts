// `jixiao check` over folders, .zip archives and many files: every document read and checked in the
// worker pool, a few at a time; a progress bar on a terminal; `--report X.xlsx|X.html` writes one report
// (per unit and document the findings by severity, the worst first, each finding with its place).
// A file that cannot be read is named on standard error and is a row of the report; the rest go on.
import { writeFile } from 'node:fs/promises';
import { sourcesOfPaths } from '../batch/batch-sources.ts';
import { checkPool, defaultThreads } from '../batch/check-pool.ts';
import type { DocumentCheck } from '../batch/document-check.ts';
import { progressOn } from '../batch/progress.ts';
import { runBatch } from '../batch/run-batch.ts';
import {
  buildReport,
  countsText,
  placeText,
  severityLabel,
  type BatchReport,
} from '../batch/report-model.ts';
import { writeReportHtml } from '../batch/report-html.ts';
import { writeReportXlsx } from '../batch/report-xlsx.ts';
import { reportKind } from './batch-args.ts';

/** Time budget of one document in the CLI's pool. */
const FILE_TIMEOUT_MS = 120_000;

export async function writeReport(path: string, report: BatchReport): Promise<void> {
  if (reportKind(path) === 'xlsx') await writeFile(path, await writeReportXlsx(report));
  else await writeFile(path, writeReportHtml(report), 'utf8');
}

export async function batchCheck(
  paths: string[],
  options: { json: boolean; report: string | undefined },
): Promise<number> {
  const sources = await sourcesOfPaths(paths);
  const results: DocumentCheck[] = new Array(sources.length);
  // A worker takes seconds to load the readers: a few files are not worth many of them.
  const pool = checkPool({
    timeoutMs: FILE_TIMEOUT_MS,
    threads: Math.max(1, Math.min(defaultThreads(), Math.ceil(sources.length / 4))),
    eager: true,
    niceIncrement: 0,
  });
  const progress = progressOn(process.stderr, sources.length);
  let failed = 0;
  try {
    await runBatch(sources, pool, {
      onDocument(result, index, done) {
        results[index] = result;
        if (result.error) failed++;
        progress.update(done, failed);
      },
    });
  } finally {
    progress.end();
    await pool.close();
  }
  for (const d of results)
    if (d.error) process.stderr.write(`${d.name}: ${d.error.message}（${d.error.code}）\n`);
  const report = buildReport(`绩效文件审核报告（${results.length} 个文件）`, results);
  if (options.report) {
    await writeReport(options.report, report);
  }
  if (options.json) {
    const findings = report.findings.map(({ document, unit, ...f }) => ({ ...f, file: document, unit }));
    process.stdout.write(JSON.stringify({ findings }, null, 2) + '\n');
  } else if (options.report) {
    for (const u of report.units)
      process.stdout.write(
        `■ ${u.unit}：${u.documents} 个文件${u.failed ? `（未能读取 ${u.failed} 个）` : ''}，${countsText(u.counts)}\n`,
      );
    process.stdout.write(
      `合计：${report.totals.documents} 个文件，${countsText(report.totals)}\n报告已写入 ${options.report}\n`,
    );
  } else {
    for (const d of report.documents) {
      if (d.error) continue;
      process.stdout.write(`■ ${d.name}（${countsText(d.counts)}）\n`);
      for (const t of d.titles) process.stdout.write(`  ▶ ${t}\n`);
      for (const f of d.findings) {
        const where = placeText(f.place);
        process.stdout.write(
          `    [${severityLabel(f.severity)}] ${f.message}  (${f.rule} ${f.path}${where ? ` · ${where}` : ''})\n`,
        );
      }
    }
    process.stdout.write(`合计：${report.totals.documents} 个文件，${countsText(report.totals)}\n`);
  }
  if (report.totals.failed > 0) return 2;
  return report.totals.error > 0 ? 1 : 0;
}
