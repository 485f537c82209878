// The audit log's page is sent as its statement wrote it (listAuditJson): the bytes JSON.stringify wrote of the
// page read as fields and objects (listAudit) — names hard to write, null fields, times with microseconds, and
// before/after of every shape jsonb keeps; the ones the statement cannot write as JSON.stringify would (an
// integer key, a number JavaScript writes otherwise, a string holding `, ` or `: `) leave their page to the
// objects' path.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonbAsStringified } from '../../db/json-text.ts';
import { queryRows, type Database } from '../../db/client.ts';
import { createTestDatabase, storageDrivers } from '../../test-support/test-database.ts';
import { listAudit, listAuditJson } from './audit.repo.ts';

const REGION = '530000';

/** Values jsonb keeps as JSON.stringify writes what JSON.parse makes of its text. */
const written: unknown[] = [
  null,
  { status: 'draft' },
  { 'a,b': 'x:y,z', b: [1, 2.5, { c: null }], 'q"\\': '\\"\n', '': [] },
  { name: '分\u2028隔😀𠀀\u0001\u001f\u007f', nested: { deep: [[[{}]]], t: true, f: false } },
  'a bare string',
  [0, -1, 0.5, 123456789012345, -0.000001, 1e-6, 100],
  { __proto__x: 1, a1: 2, '01': 3, '-1': 4, '1.5': 5 },
];

/** Values whose page the statement leaves to the objects' path: each written as jsonb itself stores it. */
const leftToObjects: string[] = [
  '{"a, b": 1}',
  '{"a": "x: y, z", "b": [1, 2.5, {"c": null}]}',
  '["a string: 1.50"]',
  '{"10": 1, "a": 2}',
  '{"a": {"0": true}}',
  '[1.50]',
  '[0.0000001]',
  '[1234567890123456]',
  '[1e25]',
  '{"big": 12345678901234567890}',
];

for (const driver of storageDrivers) {
  describe(`the audit page as its statement wrote it (${driver})`, () => {
    let database: Database;
    beforeAll(async () => {
      database = await createTestDatabase(driver);
    }, 120_000);
    afterAll(async () => {
      await database?.close();
    });

    const insert = (entity: string, before: string | null, after: string | null, extra = {}) =>
      database.db.execute(sql`insert into audit_log (region_code, at, actor_id, actor_name, action, entity,
        entity_id, before, after, ip) values (${REGION},
        ${(extra as { at?: string }).at ?? '2026-01-02 08:00:00.123456+00'}::timestamptz,
        ${(extra as { actorId?: string | null }).actorId ?? null}::uuid,
        ${(extra as { actorName?: string | null }).actorName ?? null}, 'update', ${entity},
        ${(extra as { entityId?: string | null }).entityId ?? null}, ${before}::jsonb, ${after}::jsonb,
        ${(extra as { ip?: string | null }).ip ?? null})`);

    it('answers every page with the bytes JSON.stringify wrote of the page as objects', async () => {
      for (const [i, value] of written.entries())
        await insert('shape', i % 2 ? JSON.stringify(value) : null, JSON.stringify(value), {
          at: ['2026-01-02 08:00:00.999999+00', '2026-01-02 08:00:00+00', '0999-12-31 23:59:59.0005+00'][
            i % 3
          ],
          actorId: i % 2 ? '8a0a7d3e-5f1b-4c2d-9e8f-0123456789ab' : null,
          actorName: i % 2 ? '名"字\\\n\u2028' : null,
          entityId: i % 3 ? `实体${i}"` : null,
          ip: i % 2 ? '127.0.0.1' : null,
        });
      let beforeId: number | undefined;
      for (let page = 0; page < 10; page++) {
        const q = { entity: 'shape', beforeId, limit: 3 };
        const json = (await listAuditJson(database.db, REGION, q)).toString();
        const objects = await listAudit(database.db, REGION, q);
        expect(json).toBe(JSON.stringify(objects));
        if (objects.nextCursor === null) {
          expect(page).toBe(2);
          return;
        }
        beforeId = objects.items.at(-1)!.id;
      }
      throw new Error('the pages never ended');
    });

    it('writes a page holding a value it cannot tell as the objects did', async () => {
      for (const text of leftToObjects) await insert(`left ${text}`, null, text);
      for (const text of leftToObjects) {
        const q = { entity: `left ${text}`, limit: 10 };
        const json = (await listAuditJson(database.db, REGION, q)).toString();
        expect(json).toBe(JSON.stringify(await listAudit(database.db, REGION, q)));
      }
    });

    it('writes jsonb as JSON.stringify writes it parsed, or null where it cannot tell', async () => {
      const texts = await queryRows<{ given: string; stored: string; written: string | null }>(
        database.db,
        sql`select v.given, v.j::text as stored, ${jsonbAsStringified(sql.raw('v.j'))} as written
          from (select g as given, g::jsonb as j from jsonb_array_elements_text(${JSON.stringify([
            ...written.map((w) => JSON.stringify(w)),
            ...leftToObjects,
          ])}::jsonb) g) v`,
      );
      for (const t of texts) {
        if (leftToObjects.includes(t.given)) expect(t.written).toBeNull();
        else expect(t.written).toBe(JSON.stringify(JSON.parse(t.stored)));
      }
      const [nul] = await queryRows<{ written: string }>(
        database.db,
        sql`select ${jsonbAsStringified(sql.raw('null::jsonb'))} as written`,
      );
      expect(nul!.written).toBe('null');
    });
  });
}
