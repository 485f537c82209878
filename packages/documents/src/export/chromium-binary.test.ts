import { describe, expect, it } from 'vitest';
import { defaultChromium, FULL_CHROMIUM, HEADLESS_SHELL } from './chromium-binary.ts';

describe('defaultChromium', () => {
  it('takes the headless shell when it is installed', () => {
    expect(defaultChromium((p) => p === HEADLESS_SHELL || p === FULL_CHROMIUM)).toBe(HEADLESS_SHELL);
  });
  it('falls back to the full Chromium without the shell', () => {
    expect(defaultChromium((p) => p === FULL_CHROMIUM)).toBe(FULL_CHROMIUM);
  });
});
