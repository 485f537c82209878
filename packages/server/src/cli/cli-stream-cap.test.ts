// `jixiao import` of a form printed one cell per line past the stream cap: refused saying the length was why.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../test-support/run-cli.ts';

const tmp = mkdtempSync(join(tmpdir(), 'jixiao-cli-stream-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The rows the cell-per-line reader rebuilds at most (MAX_STREAM_ROWS of @jixiao/documents). */
const CAP = 50_000;

describe('jixiao import of a cell-per-line document past the stream cap', () => {
  it('exits 2 with the too-many-lines reason: the length, the cap and what to do', async () => {
    const form = ['项目支出绩效目标表', '项目名称', '县道改造', '一级指标', '二级指标', '三级指标', '指标值'];
    const file = join(tmp, 'stream.txt');
    writeFileSync(file, [...form, ...Array.from({ length: CAP }, (_, k) => String(k % 10))].join('\n'));
    const r = await runCli('import', file, '--json');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/stream\.txt: 文件有 50007 行.*上限 50000 行.*拆分.*too-many-lines/);
  });
});
