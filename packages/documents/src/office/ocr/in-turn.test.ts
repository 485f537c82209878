// Pages read a few at a time: results in order, never more at once than asked, no more begun after a failure.
import { describe, expect, it } from 'vitest';
import { inTurn } from './in-turn.ts';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('inTurn', () => {
  it('gives the results in order, however long each takes, with at most `atOnce` under way', async () => {
    let under = 0;
    let most = 0;
    const out = await inTurn(5, 2, async (n) => {
      most = Math.max(most, ++under);
      await tick(n % 2 === 0 ? 5 : 20);
      under--;
      return n * 10;
    });
    expect(out).toEqual([10, 20, 30, 40, 50]);
    expect(most).toBe(2);
  });

  it('starts no more after a failure and throws it once the work under way has ended', async () => {
    const begun: number[] = [];
    let ended = 0;
    await expect(
      inTurn(6, 2, async (n) => {
        begun.push(n);
        if (n === 2) throw new Error('page 2');
        await tick(20);
        ended++;
        return n;
      }),
    ).rejects.toThrow('page 2');
    // 1 and 2 start together, 2 fails at once: 3 never starts, and 1 has ended before the throw.
    expect(begun).toEqual([1, 2]);
    expect(ended).toBe(1);
  });

  it('does one at a time when asked to, and nothing for nothing', async () => {
    let under = 0;
    await inTurn(3, 1, async () => {
      expect(++under).toBe(1);
      await tick(2);
      under--;
    });
    expect(await inTurn(0, 2, async () => 1)).toEqual([]);
  });
});
