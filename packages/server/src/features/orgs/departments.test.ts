// departmentsOfOrgs hands a statement each organisation's department by departmentOf's rule: the deepest
// department on its path (a department inside a department counts its own units), else the organisation itself.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Database } from '../../db/client.ts';
import { createTestDatabase, storageDrivers } from '../../test-support/test-database.ts';
import { departmentOf, departmentsOfOrgs, type OrgNode } from './departments.ts';

describe.each(storageDrivers)('departments of organisations on %s', (driver) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
  }, 120_000);
  afterAll(async () => {
    await database?.close();
  });

  it('gives each organisation the department departmentOf gives it', async () => {
    const [root, dept, inner, unit, innerUnit, loose] = Array.from({ length: 6 }, () => randomUUID());
    const node = (id: string, kind: string, ...path: string[]): [string, OrgNode] => [
      id,
      { id, name: id, kind, path: `/${[...path, id].join('/')}/` },
    ];
    const orgMap = new Map<string, OrgNode>([
      node(root!, 'finance'),
      node(dept!, 'department', root!),
      node(inner!, 'department', root!, dept!),
      node(unit!, 'unit', root!, dept!),
      node(innerUnit!, 'unit', root!, dept!, inner!),
      node(loose!, 'unit', root!),
    ]);
    const rows = await queryRows<{ id: string; dept: string }>(
      database.db,
      sql`select id::text as id, dept::text as dept from ${departmentsOfOrgs(orgMap)} as d(id, dept)`,
    );
    const got = Object.fromEntries(rows.map((r) => [r.id, r.dept]));
    expect(got).toEqual(
      Object.fromEntries([...orgMap.keys()].map((id) => [id, departmentOf(id, orgMap)?.id ?? id])),
    );
    // The nearest department, not the outer one; no department: the organisation itself.
    expect(got[innerUnit!]).toBe(inner);
    expect(got[unit!]).toBe(dept);
    expect(got[loose!]).toBe(loose);
  });
});
