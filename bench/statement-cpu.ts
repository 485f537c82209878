// The backend CPU of one statement, run many times as a named prepared statement on a connection of its own
// (what a list request costs PostgreSQL, without the server and the load generator): each file holds a
// statement's text ($1…$n), VALUES its values as JSON; the files are run in turn, ROUNDS times, so that two
// versions of a statement meet the same neighbours' load. The CPU is the backend's utime + stime from /proc
// (ticks of 10 ms) over RUNS runs, after 10 runs to warm; also how many runs PostgreSQL planned anew (custom
// plans) and how many took its kept generic plan. A file FILE.values.json beside FILE.sql holds its own
// values (else VALUES); MODES=auto,force_generic_plan runs each file in each plan_cache_mode in turn (the
// server's list pool against the main pool: db/prepared.ts `usesGenericPlans`). Usage:
//   DATABASE_URL=postgres://…/DB VALUES='[2025,51]' [RUNS=400] [ROUNDS=4] [PLAN_CACHE_MODE=force_generic_plan] \
//     [MODES=auto,force_generic_plan] node --import tsx bench/statement-cpu.ts OLD.sql NEW.sql
import { existsSync, readFileSync } from 'node:fs';
import pg from 'pg';

const files = process.argv.slice(2);
const values = JSON.parse(process.env.VALUES ?? '[]') as unknown[];
const runs = Number(process.env.RUNS ?? 400);
const rounds = Number(process.env.ROUNDS ?? 4);
const modes = (process.env.MODES ?? process.env.PLAN_CACHE_MODE ?? '').split(',').filter(Boolean);
const valuesOf = (file: string): unknown[] => {
  const own = file.replace(/\.sql$/, '.values.json');
  return own !== file && existsSync(own) ? (JSON.parse(readFileSync(own, 'utf8')) as unknown[]) : values;
};
const cpuMs = (pid: number) => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
};
for (let round = 1; round <= rounds; round++)
  for (const file of files)
    for (const mode of modes.length ? modes : [undefined]) {
      const text = readFileSync(file, 'utf8');
      const fileValues = valuesOf(file);
      const client = new pg.Client(process.env.DATABASE_URL);
      await client.connect();
      if (mode) await client.query(`set plan_cache_mode = ${mode}`);
      const pid = (await client.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
      const run = () => client.query({ name: 'measured', text, values: fileValues });
      for (let i = 0; i < 10; i++) await run();
      const before = cpuMs(pid);
      for (let i = 0; i < runs; i++) await run();
      const ms = cpuMs(pid) - before;
      const plans = (
        await client.query<{ generic_plans: string; custom_plans: string }>(
          `select generic_plans, custom_plans from pg_prepared_statements where name = 'measured'`,
        )
      ).rows[0]!;
      const load = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
      console.log(
        `${round} ${file}${mode ? ` ${mode}` : ''}: backend ${(ms / runs).toFixed(3)} ms a run | plans generic ${plans.generic_plans} custom ${plans.custom_plans} | load ${load}`,
      );
      await client.end();
    }
