import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findExecutable } from './find-executable.ts';

const made: string[] = [];
const PATH = process.env.PATH;
afterEach(() => {
  process.env.PATH = PATH;
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A directory holding `files`, each executable or not. */
function dirWith(files: Record<string, boolean>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'find-executable-'));
  made.push(dir);
  for (const [name, executable] of Object.entries(files)) {
    writeFileSync(path.join(dir, name), '#!/bin/sh\n');
    chmodSync(path.join(dir, name), executable ? 0o755 : 0o644);
  }
  return dir;
}

describe('findExecutable', () => {
  it('finds a program by any of its names, the earlier directory on PATH first', () => {
    const early = dirWith({ libreoffice: true });
    const late = dirWith({ soffice: true });
    process.env.PATH = [early, late].join(path.delimiter);
    expect(findExecutable('soffice', 'libreoffice')).toBe(path.join(early, 'libreoffice'));
    expect(findExecutable('soffice')).toBe(path.join(late, 'soffice'));
  });

  it('passes over a file that may not be run, and says null where no name is found', () => {
    const dir = dirWith({ tesseract: false });
    process.env.PATH = dir;
    expect(findExecutable('tesseract')).toBeNull();
    expect(findExecutable('pdftoppm')).toBeNull();
  });
});
