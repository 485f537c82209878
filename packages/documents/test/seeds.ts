// Loads the seed documents from ../shared/seeds (beside the repository), where CI and developers have them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const SEEDS_DIR = resolve(here, '../../../../shared/seeds');
export const haveSeeds = existsSync(SEEDS_DIR);

export function seedText(prefix: string): string {
  const name = readdirSync(SEEDS_DIR).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!name) throw new Error(`seed ${prefix} not found in ${SEEDS_DIR}`);
  return readFileSync(join(SEEDS_DIR, name), 'utf8');
}

export function seedPath(prefix: string): string {
  const name = readdirSync(SEEDS_DIR).find((f) => f.startsWith(prefix) && f.endsWith('.txt'))!;
  return join(SEEDS_DIR, name);
}
