// Growth benchmark: for each way a pasted or uploaded text is read (growth-inputs.ts: plain lines, tab rows, pipe
// rows, a cell a line, spaced rows, CSV, CSV that lost its record breaks, a joined stream, saved pages, MHTML — and
// the hostile shapes of each), the input at size S and at 8·S imported as a user's file is (importBuffer), and
//   growth = (CPU per byte at 8·S) / (CPU per byte at S): about 1 where the path is linear, ≫ 1 where it is not
//   (a quadratic path gives 8);
//   CPU µs per kB at 8·S, against the baseline's (the same bytes decoded and split into lines and cells, or the page
//   parsed by htmlparser2) measured in the same run.
// Each case runs in a worker thread: a path that outgrows the case's time limit is stopped and reported as at least
// the growth the limit shows. `npm run bench -- growth` runs this bench alone; `--quick` halves S.
// BENCH_GROWTH_ONLY=a,b runs only the cases named. Never fails on timing.
import { Worker } from 'node:worker_threads';
import { GROWTH_CASES } from './growth-inputs.ts';
import type { GrowthMessage, GrowthRequest, Measure } from './growth-worker.ts';
import type { BenchResult } from './result.ts';

/** The small size: large enough that a quadratic path shows (a 1.9 MB paste once took 281 s), small enough to be quick. */
const SMALL_BYTES = 150_000;
/** A case's CPU budget: a linear path of any case ends far within it; past it the case is stopped. */
const CASE_LIMIT_MS = 120_000;

interface CaseRun {
  baseline?: { small: Measure; large: Measure };
  small?: Measure & { outcome: string };
  large?: Measure & { outcome: string };
  stopped: boolean;
  error?: string;
}

function runCase(request: GrowthRequest): Promise<CaseRun> {
  const run: CaseRun = { stopped: false };
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./growth-worker.mjs', import.meta.url), {
      workerData: request,
      execArgv: [],
    });
    // The limit is on CPU time (the process's: this thread only waits), not on the clock — on a shared machine a
    // case waits for a CPU as long as it works.
    const c0 = process.cpuUsage();
    const timer = setInterval(() => {
      const c = process.cpuUsage(c0);
      if ((c.user + c.system) / 1000 > CASE_LIMIT_MS) {
        run.stopped = true;
        void worker.terminate();
      }
    }, 500);
    worker.on('message', (m: GrowthMessage) => {
      if (m.stage === 'baseline') run.baseline = { small: m.small, large: m.large };
      else if (m.stage === 'small') run.small = { ...m.measure, outcome: m.outcome };
      else run.large = { ...m.measure, outcome: m.outcome };
    });
    worker.on('error', (e) => (run.error = e.message));
    worker.on('exit', () => {
      clearInterval(timer);
      resolve(run);
    });
  });
}

const perKb = (m: Measure) => (m.cpuMs * 1000) / (m.bytes / 1024);
const round = (x: number, digits: number) => Number(x.toFixed(digits));

export async function run(opts: { quick: boolean }): Promise<BenchResult[]> {
  const bytes = opts.quick ? SMALL_BYTES / 2 : SMALL_BYTES;
  const only = process.env.BENCH_GROWTH_ONLY?.split(',');
  const results: BenchResult[] = [];
  for (const c of GROWTH_CASES.filter((g) => !only || only.includes(g.name))) {
    const r = await runCase({ caseName: c.name, bytes, smallRuns: 3 });
    // Progress on stderr (the figures come at the end, on stdout): a run of all the cases takes minutes.
    process.stderr.write(
      `  ${c.name}: ${r.small ? `${Math.round(r.small.cpuMs)} ms` : '—'} → ${r.large ? `${Math.round(r.large.cpuMs)} ms` : r.stopped ? 'stopped' : '—'}\n`,
    );
    const label = `growth.${c.hostile ? 'hostile.' : ''}${c.name}`;
    if (!r.baseline || !r.small) {
      results.push({
        name: `${label}.growth`,
        value: NaN,
        unit: '×',
        baseline: NaN,
        ratio: NaN,
        note: r.stopped
          ? `stopped at size S after ${CASE_LIMIT_MS / 1000} s of CPU`
          : `failed: ${r.error ?? '?'}`,
      });
      continue;
    }
    const base = r.baseline;
    const baseGrowth = perKb(base.large) / perKb(base.small);
    // Stopped at 8·S: the large input took the limit at least, the growth at least what that shows.
    // (the limit less what the small size's four runs took before it)
    const large: Measure = r.large ?? {
      bytes: base.large.bytes,
      cpuMs: Math.max(r.small.cpuMs, CASE_LIMIT_MS - 4 * r.small.cpuMs),
    };
    const growth = perKb(large) / perKb(r.small);
    const outcome = r.large?.outcome ?? r.small.outcome;
    const sizes = `S ${round(r.small.bytes / 1024, 0)} kB, 8·S ${round(large.bytes / 1024, 0)} kB`;
    results.push(
      {
        name: `${label}.growth`,
        value: round(growth, 2),
        unit: '× CPU/byte (8·S vs S)',
        baseline: round(baseGrowth, 2),
        ratio: round(growth / baseGrowth, 2),
        note: `${r.large ? '' : `≥ (stopped after ${CASE_LIMIT_MS / 1000} s of CPU) `}${sizes}, ${round(r.small.cpuMs, 0)} → ${round(large.cpuMs, 0)} ms CPU; 1 is linear, 8 quadratic; baseline: ${c.kind === 'html' ? 'htmlparser2' : 'split into lines and cells'}'s growth; outcome ${outcome}`,
      },
      {
        name: `${label}.cpu-us-per-kb`,
        value: round(perKb(large), 1),
        unit: 'µs/kB',
        baseline: round(perKb(base.large), 1),
        ratio: round(perKb(large) / perKb(base.large), 1),
        note: `at 8·S (${round(large.bytes / 1024, 0)} kB), importBuffer; baseline: ${c.kind === 'html' ? 'htmlparser2 parse' : 'decode and split into lines and cells'} of the same bytes`,
      },
    );
  }
  return results;
}
