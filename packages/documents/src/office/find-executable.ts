// Where a program the readers run as a child process (tesseract, pdftoppm, LibreOffice) is installed: the first
// executable of its names along PATH, so that a missing program is told before anything is started.
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

/**
 * The first executable named one of `names` on PATH, or null. PATH's order comes first: a directory earlier on it
 * wins whichever of the names it holds (as the shell would pick), then the names in the order given.
 */
export function findExecutable(...names: string[]): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    for (const name of names) {
      const candidate = path.join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return null;
}
