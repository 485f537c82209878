// The test-only failpoints: armed only from the environment under NODE_ENV=test, inert otherwise; an armed
// one announces itself and holds its caller until the process is killed (crash-safety.test.ts kills it there).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { armedFailpoint, failpoint, failpointLine } from './failpoint.ts';

/** Whether `p` has settled once everything already queued has run: a state, not a time. */
async function settled(p: Promise<unknown>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

describe('failpoints', () => {
  it('are armed by JIXIAO_FAILPOINT only under NODE_ENV=test', () => {
    const name = { JIXIAO_FAILPOINT: 'save-before-commit' };
    expect(armedFailpoint({ ...name, NODE_ENV: 'test' })).toBe('save-before-commit');
    expect(armedFailpoint(name)).toBeUndefined();
    expect(armedFailpoint({ ...name, NODE_ENV: 'production' })).toBeUndefined();
    expect(loadConfig({ ...name, NODE_ENV: 'production' }).failpoint).toBeUndefined();
    expect(loadConfig({ ...name, NODE_ENV: 'test' }).failpoint).toBe('save-before-commit');
    expect(loadConfig({}).failpoint).toBeUndefined();
  });

  it('refuse a name that is no failpoint under tests, so a misspelt one cannot pass unnoticed', () => {
    expect(() => armedFailpoint({ JIXIAO_FAILPOINT: 'save-befor-commit', NODE_ENV: 'test' })).toThrow(
      /不是故障点/,
    );
    expect(armedFailpoint({ JIXIAO_FAILPOINT: 'save-befor-commit' })).toBeUndefined();
  });

  it('let an unarmed place pass at once and hold the armed one after announcing it', async () => {
    const lines: string[] = [];
    const announce = (line: string) => lines.push(line);
    expect(await settled(failpoint(undefined, 'save-before-commit', announce))).toBe(true);
    expect(lines).toEqual([]);
    const held = failpoint('save-before-commit', 'save-before-commit', announce);
    expect(await settled(held)).toBe(false);
    expect(lines).toEqual([failpointLine('save-before-commit')]);
  });
});
