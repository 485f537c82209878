// `jixiao check` as a batch, end to end: a folder (with a sub-folder) and a .zip each holding a corrupt
// file — the corrupt one named on standard error and reported as a row, the rest read and checked;
// `--report` written as .xlsx (read back with exceljs) and as HTML; exit codes as for files. The folder is
// checked by the real process (its exit status, its standard error); the rest run main() in this process
// (test-support/run-cli.ts), sparing a Node start and the whole TypeScript load each (5 CPU-s a run).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  batchFiles,
  FAULTY_UNIT,
  SOUND_UNIT,
  zipFiles,
  type BatchFiles,
} from '../test-support/batch-fixtures.ts';
import { runCliIn } from '../test-support/run-cli.ts';

const here = dirname(fileURLToPath(import.meta.url));
const bin = resolve(here, '../../bin/jixiao.js');
// Generous: a shared machine under load takes long to start workers; nothing here measures speed.
const LIMIT = 400_000;
const tmp = mkdtempSync(join(tmpdir(), 'jixiao-batch-'));

function jixiao(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: LIMIT, cwd: tmp });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

async function sheet(path: string, name: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const rows: unknown[][] = [];
  wb.getWorksheet(name)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

let files: BatchFiles;
beforeAll(async () => {
  files = await batchFiles();
  mkdirSync(join(tmp, 'region/sub'), { recursive: true });
  writeFileSync(join(tmp, 'region/sound.docx'), files['sound.docx']);
  writeFileSync(join(tmp, 'region/sub/faulty.xlsx'), files['faulty.xlsx']);
  writeFileSync(join(tmp, 'region/sub/corrupt.docx'), files['corrupt.docx']);
  writeFileSync(join(tmp, 'region/.hidden.docx'), files['faulty.xlsx']);
  writeFileSync(
    join(tmp, 'region.zip'),
    zipFiles({
      'sound.docx': files['sound.docx'],
      '二级/faulty.html': files['faulty.html'],
      'corrupt.docx': files['corrupt.docx'],
    }),
  );
  writeFileSync(
    join(tmp, 'sound-only.zip'),
    zipFiles({ 'a.docx': files['sound.docx'], 'b.docx': files['sound.docx'] }),
  );
}, LIMIT);

describe('jixiao check as a batch', () => {
  it(
    'checks a folder, names the corrupt file, and writes the .xlsx report (exit 2: bad input)',
    async () => {
      const r = jixiao('check', 'region', '--report', 'region.xlsx');
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/region\/sub\/corrupt\.docx: .*损坏.*（corrupt-archive）/);
      expect(r.err).toMatch(/审核 3\/3，未能读取 1/); // progress as plain lines when not on a terminal
      expect(r.out).toContain('报告已写入 region.xlsx');
      const docs = await sheet(join(tmp, 'region.xlsx'), '文件');
      expect(docs.slice(1).map((d) => d[0])).toEqual([
        'region/sub/corrupt.docx',
        'region/sub/faulty.xlsx',
        'region/sound.docx',
      ]);
      expect(docs.map((d) => d[1])).toContain(SOUND_UNIT);
      const findings = await sheet(join(tmp, 'region.xlsx'), '审核发现');
      const sum = findings.find((f) => f[4] === 'R-SUM-01')!;
      expect(sum.slice(0, 4)).toEqual([FAULTY_UNIT, 'region/sub/faulty.xlsx', '乙项目', '错误']);
      expect(sum[8]).toEqual(expect.any(Number)); // the row it stands in
    },
    LIMIT,
  );

  it(
    'opens a .zip, checks the documents inside and writes the HTML report',
    async () => {
      const r = await runCliIn(tmp, 'check', 'region.zip', '--report', 'region.html');
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/region\.zip\/corrupt\.docx: .*（corrupt-archive）/);
      const html = readFileSync(join(tmp, 'region.html'), 'utf8');
      expect(html).toContain('region.zip/二级/faulty.html');
      expect(html).toContain('R-SUM-01');
      expect(html).not.toContain('__MACOSX');
    },
    LIMIT,
  );

  it(
    'without --report prints the findings by document with their place; exit 1 on an error finding, 0 without',
    async () => {
      const r = await runCliIn(tmp, 'check', 'region/sub/faulty.xlsx', 'sound-only.zip');
      expect(r.code).toBe(1);
      expect(r.out).toMatch(/■ region\/sub\/faulty\.xlsx（错误 \d+ 项/);
      expect(r.out).toMatch(/\[错误\] 项目资金来源合计150万元.*R-SUM-01 .* · 乙项目 第\d+行 第2列/);
      expect(r.out).toContain('合计：3 个文件');
      const json = await runCliIn(tmp, 'check', 'sound-only.zip', '--json');
      expect(json.code).toBe(0);
      const { findings } = JSON.parse(json.out) as { findings: Array<{ severity: string; file: string }> };
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    },
    LIMIT,
  );

  it(
    'refuses a report that is neither .xlsx nor .html',
    async () => {
      const r = await runCliIn(tmp, 'check', 'region', '--report', 'r.pdf');
      expect(r.code).toBe(2);
      expect(r.err).toContain('.xlsx 或 .html');
    },
    LIMIT,
  );
});
