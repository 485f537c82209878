// What a trigger of monitoring_entries costs an insert: N monitoring entries inserted at once (a round opened)
// with the trigger TRIGGER on and off in turn — monitoring_entry_names by default (the names an entry carries,
// migration 0052), monitoring_entry_text the kept item text (0054) — each in a transaction rolled back; the
// backend's CPU of each insert from /proc/PID/schedstat. Needs a database seeded by list-seed.ts (its 2025
// forms; nothing is kept). Usage:
//   DATABASE_URL=postgres://…/DB [N=10000] [ROUNDS=4] [TRIGGER=name] node --import tsx bench/entry-insert-ab.ts
import { readFileSync } from 'node:fs';
import pg from 'pg';

const n = Number(process.env.N ?? 10000);
const rounds = Number(process.env.ROUNDS ?? 4);
const trigger = process.env.TRIGGER ?? 'monitoring_entry_names';
const client = new pg.Client(process.env.DATABASE_URL);
await client.connect();
const pid = (await client.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
const cpuNs = () => Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]);
const times: Record<'on' | 'off', number[]> = { on: [], off: [] };
for (let r = 0; r < rounds; r++)
  for (const mode of r % 2 ? (['off', 'on'] as const) : (['on', 'off'] as const)) {
    await client.query('begin');
    if (mode === 'off') await client.query(`alter table monitoring_entries disable trigger ${trigger}`);
    // A round of its own (one per period): the forms' entries are not yet in it.
    const round = (
      await client.query<{ id: string }>(
        `insert into monitoring_rounds (region_code, year, month, title, thresholds)
         select region_code, 2025, 11, 'insert-ab', '{}' from monitoring_rounds limit 1 returning id`,
      )
    ).rows[0]!.id;
    const before = cpuNs();
    await client.query(
      `insert into monitoring_entries (region_code, round_id, year, form_id, org_id, status, data)
       select f.region_code, $1, 2025, f.id, f.org_id, 'unfilled', '{}' from forms f
       where f.kind = 'project' and f.year = 2025 order by f.id limit ${n}`,
      [round],
    );
    times[mode].push((cpuNs() - before) / 1e6);
    await client.query('rollback');
  }
for (const mode of ['on', 'off'] as const)
  console.log(`${trigger} ${mode}: ${times[mode].map((ms) => ms.toFixed(0)).join(', ')} ms for ${n} entries`);
console.log(`load ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}`);
await client.end();
