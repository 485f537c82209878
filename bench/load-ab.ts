// The server's COPY load against a raw COPY, two loaders in turn (A/B) on one scratch database: each batch
// of generated forms is loaded by loader A and by loader B (other ids, the same forms), and copied raw into
// copies of the tables without and with their foreign keys, the four in an order that turns every other batch (A and B trading places between), so
// that a loaded machine's swings fall on all of them alike. Prints each loader's ratio to both COPYs and its
// own CPU a batch (this process: mapping and encoding). LOADER_A / LOADER_B: a form-copy.ts to load with (by
// default this checkout's, for both: an A/A run shows the noise). Usage:
//   DATABASE_URL=postgres://…/postgres [FORMS=20000] [LOADER_A=/other/checkout/…/form-copy.ts] \
//     node --import tsx bench/load-ab.ts
import { randomBytes, randomUUID } from 'node:crypto';
import { fromPostgres } from '../packages/server/src/db/client.ts';
import { createOrg } from '../packages/server/src/features/orgs/orgs.service.ts';
import { createScratchDatabase } from '../packages/server/src/test-support/scratch-database.ts';
import { encodeFormsForCopy, type FormToLoad } from '../packages/server/src/features/forms/form-copy.ts';
import { batchForms, createCopies, rawCopy, REGION } from './province-data.ts';

type Loader = typeof import('../packages/server/src/features/forms/form-copy.ts');
const own = new URL('../packages/server/src/features/forms/form-copy.ts', import.meta.url).href;
const loaders: [string, Loader][] = await Promise.all(
  (['A', 'B'] as const).map(
    async (k) => [k, (await import(process.env[`LOADER_${k}`] ?? own)) as Loader] as [string, Loader],
  ),
);
const adminUrl = process.env.DATABASE_URL!;
const forms = Number(process.env.FORMS ?? 20_000);
const batch = 1000;
const name = `jx_load_ab_${randomBytes(4).toString('hex')}`;
const scratch = await createScratchDatabase(adminUrl, name);
const database = fromPostgres(scratch.url, 2);
try {
  await database.migrate();
  const system = { actor: null, ip: null };
  const orgIds: string[] = [];
  await database.db.transaction(async (tx) => {
    const root = await createOrg(tx, system, { name: '省财政厅', kind: 'finance', code: REGION });
    for (let d = 0; d < Math.max(10, forms / 30); d++)
      orgIds.push((await createOrg(tx, system, { name: `单位${d}`, kind: 'unit', parentId: root.id })).id);
  });
  await createCopies(database);
  const ms: Record<string, number> = { A: 0, B: 0, copy: 0, keyed: 0 };
  const cpu: Record<string, number> = { A: 0, B: 0 };
  const timed = async (key: string, f: () => Promise<void>) => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await f();
    ms[key]! += performance.now() - t0;
    if (key in cpu) {
      const c = process.cpuUsage(c0);
      cpu[key]! += (c.user + c.system) / 1000;
    }
  };
  for (let start = 0, n = 0; start < forms; start += batch, n++) {
    const items = batchForms(start, batch, orgIds, 15);
    // Loader B gets the same forms under ids of its own.
    const again: FormToLoad[] = items.map((it) => ({ ...it, id: randomUUID() }));
    const encoded = encodeFormsForCopy(REGION, items);
    const steps: [string, () => Promise<void>][] = [
      ['A', () => database.bulkCopy((copy, exec) => loaders[0]![1].copyForms(copy, exec, REGION, items))],
      ['B', () => database.bulkCopy((copy, exec) => loaders[1]![1].copyForms(copy, exec, REGION, again))],
      ['copy', () => rawCopy(database, encoded, 'copy_')],
      ['keyed', () => rawCopy(database, encoded, 'keyed_')],
    ];
    // Every other batch A and B trade places, so that each follows the other as often (an A/A run with the
    // order only turned had the loader in second place 0.05 of COPY slower: the first one's writes weigh on it).
    if (n % 2) [steps[0], steps[1]] = [steps[1]!, steps[0]!];
    for (let k = 0; k < steps.length; k++) {
      const [key, step] = steps[(k + Math.floor(n / 2)) % steps.length]!;
      await timed(key, step);
    }
  }
  const batches = forms / batch;
  for (const k of ['A', 'B'] as const)
    console.log(
      `loader ${k} (${process.env[`LOADER_${k}`] ?? 'this checkout'}): ${(ms[k]! / batches).toFixed(0)} ms a batch of ${batch} forms, CPU here ${(cpu[k]! / batches).toFixed(0)} ms | to COPY ${(ms.copy! / ms[k]!).toFixed(3)}× | to keyed COPY ${(ms.keyed! / ms[k]!).toFixed(3)}×`,
    );
  console.log(
    `raw COPY ${(ms.copy! / batches).toFixed(0)} ms, keyed ${(ms.keyed! / batches).toFixed(0)} ms a batch | load ${(await import('node:fs')).readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}`,
  );
} finally {
  await database.close?.();
  await scratch.drop();
}
