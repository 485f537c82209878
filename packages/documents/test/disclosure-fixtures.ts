// Loads the disclosure fixtures (copied from ../shared/corpus/docs, `# source:` kept) as rows. Rows written
// with | between cells are split here, as the text reader will do once it reads them itself.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTextRows, type Row } from '../src/index.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const fixturePath = (name: string) => join(here, 'fixtures', 'disclosure', name);

export function fixtureRows(name: string): Row[] {
  return readTextRows(readFileSync(fixturePath(name), 'utf8')).map((r) =>
    !r.table && r.cells.length === 1 && r.cells[0]!.includes('|')
      ? {
          ...r,
          cells: r.cells[0]!.replace(/\|\s*$/, '')
            .split('|')
            .map((c) => c.trim()),
          table: true,
        }
      : r,
  );
}
