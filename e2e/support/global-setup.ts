// Shared set-up of the whole browser run, made once instead of once per test file:
// - the demo city: one server starts on an empty PGlite folder, seeds the demo (migrations, 15 imported
//   forms, a monitoring round, the accounts) and stops; every test file's server then starts on a copy of
//   that folder instead of seeding its own (each file still gets a fresh, private database — only the work
//   of making it is shared);
// - one Chromium: each test file connects to it and makes its own contexts (closed with the connection),
//   instead of starting a browser of its own (seconds of CPU each on a loaded machine).
import { existsSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { seedDemoTemplate } from './start-server.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

async function startSharedBrowser(): Promise<BrowserServer | null> {
  const { chromiumPath, FLAGS } = await import('./browser.ts');
  if (!existsSync(chromiumPath)) return null;
  try {
    const { chromium } = await import('playwright-core');
    return await chromium.launchServer({ executablePath: chromiumPath, args: FLAGS, headless: true });
  } catch (e) {
    console.warn(`shared Chromium not started, each browser test starts its own: ${String(e)}`);
    return null;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [template, browser] = await Promise.all([seedDemoTemplate(root), startSharedBrowser()]);
  project.provide('demoTemplate', template);
  project.provide('browserEndpoint', browser?.wsEndpoint() ?? null);
  return async () => {
    await browser?.close();
    if (template) rmSync(dirname(template.dataDir), { recursive: true, force: true });
  };
}
