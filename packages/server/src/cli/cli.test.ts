// The jixiao command end to end: real files, exit codes and output contracts — run in this process (main()
// with its output captured), and the bin itself as a real process once for its exit status and output.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluationDocumentSchema, formSchema, findingSchema } from '@jixiao/core';
import { runCli } from '../test-support/run-cli.ts';
import { MAX_IMPORT_BYTES } from '@jixiao/documents';
import { importFile } from './read-input.ts';

const here = dirname(fileURLToPath(import.meta.url));
const bin = resolve(here, '../../bin/jixiao.js');
const seeds = resolve(here, '../../../../../shared/seeds');
const seed = (p: string) =>
  join(
    seeds,
    spawnSync('ls', [seeds])
      .stdout.toString()
      .split('\n')
      .find((f) => f.startsWith(p))!,
  );
const haveSeeds = spawnSync('test', ['-d', seeds]).status === 0;

/** The real `jixiao` process. */
function jixiaoProcess(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'jixiao-cli-'));

describe.skipIf(!haveSeeds)('jixiao import / check on the seeds', () => {
  it('import --json prints {"forms":[…]} in the canonical shapes', async () => {
    const r = jixiaoProcess('import', seed('004'), '--json'); // the real process: JSON on its standard output
    expect(r.code).toBe(0);
    const { forms } = JSON.parse(r.out) as { forms: unknown[] };
    expect(forms).toHaveLength(5);
    for (const f of forms) expect(formSchema.safeParse(f).success).toBe(true);
  });

  it('check --json prints {"findings":[…]} and exits 1 when a finding is an error', async () => {
    const r = await runCli('check', seed('002'), '--json');
    expect(r.code).toBe(1);
    const { findings } = JSON.parse(r.out) as { findings: unknown[] };
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(findingSchema.safeParse(f).success).toBe(true);
  });

  it('check exits 0 on forms without an error finding', async () => {
    expect((await runCli('check', seed('004'))).code).toBe(0);
  });

  it('prints a Chinese report grouped by file and form with counts per severity', async () => {
    const r = await runCli('check', seed('000'));
    expect(r.out).toContain('2022年度市行政审批局信息项目资金');
    expect(r.out).toMatch(/错误 \d+ 项，警告 \d+ 项，提示 \d+ 项/);
    expect(r.out).toContain('[错误]');
  });

  it('reads canonical JSON back', async () => {
    const json = join(tmp, 'forms.json');
    writeFileSync(json, (await runCli('import', seed('004'), '--json')).out);
    const r = await runCli('import', json, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).forms).toHaveLength(5);
  });
});

describe('jixiao on 自评表 and 监控表', () => {
  // Fixtures of the documents package: a 财政部-layout 自评表 whose figures add up, and corpus 019 re-tabulated
  // by hand (分值 and 得分 110 against 总分 100).
  const fixtures = resolve(here, '../../../documents/test/fixtures');
  const mof = join(fixtures, 'selfeval-mof-layout.txt');
  const retab019 = join(fixtures, 'selfeval-019-retabulated.txt');

  it('import --json puts them in {"forms":[…]} with their kind; the human output names them', async () => {
    const r = await runCli('import', mof, '--json');
    expect(r.code).toBe(0);
    const { forms } = JSON.parse(r.out) as { forms: unknown[] };
    expect(forms).toHaveLength(1);
    expect(evaluationDocumentSchema.parse(forms[0])).toMatchObject({
      kind: 'self-evaluation',
      name: '社区居家养老服务补助项目',
    });
    expect((await runCli('import', mof)).out).toContain(
      '▶ 项目支出绩效自评表：2023年 社区居家养老服务补助项目，预算 118.50 万元，指标 7 个，总分 98.75',
    );
  });

  it('check exits 0 when the figures add up and 1 when they do not, naming the rules', async () => {
    expect((await runCli('check', mof)).code).toBe(0);
    const r = await runCli('check', retab019, '--json');
    expect(r.code).toBe(1);
    const { findings } = JSON.parse(r.out) as { findings: Array<{ rule: string; formKind: string }> };
    for (const f of findings) expect(findingSchema.safeParse(f).success).toBe(true);
    expect(findings.map((f) => [f.rule, f.formKind])).toEqual([
      ['R-EVAL-04', 'self-evaluation'],
      ['R-EVAL-09', 'self-evaluation'],
      ['R-EVAL-14', 'self-evaluation'], // 产出 70 / 效益 20: no known weight scheme (a warning)
    ]);
  });

  it('reads its own JSON back', async () => {
    const json = join(tmp, 'evaluations.json');
    writeFileSync(json, (await runCli('import', mof, '--json')).out);
    const r = await runCli('check', json, '--json');
    expect(r.code).toBe(0);
  });
});

describe('jixiao on bad input', () => {
  it('names each bad file on one line, exits 2, and still processes the good ones', async () => {
    const empty = join(tmp, 'empty.txt');
    writeFileSync(empty, '');
    const binary = join(tmp, 'image.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]));
    const unknown = join(tmp, 'notes.txt');
    writeFileSync(unknown, '这是一份会议纪要，没有任何表格。\n');
    const good = join(tmp, 'good.txt');
    writeFileSync(
      good,
      '项目名称\t测试项目\t\t项目预算\t\t10\n年度绩效目标表\n目标名称\t一级指标\t二级指标\t三级指标\t指标值\t指标值确定依据\n年度目标1\t产出指标\t数量指标\t培训人次\t≥100人次\t计划标准\n',
    );
    const r = await runCli('import', join(tmp, 'missing.txt'), empty, binary, unknown, good, '--json');
    expect(r.code).toBe(2);
    const lines = r.err
      .trim()
      .split('\n')
      .filter((l) => !l.includes('nodedir'));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/missing\.txt: 文件不存在.*file-not-found/);
    expect(lines[1]).toMatch(/empty\.txt: 文件为空.*empty-file/);
    expect(lines[2]).toMatch(/image\.txt: .*binary-file/);
    expect(lines[3]).toMatch(/notes\.txt: .*no-form-found/);
    expect(r.err).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    expect(JSON.parse(r.out).forms.map((f: { name: string }) => f.name)).toEqual(['测试项目']);
  });

  it('refuses a 200 MB file without reading it', async () => {
    const big = join(tmp, 'big.txt');
    const fd = openSync(big, 'w');
    writeSync(fd, 'x', 200 * 1024 * 1024 - 1);
    closeSync(fd);
    const r = await runCli('check', big);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/big\.txt: 文件过大.*file-too-large/);
  });

  it('the cap is the largest file read: a file of exactly MAX_IMPORT_BYTES is read, a byte more is refused', async () => {
    // NUL bytes (a sparse file, quick to write): read, and refused for what they are, not for their size.
    const sized = (name: string, size: number) => {
      const path = join(tmp, name);
      const fd = openSync(path, 'w');
      writeSync(fd, '\0', size - 1);
      closeSync(fd);
      return path;
    };
    const atCap = await importFile(sized('cap.txt', MAX_IMPORT_BYTES));
    expect(atCap).toMatchObject({ ok: false, error: { code: 'binary-file' } });
    const over = await importFile(sized('over.txt', MAX_IMPORT_BYTES + 1));
    expect(over).toMatchObject({ ok: false, error: { code: 'file-too-large' } });
    expect(over.ok ? '' : over.error.message).toBe(
      '文件过大（50.0 MB，超过上限 50 MB）：请删去无关内容或拆分成几个文件后导入',
    );
  });

  it('exits 2 with usage on an unknown command or no file', async () => {
    const unknown = jixiaoProcess('frobnicate'); // the real process: its exit status and usage text
    expect(unknown.code).toBe(2);
    expect(unknown.out).toContain('用法：');
    expect((await runCli('check')).code).toBe(2);
  });
});
