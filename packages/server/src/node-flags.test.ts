// The server starts with its Node flags (node-flags.ts), and this Node takes them.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVER_NODE_FLAGS } from './node-flags.ts';

describe("the server's Node flags", () => {
  it('`npm start` passes each of them to node, before the server runs', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const start = pkg.scripts.start!.split(/\s+/);
    expect(start[0]).toBe('node');
    const main = start.indexOf('packages/server/src/main.ts');
    for (const flag of SERVER_NODE_FLAGS) {
      expect(start).toContain(flag);
      expect(start.indexOf(flag)).toBeLessThan(main);
    }
  });

  it("let a busy process grow its young generation past V8's default most (32 MB)", () => {
    // Requests in hand (a ring of live objects) while much more is made and dropped, as at 50 connections.
    const busy = `const ring = new Array(2000).fill(null);
      for (let i = 0; i < 400000; i++) ring[i % 2000] = { a: new Array(64).fill(i), s: 'x'.repeat(50) + i };
      const young = require('node:v8').getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
      console.log(young.space_size / 2 ** 20);`;
    const run = spawnSync(process.execPath, [...SERVER_NODE_FLAGS, '-e', busy], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(Number(run.stdout)).toBeGreaterThan(32);
  });

  it('let the old generation grow by its live size after a mark-compact, whatever speeds V8 measured', () => {
    // V8 prints the limit it sets after each mark-compact, with its growing factor (1.1–4.0 as it judges its
    // speeds and its memory reducer's state, unless set).
    const work = `globalThis.kept = [];
      for (let i = 0; i < 300000; i++) kept.push({ i, s: 'x' + i });
      gc();`;
    const run = spawnSync(
      process.execPath,
      [...SERVER_NODE_FLAGS, '--expose-gc', '--trace-gc-verbose', '-e', work],
      {
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(0);
    const factors = [...run.stdout.matchAll(/\[HeapController\] Limit: .* \(([\d.]+)\)$/gm)].map((m) =>
      Number(m[1]),
    );
    expect(factors.length).toBeGreaterThan(0);
    for (const factor of factors) expect(factor).toBe(2);
  });

  it('are taken by this Node (an unknown flag stops it at start)', () => {
    const run = spawnSync(process.execPath, [...SERVER_NODE_FLAGS, '-e', '0'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
