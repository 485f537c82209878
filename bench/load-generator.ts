// The server bench's load generator: 50 connections on a list of paths for some seconds (wrk where the machine
// has it, otherwise autocannon in a worker thread), answering req/s and p99; and the one-at-a-time readers
// (each path once, the time of each request) the bench warms and times its slower pages with.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

export interface Load {
  rps: number;
  p99: number;
  /** Requests that got no answer (timeouts, resets): reported, since a loaded machine has some. */
  errors: number;
}

/**
 * 50 connections for `seconds`, by wrk when the machine has it (C: parsing a response costs it a
 * fraction of what it costs autocannon, so on a small machine the load generator takes less of the
 * CPU the servers need), otherwise by autocannon in a worker thread, so that the client does not share
 * the servers' event loop (it would flatter the slower server). Returns req/s and p99 ms.
 */
export async function cannon(
  url: string,
  seconds: number,
  headers: Record<string, string> = {},
  paths?: string[],
) {
  if (paths?.length === 0)
    throw new Error(`${url}: a run with no paths to ask (the data set holds none of them)`);
  return wrkPath ? wrk(url, seconds, headers, paths) : autocannonLoad(url, seconds, headers, paths);
}

// BENCH_LOAD=autocannon measures with autocannon even where wrk is installed.
const wrkPath = (() => {
  if (process.env.BENCH_LOAD === 'autocannon') return undefined;
  const found = spawnSync('sh', ['-c', 'command -v wrk'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
})();
export const loadTool = wrkPath ? 'wrk' : 'autocannon';

async function autocannonLoad(
  url: string,
  seconds: number,
  headers: Record<string, string>,
  paths?: string[],
): Promise<Load> {
  const requests = paths?.map((path) => ({ method: 'GET' as const, path }));
  const r = await autocannon({
    url,
    connections: 50,
    duration: seconds,
    headers,
    workers: 1,
    ...(requests ? { requests } : {}),
  });
  // A 304 is the answer asked for when the request carries If-None-Match (and only a 304: a 200 there
  // means the tag did not match, and the run measured whole pages instead).
  if (headers['if-none-match'] && r['2xx'] > 0)
    throw new Error(`${url}${paths?.[0] ?? ''}: ${r['2xx']} answers 200 to If-None-Match, not 304`);
  const unexpected = r.non2xx - (headers['if-none-match'] ? r['3xx'] : 0);
  if (unexpected > 0)
    throw new Error(
      `${url}${paths?.[0] ?? ''}: ${unexpected} unexpected responses (4xx ${r['4xx']}, 5xx ${r['5xx']})`,
    );
  return { rps: r.requests.average, p99: r.latency.p99, errors: r.errors + r.timeouts };
}

/** Reads each path once, 20 at a time. */
export async function readEach(base: string, cookie: string, paths: string[]) {
  const queue = [...paths];
  await Promise.all(
    Array.from({ length: 20 }, async () => {
      for (let path = queue.pop(); path; path = queue.pop()) {
        const r = await fetch(base + path, { headers: { cookie } });
        if (!r.ok) throw new Error(`${path}: ${r.status}`);
        await r.arrayBuffer();
      }
    }),
  );
}

/** wrk with a script that takes the paths in turn and prints its summary as JSON. */
async function wrk(
  url: string,
  seconds: number,
  headers: Record<string, string>,
  paths?: string[],
): Promise<Load> {
  // wrk counts only answers of 400 and above as status errors: a 304 run counts the other answers itself
  // (a response callback in each thread, summed in done() through setup()'s thread list).
  const revalidating = Boolean(headers['if-none-match']);
  const lua = `
local threads = {}
setup = function(thread) table.insert(threads, thread) end
not304 = 0
${revalidating ? 'response = function(status) if status ~= 304 then not304 = not304 + 1 end end' : ''}
local paths = ${JSON.stringify(paths ?? [new URL(url).pathname])
    .replace(/^\[/, '{')
    .replace(/\]$/, '}')}
local headers = { ${Object.entries(headers)
    .map(([k, v]) => `[${JSON.stringify(k)}] = ${JSON.stringify(v)}`)
    .join(', ')} }
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i], headers)
end
done = function(summary, latency, requests)
  local e = summary.errors
  local other = 0
  for _, t in ipairs(threads) do other = other + t:get("not304") end
  io.write(string.format('\\n{"requests":%d,"us":%d,"p99us":%d,"non2xx":%d,"errors":%d,"not304":%d}\\n',
    summary.requests, summary.duration, latency:percentile(99), e.status, e.connect + e.read + e.write + e.timeout, other))
end
`;
  const dir = mkdtempSync(join(tmpdir(), 'jx-wrk-'));
  const script = join(dir, 'paths.lua');
  writeFileSync(script, lua);
  try {
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn(wrkPath!, ['-t1', '-c50', `-d${seconds}s`, '--timeout', '10s', '-s', script, url], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let text = '';
      child.stdout.on('data', (d: Buffer) => (text += d.toString()));
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0 ? resolve(text) : reject(new Error(`wrk exited with ${code}`)),
      );
    });
    const line = out.trim().split('\n').pop()!;
    const r = JSON.parse(line) as {
      requests: number;
      us: number;
      p99us: number;
      non2xx: number;
      errors: number;
      not304: number;
    };
    if (r.non2xx > 0) throw new Error(`${url}${paths?.[0] ?? ''}: ${r.non2xx} answers of 400 or more`);
    if (revalidating && r.not304 > 0)
      throw new Error(`${url}${paths?.[0] ?? ''}: ${r.not304} answers other than 304 to If-None-Match`);
    return { rps: r.requests / (r.us / 1e6), p99: Math.round(r.p99us / 100) / 10, errors: r.errors };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What a script of wrkPathsScript prints at the end of a run: requests, the run's µs, its p99 (µs), its errors by kind. */
export interface WrkPathsRun {
  requests: number;
  us: number;
  p99us: number;
  status: number;
  connect: number;
  read: number;
  timeout: number;
}

/**
 * A wrk script in a folder of its own that asks `paths` in turn with the session `cookie` and prints one JSON line
 * (WrkPathsRun) when done, for the tools that run wrk themselves (to time its CPU or sample the processes beside it).
 */
export function wrkPathsScript(paths: string[], cookie: string): { dir: string; script: string } {
  const dir = mkdtempSync(join(tmpdir(), 'jx-wrk-paths-'));
  const script = join(dir, 'paths.lua');
  writeFileSync(
    script,
    `local paths = {${paths.map((p) => JSON.stringify(p)).join(',')}}
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i], { ["cookie"] = ${JSON.stringify(cookie)} })
end
done = function(summary, latency)
  local e = summary.errors
  io.write(string.format('\\n{"requests":%d,"us":%d,"p99us":%d,"status":%d,"connect":%d,"read":%d,"timeout":%d}\\n',
    summary.requests, summary.duration, latency:percentile(99), e.status, e.connect, e.read, e.timeout))
end`,
  );
  return { dir, script };
}

/** The last line wrk printed with a script of wrkPathsScript. */
export function wrkPathsRun(out: string): WrkPathsRun {
  return JSON.parse(out.trim().split('\n').pop()!) as WrkPathsRun;
}

/** Per-request time of `path`, one request at a time: mean and worst of `n`. */
export async function timeEach(url: string, cookie: string, n: number) {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const r = await fetch(url, { headers: { cookie } });
    if (!r.ok) throw new Error(`${url}: ${r.status}`);
    await r.arrayBuffer();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    mean: times.reduce((x, y) => x + y, 0) / n,
    max: times.at(-1)!,
    median: times[Math.floor(n / 2)]!,
  };
}
