// Runs every benchmark of the project (bench/*.bench.ts) and prints ratios; `-- --json` for machines,
// `-- --quick` for a smaller batch, `-- --projects=N` for the size of the server bench's province. Benchmarks never fail on timing.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchResult } from './result.ts';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const json = args.includes('--json');
const quick = args.includes('--quick');
const only = args.find((a) => !a.startsWith('--'));
// --projects=N: the size of the server bench's generated province (see server-api.bench.ts).
const projectsArg = args.find((a) => a.startsWith('--projects='));
const projects = projectsArg ? Number(projectsArg.slice('--projects='.length)) : undefined;

const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || f.includes(only))
  .sort();
const results: BenchResult[] = [];
for (const f of files) {
  const mod = (await import(pathToFileURL(join(here, f)).href)) as {
    run(o: { quick: boolean; projects?: number | undefined }): Promise<BenchResult[]>;
  };
  if (!json) process.stderr.write(`running ${f}…\n`);
  try {
    results.push(...(await mod.run({ quick, projects })));
  } catch (e) {
    process.stderr.write(`${f}: ${(e as Error).message}\n`);
    process.exitCode = 1;
  }
}
if (json) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
else
  for (const r of results)
    process.stdout.write(
      `${r.name}: ${r.value} ${r.unit} (baseline ${r.baseline}, ratio ${r.ratio})${r.note ? ` — ${r.note}` : ''}\n`,
    );
