// The build's compressed copies: beside each text file large enough, each decoding to the file's bytes; pictures
// and small files left alone.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { compressedCopies, precompressDir } from './precompress.ts';

describe('precompress', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('writes .br and .gz beside text files, each the same bytes once decoded', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-precompress-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'assets'));
    const script = Buffer.from('export const 公开 = "部门预算公开";\n'.repeat(200));
    writeFileSync(join(dir, 'assets', 'app-abc.js'), script);
    writeFileSync(join(dir, 'index.html'), `<!doctype html>${'<div>绩效</div>'.repeat(100)}`);
    expect(precompressDir(dir).sort()).toEqual([join(dir, 'assets', 'app-abc.js'), join(dir, 'index.html')]);
    expect(brotliDecompressSync(readFileSync(join(dir, 'assets', 'app-abc.js.br')))).toEqual(script);
    expect(gunzipSync(readFileSync(join(dir, 'assets', 'app-abc.js.gz')))).toEqual(script);
    expect(readFileSync(join(dir, 'assets', 'app-abc.js.br')).length).toBeLessThan(script.length / 10);
  });

  it('leaves small files and pictures as they are', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-precompress-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'favicon.svg'), '<svg/>');
    writeFileSync(join(dir, 'logo.png'), Buffer.alloc(4096, 1));
    expect(precompressDir(dir)).toEqual([]);
    expect(existsSync(join(dir, 'favicon.svg.br'))).toBe(false);
    expect(existsSync(join(dir, 'logo.png.gz'))).toBe(false);
  });

  it('keeps no copy that is not smaller', () => {
    const random = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 2654435761) % 251));
    const copies = compressedCopies(random);
    for (const c of Object.values(copies)) expect(c.length).toBeLessThan(random.length);
  });
});
