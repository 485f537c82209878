// Loads the corpus fixtures (copied from ../shared/corpus/docs, each opening with its `# source:` line) as rows.
// Until the text reader splits `|`-separated cells itself, lines holding `|` are split here.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTextRows, type Row } from '../src/index.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const CORPUS_FIXTURES = join(here, 'fixtures', 'corpus');

export function corpusText(file: string): string {
  return readFileSync(join(CORPUS_FIXTURES, file), 'utf8');
}

/** The rows of a corpus text: `|` lines split into cells, other lines read by the text reader. */
export function corpusRows(text: string): Row[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (!lines.some((l) => l.includes('|'))) return readTextRows(text);
  const rows: Row[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    if (line.includes('|'))
      rows.push({ cells: line.split('|').map((c) => c.trim()), table: true, line: i + 1 });
    else rows.push({ cells: [line], table: false, line: i + 1 });
  });
  return rows;
}
