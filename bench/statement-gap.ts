// Is a list statement slower on its connection after a gap (docs/scale.md, thirty-sixth session)? On one connection
// of the list pool's kind (generic plans), each list statement (as tail-probe.ts's DUMP captured them: TEXTS=file)
// prepared and run until warm; then for each: its time run back to back, and its first run after (a) the other
// lists' statements run on the same connection for OTHERS seconds, (b) a pause of PAUSE seconds, (c) both — as a
// bench run finds the list pool's connections after the other rows and the 2 s pause. Times from this client
// (one statement at a time on an idle connection: the backend's time and a round trip), µs. Usage:
//   DATABASE_URL=… TEXTS=/tmp/texts.json [OTHERS=3] [PAUSE=2] [ROUNDS=3] node --import tsx bench/statement-gap.ts
import { readFileSync } from 'node:fs';
import pg from 'pg';

const texts = JSON.parse(readFileSync(process.env.TEXTS!, 'utf8')) as Record<
  string,
  { text: string; values: unknown[]; row: string }
>;
const others = Number(process.env.OTHERS ?? 3);
const pause = Number(process.env.PAUSE ?? 2);
const rounds = Number(process.env.ROUNDS ?? 3);
const client = new pg.Client({
  connectionString: process.env.DATABASE_URL,
  options: '-c plan_cache_mode=force_generic_plan',
});
await client.connect();
const names = Object.keys(texts);
const once = async (name: string) => {
  const { text, values } = texts[name]!;
  const t = process.hrtime.bigint();
  await client.query({ name, text, values, rowMode: 'array' });
  return Number(process.hrtime.bigint() - t) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const sleep = (s: number) => new Promise((r) => setTimeout(r, s * 1000));
const runOthers = async (but: string, seconds: number) => {
  const until = performance.now() + seconds * 1000;
  for (let i = 0; performance.now() < until; i++) {
    const n = names[i % names.length]!;
    if (n !== but) await once(n);
  }
};
for (const n of names) for (let i = 0; i < 50; i++) await once(n);

const rows: Record<string, Record<string, number[]>> = {};
for (let round = 0; round < rounds; round++)
  for (const name of names) {
    const r = (rows[name] ??= { warm: [], others: [], pause: [], both: [], afterBoth: [] });
    const warm: number[] = [];
    for (let i = 0; i < 30; i++) warm.push(await once(name));
    r.warm!.push(median(warm));
    await runOthers(name, others);
    r.others!.push(await once(name));
    await sleep(pause);
    r.pause!.push(await once(name));
    await runOthers(name, others);
    await sleep(pause);
    r.both!.push(await once(name));
    const after: number[] = [];
    for (let i = 0; i < 10; i++) after.push(await once(name));
    r.afterBoth!.push(median(after));
  }
console.log(
  `µs, median of ${rounds} rounds: warm (median of 30 back to back) | first after ${others} s of the others | after a ${pause} s pause | after both | the next 10 after both (median)`,
);
for (const [name, r] of Object.entries(rows)) {
  const m = (k: string) => String(Math.round(median(r[k]!))).padStart(6);
  console.log(
    `${texts[name]!.row.padEnd(24)} ${m('warm')} | ${m('others')} | ${m('pause')} | ${m('both')} | ${m('afterBoth')}`,
  );
}
await client.end();
