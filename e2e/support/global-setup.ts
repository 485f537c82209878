// Seeds the demo city once for the whole browser run: one server starts on an empty PGlite folder, seeds
// the demo (migrations, 15 imported forms, a monitoring round, the accounts) and stops; every test file's
// server then starts on a copy of that folder instead of seeding its own (each file still gets a fresh,
// private database — only the work of making it is shared).
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { seedDemoTemplate } from './start-server.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default async function setup(project: TestProject): Promise<() => void> {
  const template = await seedDemoTemplate(root);
  project.provide('demoTemplate', template);
  return () => {
    if (template) rmSync(dirname(template.dataDir), { recursive: true, force: true });
  };
}
