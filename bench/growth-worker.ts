// One case of the growth bench, in a worker thread so that a path that grows out of bounds can be stopped: the
// case's input at size S and at 8·S, each imported as a user's upload or paste is (importBuffer: read, then
// recognised) and read by the baseline (the same bytes split into lines and cells, or parsed by htmlparser2),
// the CPU time of each posted back.
import { parentPort, workerData } from 'node:worker_threads';
import { Parser } from 'htmlparser2';
// (by its path, not the package name: the bench runs against another checkout's reader for a before/after)
import { importBuffer } from '../packages/documents/src/index.ts';
import { GROWTH_CASES, type GrowthInput } from './growth-inputs.ts';

export interface GrowthRequest {
  caseName: string;
  bytes: number;
  /** Runs of the small size after the large one (two more before it); the least of them is taken. */
  smallRuns: number;
}

export interface Measure {
  bytes: number;
  cpuMs: number;
}

export type GrowthMessage =
  | { stage: 'baseline'; small: Measure; large: Measure }
  | { stage: 'small'; measure: Measure; outcome: string }
  | { stage: 'large'; measure: Measure; outcome: string };

function cpu<T>(fn: () => T): { cpuMs: number; value: T } {
  const c0 = process.cpuUsage();
  const value = fn();
  const c = process.cpuUsage(c0);
  return { cpuMs: (c.user + c.system) / 1000, value };
}

async function cpuAsync<T>(fn: () => Promise<T>): Promise<{ cpuMs: number; value: T }> {
  const c0 = process.cpuUsage();
  const value = await fn();
  const c = process.cpuUsage(c0);
  return { cpuMs: (c.user + c.system) / 1000, value };
}

/** The least a reader must do with the bytes: decode them and split them into lines and cells, or parse the page. */
function baseline(kind: 'text' | 'html', input: GrowthInput): number {
  const text = new TextDecoder('utf-8').decode(input.data);
  if (kind === 'html') {
    const parser = new Parser({}, { decodeEntities: true, lowerCaseTags: true });
    parser.write(text);
    parser.end();
    return 0;
  }
  let cells = 0;
  for (const line of text.split('\n')) cells += line.split(/[\t|,]/).length;
  return cells;
}

/** A large run quicker than this is run twice (a second run is steadier); a slower one once. */
const REPEAT_LARGE_BELOW_MS = 5000;

const least = (xs: number[]) => Math.min(...xs);

async function measure(request: GrowthRequest): Promise<void> {
  const growthCase = GROWTH_CASES.find((c) => c.name === request.caseName);
  if (!growthCase) throw new Error(`no growth case ${request.caseName}`);
  const small = growthCase.make(request.bytes);
  const large = growthCase.make(request.bytes * 8);
  const post = (m: GrowthMessage) => parentPort!.postMessage(m);
  // The baseline's runs, several of each (it is quick): the least of them.
  baseline(growthCase.kind, small);
  const baseSmall = least([0, 1, 2, 3, 4].map(() => cpu(() => baseline(growthCase.kind, small)).cpuMs));
  const baseLarge = least([0, 1, 2].map(() => cpu(() => baseline(growthCase.kind, large)).cpuMs));
  post({
    stage: 'baseline',
    small: { bytes: small.data.length, cpuMs: baseSmall },
    large: { bytes: large.data.length, cpuMs: baseLarge },
  });
  const importOnce = async (input: GrowthInput) => {
    const r = await cpuAsync(() => importBuffer(input.data, input.fileName));
    const outcome = r.value.ok
      ? `${r.value.format}: ${r.value.forms.length} forms, ${r.value.evaluations.length} evaluations`
      : `${r.value.format ?? '?'}: ${r.value.error.code}`;
    return { cpuMs: r.cpuMs, outcome };
  };
  // The engine settles slowly (documents.bench.ts: thousands of forms of warm-up): the small size is run twice
  // before anything is posted, then again after the large one, the least of its runs taken; the large one again
  // when it is quick enough to run twice. A path stopped at the large size has its small figure posted.
  const smallRuns: Array<{ cpuMs: number; outcome: string }> = [];
  const postSmall = () =>
    post({
      stage: 'small',
      measure: { bytes: small.data.length, cpuMs: least(smallRuns.map((r) => r.cpuMs)) },
      outcome: smallRuns[0]!.outcome,
    });
  for (let i = 0; i < 2; i++) smallRuns.push(await importOnce(small));
  postSmall();
  const largeRuns = [await importOnce(large)];
  const postLarge = () =>
    post({
      stage: 'large',
      measure: { bytes: large.data.length, cpuMs: least(largeRuns.map((r) => r.cpuMs)) },
      outcome: largeRuns[0]!.outcome,
    });
  postLarge();
  for (let i = 0; i < request.smallRuns; i++) smallRuns.push(await importOnce(small));
  postSmall();
  if (largeRuns[0]!.cpuMs < REPEAT_LARGE_BELOW_MS) {
    largeRuns.push(await importOnce(large));
    postLarge();
  }
}

await measure(workerData as GrowthRequest);
