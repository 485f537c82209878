// Which Chromium prints PDFs (and drives the browser tests). Debian's chromium-headless-shell is the old
// headless mode as a binary of its own: no browser UI, none of its WebUI renderers. Measured on the same
// pages (six contexts typed into and shot, one PDF): 5.5–6.0 CPU-seconds against 17–21 for the full
// chromium in --headless. The full browser stays the fallback where only it is installed.
import { existsSync } from 'node:fs';

export const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
export const FULL_CHROMIUM = '/usr/bin/chromium';

/** The headless shell when installed, else the full Chromium (which may be missing too: callers check). */
export function defaultChromium(exists: (path: string) => boolean = existsSync): string {
  return exists(HEADLESS_SHELL) ? HEADLESS_SHELL : FULL_CHROMIUM;
}
