// Backup → restore round trip on each driver: every row comes back, exact decimals included, and the
// restored server serves the same forms; a non-empty target is refused unless forced.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client.ts';
import { createTestApp, type TestContext } from '../test-support/test-app.ts';
import { createTestDatabase, storageDrivers } from '../test-support/test-database.ts';
import { sampleProject } from '../test-support/sample-forms.ts';
import { backupTo } from './backup.ts';
import { restoreFrom, RestoreError } from './restore.ts';
import { backupTables, transientTables } from './tables.ts';
import { sampleBudget } from '../test-support/sample-budget.ts';

async function counts(database: Database) {
  const out: Record<string, number> = {};
  for (const t of backupTables) {
    const r = await queryRows<{ n: string | number }>(
      database.db,
      sql`select count(*) as n from ${sql.identifier(t)}`,
    );
    out[t] = Number(r[0]!.n);
  }
  return out;
}

describe.each(storageDrivers)('backup and restore on %s', (driver) => {
  let ctx: TestContext;
  let dir: string;
  const others: Database[] = [];
  beforeAll(async () => {
    ctx = await createTestApp(driver, { checkForm: () => [] });
    dir = mkdtempSync(join(tmpdir(), 'jx-backup-'));
  }, 120_000);
  afterAll(async () => {
    for (const d of others) await d.close();
    await ctx?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('holds every table of the schema but the transient ones (a new table must be added to the backup)', async () => {
    const rows = await queryRows<{ name: string }>(
      ctx.database.db,
      // Partitions (a year's rows of a table partitioned by year) are held through their parent.
      sql`select relname as name from pg_class where relnamespace = 'public'::regnamespace and relkind in ('r', 'p') and not relispartition`,
    );
    const kept = new Set<string>([...backupTables, ...transientTables]);
    expect(rows.map((r) => r.name).filter((n) => !kept.has(n) && !n.startsWith('__drizzle'))).toEqual([]);
  });

  it('round-trips every table', { timeout: 120_000 }, async () => {
    const s = await ctx.as('fillerA1');
    const form = sampleProject({
      budget: { total: '200.0000', current: '4804.64', sources: [], history: null },
    });
    const created = (await s.post('/api/forms', { form })).json();
    await s.post(`/api/forms/${created.meta.id}/submit`);
    await (
      await ctx.as('reviewerA')
    ).post(`/api/forms/${created.meta.id}/review/return`, {
      opinion: '请修改',
      comments: [{ pointer: '/name', reason: 'goal-unclear', text: '名称' }],
    });
    const upload = await s.request('POST', '/api/check', { forms: [form] });
    expect(upload.statusCode).toBe(200);
    // A budget with its lines and a generated disclosure are kept too.
    const finance = await ctx.as('finance');
    expect(
      (await finance.put(`/api/budgets/${ctx.orgs.deptA}/2025`, { baseVersion: 0, budget: sampleBudget() }))
        .statusCode,
    ).toBe(200);
    expect((await finance.post(`/api/disclosures/${ctx.orgs.deptA}/2025/generate`)).statusCode).toBe(201);

    const file = join(dir, `${driver}.backup.gz`);
    for (const t of ['budgets', 'budget_functional_lines', 'budget_disclosures'] as const)
      expect((await counts(ctx.database))[t]).toBeGreaterThan(0);
    const summary = await backupTo(ctx.database, file);
    expect(summary.tables.forms).toBeGreaterThan(0);
    expect((statSync(file).mode & 0o777).toString(8)).toBe('600'); // password hashes: owner only
    const before = await counts(ctx.database);

    const target = await createTestDatabase(driver);
    others.push(target);
    await restoreFrom(target, file);
    expect(await counts(target)).toEqual(before);
    // The restored tables are analysed (partitioned ones as a whole too): the planner knows their rows.
    const analysed = await queryRows<{ tablename: string }>(
      target.db,
      sql`select distinct tablename from pg_stats
          where schemaname = 'public' and tablename in ('forms', 'indicators', 'audit_log')`,
    );
    expect(analysed.map((r) => r.tablename).sort()).toEqual(['audit_log', 'forms', 'indicators']);
    const money = await queryRows<{ budget_total: string; budget_current: string }>(
      target.db,
      sql`select budget_total, budget_current from forms where id = ${created.meta.id}`,
    );
    expect(money[0]).toEqual({ budget_total: '200.0000', budget_current: '4804.64' });

    // the audit log continues after the restored entries
    const maxBefore = await queryRows<{ m: string | number }>(
      target.db,
      sql`select max(id) as m from audit_log`,
    );
    await target.db.execute(
      sql`insert into audit_log (region_code, action, entity) values ('000000', 'test', 'test')`,
    );
    const maxAfter = await queryRows<{ m: string | number }>(
      target.db,
      sql`select max(id) as m from audit_log`,
    );
    expect(Number(maxAfter[0]!.m)).toBe(Number(maxBefore[0]!.m) + 1);

    // a non-empty database is refused, then replaced with --force
    await expect(restoreFrom(target, file)).rejects.toBeInstanceOf(RestoreError);
    await restoreFrom(target, file, { force: true });
    expect(await counts(target)).toEqual(before);
  });

  it('keeps the audit log append-only', async () => {
    await expect(ctx.database.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    await expect(ctx.database.db.execute(sql`update audit_log set action = 'x'`)).rejects.toThrow();
  });
});
