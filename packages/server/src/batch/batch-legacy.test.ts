// Legacy .doc/.xls in a batch: set aside and converted by LibreOffice in a group (one start for the group),
// then checked like the others and reported as the legacy files they are; a broken .doc is a row with its
// reason and costs the others nothing. Real legacy files are made from the exporters' .docx/.xlsx by
// LibreOffice itself. Skipped when LibreOffice is not installed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findOffice } from '@jixiao/documents';
import { batchFiles } from '../test-support/batch-fixtures.ts';
import type { BatchSource } from './batch-sources.ts';
import { inProcessChecker } from './check-pool.ts';
import type { DocumentCheck } from './document-check.ts';
import { runBatch } from './run-batch.ts';

const office = findOffice();

/** .docx → .doc and .xlsx → .xls with LibreOffice (one run per target). */
function toLegacy(files: Record<string, Uint8Array>): Record<string, Uint8Array> {
  const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-batch-legacy-'));
  try {
    const out: Record<string, Uint8Array> = {};
    for (const [from, to] of [
      ['docx', 'doc'],
      ['xlsx', 'xls'],
    ] as const) {
      const names = Object.keys(files).filter((n) => n.endsWith(`.${from}`));
      for (const n of names) writeFileSync(path.join(dir, n), files[n]!);
      spawnSync(
        office!,
        [
          `-env:UserInstallation=file://${dir}/profile`,
          '--headless',
          '--convert-to',
          to,
          '--outdir',
          dir,
          ...names.map((n) => path.join(dir, n)),
        ],
        { timeout: 120_000 },
      );
      for (const n of names)
        out[n.replace(/x$/, '')] = new Uint8Array(readFileSync(path.join(dir, n.replace(/x$/, ''))));
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(!office)('batch check of legacy .doc/.xls (skipped: LibreOffice not on PATH)', () => {
  it('converts them in a group, checks them and names them as legacy files; a broken .doc is a row', async () => {
    const f = await batchFiles();
    const legacy = toLegacy({ 'sound.docx': f['sound.docx'], 'faulty.xlsx': f['faulty.xlsx'] });
    const broken = legacy['sound.doc']!.slice(0, 2048); // the compound file's header kept, its sectors gone
    const files: Array<[string, Uint8Array]> = [
      ['sound.doc', legacy['sound.doc']!],
      ['sound.docx', f['sound.docx']],
      ['faulty.xls', legacy['faulty.xls']!],
      ['broken.doc', broken],
    ];
    const sources: BatchSource[] = files.map(([name, data]) => ({ name, load: async () => data }));
    const out: DocumentCheck[] = new Array(files.length);
    const counts: number[] = [];
    await runBatch(sources, inProcessChecker, {
      onDocument: (r, i, done) => void ((out[i] = r), counts.push(done)),
    });
    expect(counts).toEqual([1, 2, 3, 4]);
    const [doc, docx, xls, bad] = out;
    expect(doc).toMatchObject({ format: 'ole', error: null });
    expect(doc!.findings.filter((x) => x.severity === 'error')).toEqual(
      docx!.findings.filter((x) => x.severity === 'error'),
    );
    expect(xls).toMatchObject({ format: 'ole', error: null });
    const sum = xls!.findings.find((x) => x.rule === 'R-SUM-01');
    expect(sum?.message).toContain('150');
    expect(bad!.error?.code).toMatch(/conversion-failed|corrupt-file/);
  }, 240_000);
});
