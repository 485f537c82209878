// The audit log's page is sent as its statement wrote it (listAuditJson): the JSON of the page read as fields and
// objects (listAudit) — names hard to write, null fields, times with microseconds, and before/after of every shape
// jsonb keeps. Outside before/after the bytes are JSON.stringify's; before/after are jsonb's own text, which a JSON
// reader parses to the same values (spaces after `,` and `:`, numbers with the digits as stored).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { createTestDatabase, storageDrivers } from '../../test-support/test-database.ts';
import { listAudit, listAuditJson } from './audit.repo.ts';

const REGION = '530000';

/** before/after as jsonb is given them, among them texts whose jsonb text is not JSON.stringify's. */
const values: string[] = [
  JSON.stringify({ status: 'draft' }),
  JSON.stringify({ 'a,b': 'x:y,z', b: [1, 2.5, { c: null }], 'q"\\': '\\"\n', '': [] }),
  JSON.stringify({ name: '分\u2028隔😀𠀀\u0001\u001f\u007f', nested: { deep: [[[{}]]], t: true, f: false } }),
  JSON.stringify('a bare string'),
  JSON.stringify([0, -1, 0.5, 123456789012345, -0.000001, 1e-6, 100]),
  '{"a, b": 1}',
  '{"a": "x: y, z", "b": [1, 2.5, {"c": null}]}',
  '{"10": 1, "a": 2, "01": 3, "-1": 4}',
  '[1.50]',
  '[0.0000001]',
  '[1234567890123456]',
  '[1e25]',
  '{"big": 12345678901234567890}',
];

/** The page with before/after taken out: what must be byte for byte the objects' path. */
const withoutPayloads = (json: string) =>
  JSON.stringify((JSON.parse(json) as { items: object[] }).items.map((e) => ({ ...e, before: 0, after: 0 })));

for (const driver of storageDrivers) {
  describe(`the audit page as its statement wrote it (${driver})`, () => {
    let database: Database;
    beforeAll(async () => {
      database = await createTestDatabase(driver);
      for (const [i, value] of values.entries())
        await database.db.execute(sql`insert into audit_log (region_code, at, actor_id, actor_name, action,
          entity, entity_id, before, after, ip) values (${REGION},
          ${['2026-01-02 08:00:00.999999+00', '2026-01-02 08:00:00+00', '0999-12-31 23:59:59.0005+00'][i % 3]}::timestamptz,
          ${i % 2 ? '8a0a7d3e-5f1b-4c2d-9e8f-0123456789ab' : null}::uuid, ${i % 2 ? '名"字\\\n\u2028' : null},
          'update', 'shape', ${i % 3 ? `实体${i}"` : null}, ${i % 2 ? value : null}::jsonb, ${value}::jsonb,
          ${i % 2 ? '127.0.0.1' : null})`);
    }, 120_000);
    afterAll(async () => {
      await database?.close();
    });

    it('answers every page with the JSON of the page as objects, walking the cursor to its end', async () => {
      let beforeId: number | undefined;
      for (let page = 0; page < 10; page++) {
        const q = { entity: 'shape', beforeId, limit: 3 };
        const json = (await listAuditJson(database.db, REGION, q)).toString();
        const objects = await listAudit(database.db, REGION, q);
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(objects)));
        expect(withoutPayloads(json)).toBe(withoutPayloads(JSON.stringify(objects)));
        if (objects.nextCursor === null) {
          expect(page).toBe(Math.ceil(values.length / 3) - 1);
          return;
        }
        beforeId = objects.items.at(-1)!.id;
      }
      throw new Error('the pages never ended');
    });

    it('answers an empty page as the objects did', async () => {
      const q = { entity: 'none', limit: 5 };
      const json = (await listAuditJson(database.db, REGION, q)).toString();
      expect(json).toBe(JSON.stringify(await listAudit(database.db, REGION, q)));
      expect(json).toBe('{"items":[],"nextCursor":null}');
    });
  });
}
