// Work on a few things at once, in turn: reading a scan's pages two at a time (each engine run takes one
// core), their results in page order. (p-limit, in node_modules through another package, queues work but
// neither stops starting more after a failure nor waits for the work under way: both wanted here.)

/**
 * `work` done for 1 … `count`, at most `atOnce` at a time, the results in order. Once one fails no more
 * are started; the first failure is thrown after those under way have ended (so that none still writes
 * to the temporary folder when it is removed).
 */
export async function inTurn<T>(
  count: number,
  atOnce: number,
  work: (n: number) => Promise<T>,
): Promise<T[]> {
  const out: T[] = new Array<T>(count);
  let next = 1;
  let failed = false;
  const worker = async () => {
    while (!failed && next <= count) {
      const n = next++;
      try {
        out[n - 1] = await work(n);
      } catch (e) {
        failed = true;
        throw e;
      }
    }
  };
  const settled = await Promise.allSettled(Array.from({ length: Math.max(1, atOnce) }, worker));
  const failure = settled.find((s) => s.status === 'rejected');
  if (failure) throw failure.reason;
  return out;
}
