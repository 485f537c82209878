// A signed-in desktop page with the files to upload written into a temporary folder: the one set-up and
// tear-down of the browser tests of the upload pages (the import preview, the evaluation import).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startRig, type BrowserRig } from './browser.ts';

export interface UploadPage {
  rig: BrowserRig;
  page: Page;
  /** The temporary folder holding the files (removed on close). */
  folder: string;
  /** The page's uncaught errors (a test expects none). */
  errors: string[];
  close(): Promise<void>;
}

export async function openUploadPage(o: {
  /** Names the temporary folder (jixiao-<prefix>-…). */
  prefix: string;
  /** file name → its text. */
  files: Record<string, string>;
  account: string;
  viewport: { width: number; height: number };
}): Promise<UploadPage> {
  const folder = mkdtempSync(join(tmpdir(), `jixiao-${o.prefix}-`));
  for (const [name, text] of Object.entries(o.files)) writeFileSync(join(folder, name), text);
  const rig = await startRig();
  const errors: string[] = [];
  const page = await (await rig.desktop(o.viewport)).newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  await rig.login(page, o.account);
  return {
    rig,
    page,
    folder,
    errors,
    close: async () => {
      await rig.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
