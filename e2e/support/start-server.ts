// Starts the real server (node --import tsx packages/server/src/main.ts) on a free port with a temporary
// PGlite folder and the demo city; returns its URL and the demo passwords it prints once. The demo city is
// seeded once per run (global-setup.ts) and each server starts on a copy of it.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';

export interface RunningServer {
  url: string;
  passwords: Record<string, string>;
  output: () => string;
  /** Resolves true when the server closed by itself (its database flushed), false when it had to be killed. */
  stop: () => Promise<boolean>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

interface DemoTemplate {
  dataDir: string;
  output: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    demoTemplate: DemoTemplate | null;
  }
}

/** The seeded demo folder of this run, when the global set-up made one (null outside vitest's browser project). */
function demoTemplate(): DemoTemplate | null {
  try {
    return inject('demoTemplate') ?? null;
  } catch {
    return null;
  }
}

export async function startServer(root: string, timeoutMs = 240_000): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jixiao-e2e-'));
  const template = demoTemplate();
  if (template) cpSync(template.dataDir, dataDir, { recursive: true });
  const server = await launch(root, dataDir, timeoutMs);
  // A copied folder is already seeded, so this server prints no passwords: they are the template's.
  if (template) Object.assign(server.passwords, passwordsIn(template.output), server.passwords);
  return server;
}

/**
 * Seeds the demo city into a new folder and stops the server cleanly, so the folder can be copied.
 * Null when that fails: each test file then seeds its own, as before.
 */
export async function seedDemoTemplate(root: string): Promise<DemoTemplate | null> {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'jixiao-e2e-template-')), 'data');
  try {
    const server = await launch(root, dataDir, 600_000, false);
    const output = server.output();
    const exited = await server.stop();
    return exited && Object.keys(passwordsIn(output)).length > 0 ? { dataDir, output } : null;
  } catch (e) {
    console.warn(`demo template not made, each browser test seeds its own: ${String(e)}`);
    return null;
  }
}

function passwordsIn(out: string): Record<string, string> {
  const passwords: Record<string, string> = {};
  for (const m of out.matchAll(/^\s+(filler|reviewer|finance|admin)\s+(\S+)\s+(\S+)\s/gm))
    passwords[m[2]!] = m[3]!;
  return passwords;
}

async function launch(
  root: string,
  dataDir: string,
  timeoutMs: number,
  removeOnStop = true,
): Promise<RunningServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      // E2E_SERVER_LOG_LEVEL=info keeps every request with its time in output() (for a flaky step's evidence).
      LOG_LEVEL: process.env.E2E_SERVER_LOG_LEVEL ?? 'warn',
      DEMO: 'true',
      DATABASE_URL: '',
      // The server's time budget for reading an upload (60 s by default) is a guard for production; on a
      // loaded machine its worker (at a lower priority than everything else) read seed 001 past it and the
      // import tests failed on time. A hang guard here, as the API tests' testConfig has.
      IMPORT_TIMEOUT_SECONDS: '900',
      // The readers at the test's own priority: at nice 10 a reading worker got about a tenth of the CPU of
      // each other busy process, and on a shared machine seed 001's import preview (about a second of work)
      // and the 检查报告 batch did not finish within the browser steps' hang guard.
      IMPORT_WORKER_NICE: '0',
      // No reading worker loaded at start-up (3 CPU-s a server): most browser test files upload nothing, and
      // those that do load it at their first upload, which the states they wait on (the preview) allow for.
      IMPORT_WORKERS_WARM: process.env.IMPORT_WORKERS_WARM ?? 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const stop = async () => {
    let clean = true;
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      clean = await new Promise<boolean>((r) => {
        const t = setTimeout(() => (child.kill('SIGKILL'), r(false)), removeOnStop ? 10_000 : 120_000);
        child.once('exit', () => (clearTimeout(t), r(true)));
      });
    }
    if (removeOnStop) rmSync(dataDir, { recursive: true, force: true });
    // E2E_SERVER_LOG_DIR=<dir> keeps each server's whole output there (with the slow-request watchdog's
    // warnings, and every request at E2E_SERVER_LOG_LEVEL=info): the evidence of a step that waited.
    const logDir = process.env.E2E_SERVER_LOG_DIR;
    if (logDir) {
      mkdirSync(logDir, { recursive: true });
      writeFileSync(join(logDir, `server-${port}-${Date.now()}.log`), out);
    }
    return clean;
  };
  const started = Date.now();
  while (!out.includes('Jixiao server:')) {
    if (child.exitCode !== null || Date.now() - started > timeoutMs) {
      await stop();
      throw new Error(`server did not start:\n${out.slice(-3000)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url: `http://127.0.0.1:${port}`, passwords: passwordsIn(out), output: () => out, stop };
}
