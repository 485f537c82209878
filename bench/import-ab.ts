// Text import's CPU a form of two source trees in ONE process (an A/B that a loaded machine's swings fall on
// alike): each tree's importText bundled by esbuild (core bundled in, names kept as tsx keeps them, the other
// packages this checkout's), both warmed on the same 5,000 other forms as documents.bench.ts warms, then batches
// of the bench's forms in turns (A then B, B then A). Prints each round's CPU µs a form and the ratio B/A of the
// round, and their medians. A is the tree given (e.g. `git archive START | tar -x -C DIR`); B is this checkout.
// Usage: node --import tsx bench/import-ab.ts A_DIR [count=400] [rounds=20]
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { generateForms } from './generate-forms.ts';

type Import = { importText(text: string): unknown[] };

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const [aDir, countArg, roundsArg] = process.argv.slice(2);
if (!aDir) throw new Error('usage: bench/import-ab.ts A_DIR [count] [rounds]');
const count = Number(countArg ?? 400);
const rounds = Number(roundsArg ?? 20);
// Inside this checkout's node_modules, so that the bundles find the packages left out of them.
const out = join(root, 'node_modules', '.cache', 'import-ab');
mkdirSync(out, { recursive: true });

const manifest = JSON.parse(readFileSync(join(root, 'packages/documents/package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};
const external = Object.keys(manifest.dependencies).filter((d) => d !== '@jixiao/core');

async function bundle(tree: string, name: string): Promise<Import> {
  const file = join(out, `${name}.mjs`);
  await build({
    stdin: {
      contents: `export { importText } from './packages/documents/src/index.ts';`,
      resolveDir: tree,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    keepNames: true,
    alias: { '@jixiao/core': join(tree, 'packages/core/src/index.ts') },
    external: [...external, 'decimal.js', 'zod'],
    outfile: file,
    logLevel: 'warning',
  });
  return (await import(pathToFileURL(file).href)) as Import;
}

const a = await bundle(resolve(aDir), 'a');
const b = await bundle(root, 'b');
for (const g of generateForms(5000, 15, 7)) {
  a.importText(g.text);
  b.importText(g.text);
}
const batch = generateForms(count, 15).map((g) => g.text);

function cpu(m: Import): number {
  const c0 = process.cpuUsage();
  let n = 0;
  for (const t of batch) n += m.importText(t).length;
  const c = process.cpuUsage(c0);
  if (n !== count) throw new Error(`expected ${count} forms, got ${n}`);
  return (c.user + c.system) / count;
}

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const as: number[] = [];
const bs: number[] = [];
const ratios: number[] = [];
for (let r = 0; r < rounds; r++) {
  // Turns: A first in even rounds, B first in odd ones.
  let x: number;
  let y: number;
  if (r % 2 === 0) {
    x = cpu(a);
    y = cpu(b);
  } else {
    y = cpu(b);
    x = cpu(a);
  }
  as.push(x);
  bs.push(y);
  ratios.push(y / x);
  console.log(`round ${r + 1}: A ${x.toFixed(1)}  B ${y.toFixed(1)}  B/A ${(y / x).toFixed(3)}`);
}
console.log(
  `median A ${median(as).toFixed(1)}  B ${median(bs).toFixed(1)} µs a form;  ratio B/A median ${median(ratios).toFixed(3)}` +
    `  (least A ${Math.min(...as).toFixed(1)}  B ${Math.min(...bs).toFixed(1)})`,
);
