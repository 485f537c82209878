// The schema keeps to the Citus placement of distribution.ts (no database: the Drizzle table objects are read).
// Each rule is a function returning the violations it finds, so that it is shown failing on a table made to
// break it and passing on the real schema.
import { is } from 'drizzle-orm';
import {
  getTableConfig,
  integer,
  PgTable,
  primaryKey,
  pgTable,
  text,
  uniqueIndex,
  uuid,
  foreignKey,
} from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import * as schema from './schema.ts';
import {
  DISTRIBUTION_COLUMN,
  PARTITION_COLUMN,
  partitionedByYear,
  tableRoles,
  type TableRole,
} from './distribution.ts';

const exported: unknown[] = Object.values(schema);
const schemaTables: PgTable[] = exported.filter((v): v is PgTable => is(v, PgTable));

function roleOf(roles: Record<string, TableRole>, table: PgTable): TableRole | undefined {
  return roles[getTableConfig(table).name];
}

/** Every violation of the placement rules among `tables`, each naming its table. */
function placementViolations(tables: PgTable[], roles: Record<string, TableRole>): string[] {
  const out: string[] = [];
  for (const table of tables) {
    const config = getTableConfig(table);
    const name = config.name;
    const role = roles[name];
    if (!role) {
      out.push(`${name}: not classified in db/distribution.ts`);
      continue;
    }
    for (const fk of config.foreignKeys) {
      const ref = fk.reference();
      const target = roleOf(roles, ref.foreignTable);
      const targetName = getTableConfig(ref.foreignTable).name;
      const columns = ref.columns.map((c) => c.name);
      const foreignColumns = ref.foreignColumns.map((c) => c.name);
      if (role === 'reference' && target === 'distributed by region_code') {
        out.push(`${name}: a reference table has a foreign key to the distributed table ${targetName}`);
      }
      if (role === 'distributed by region_code' && target === 'distributed by region_code') {
        const at = columns.indexOf(DISTRIBUTION_COLUMN);
        if (at < 0 || foreignColumns[at] !== DISTRIBUTION_COLUMN) {
          out.push(
            `${name}: the foreign key (${columns.join(', ')}) to ${targetName} does not include ${DISTRIBUTION_COLUMN} on both sides`,
          );
        }
      }
    }
    if (role !== 'distributed by region_code') continue;
    const column = config.columns.find((c) => c.name === DISTRIBUTION_COLUMN);
    if (!column) {
      out.push(`${name}: distributed by ${DISTRIBUTION_COLUMN} but has no such column`);
      continue;
    }
    if (!column.notNull) out.push(`${name}: ${DISTRIBUTION_COLUMN} may be null`);
    for (const c of config.columns) {
      if (c.primary) out.push(`${name}: the primary key (${c.name}) does not include ${DISTRIBUTION_COLUMN}`);
      if (c.isUnique) out.push(`${name}: the unique key (${c.name}) does not include ${DISTRIBUTION_COLUMN}`);
    }
    for (const pk of config.primaryKeys) {
      const columns = pk.columns.map((c) => c.name);
      if (!columns.includes(DISTRIBUTION_COLUMN)) {
        out.push(`${name}: the primary key (${columns.join(', ')}) does not include ${DISTRIBUTION_COLUMN}`);
      }
    }
    for (const u of config.uniqueConstraints) {
      const columns = u.columns.map((c) => c.name);
      if (!columns.includes(DISTRIBUTION_COLUMN)) {
        out.push(`${name}: the unique key ${u.getName()} does not include ${DISTRIBUTION_COLUMN}`);
      }
    }
    for (const index of config.indexes) {
      if (!index.config.unique) continue;
      const columns = index.config.columns.map((c) => ('name' in c ? c.name : undefined));
      if (!columns.includes(DISTRIBUTION_COLUMN)) {
        out.push(
          `${name}: the unique index ${index.config.name ?? ''} does not include ${DISTRIBUTION_COLUMN}`,
        );
      }
    }
  }
  return out;
}

/** Every key of a table partitioned by year that lacks the year (PostgreSQL refuses such a key). */
function partitionKeyViolations(tables: PgTable[], partitioned: readonly string[]): string[] {
  const out: string[] = [];
  for (const table of tables) {
    const config = getTableConfig(table);
    if (!partitioned.includes(config.name)) continue;
    const name = config.name;
    if (!config.columns.some((c) => c.name === PARTITION_COLUMN)) {
      out.push(`${name}: partitioned by ${PARTITION_COLUMN} but has no such column`);
      continue;
    }
    for (const c of config.columns) {
      if (c.primary) out.push(`${name}: the primary key (${c.name}) does not include ${PARTITION_COLUMN}`);
      if (c.isUnique) out.push(`${name}: the unique key (${c.name}) does not include ${PARTITION_COLUMN}`);
    }
    for (const pk of config.primaryKeys) {
      const columns = pk.columns.map((c) => c.name);
      if (!columns.includes(PARTITION_COLUMN))
        out.push(`${name}: the primary key (${columns.join(', ')}) does not include ${PARTITION_COLUMN}`);
    }
    for (const u of config.uniqueConstraints) {
      if (!u.columns.some((c) => c.name === PARTITION_COLUMN))
        out.push(`${name}: the unique key ${u.getName()} does not include ${PARTITION_COLUMN}`);
    }
    for (const index of config.indexes) {
      if (!index.config.unique) continue;
      const columns = index.config.columns.map((c) => ('name' in c ? c.name : undefined));
      if (!columns.includes(PARTITION_COLUMN))
        out.push(`${name}: the unique index ${index.config.name ?? ''} does not include ${PARTITION_COLUMN}`);
    }
  }
  return out;
}

describe('tables partitioned by fiscal year (db/distribution.ts partitionedByYear)', () => {
  it('have the year in every primary and unique key', () => {
    expect(partitionKeyViolations(schemaTables, partitionedByYear)).toEqual([]);
  });

  it('are tables of the schema', () => {
    const names = new Set(schemaTables.map((t) => getTableConfig(t).name));
    expect(partitionedByYear.filter((n) => !names.has(n))).toEqual([]);
  });

  it('names the table of each key without the year', () => {
    const noYear = pgTable('x_no_year', { regionCode: text('region_code').notNull() });
    const ownKey = pgTable(
      'x_key_without_year',
      {
        regionCode: text('region_code').notNull(),
        id: uuid('id').notNull(),
        year: integer('year').notNull(),
      },
      (t) => [primaryKey({ columns: [t.regionCode, t.id] }), uniqueIndex('x_key_id').on(t.regionCode, t.id)],
    );
    const kept = pgTable(
      'x_key_with_year',
      {
        regionCode: text('region_code').notNull(),
        id: uuid('id').notNull(),
        year: integer('year').notNull(),
      },
      (t) => [primaryKey({ columns: [t.regionCode, t.id, t.year] })],
    );
    expect(
      partitionKeyViolations([noYear, ownKey, kept], ['x_no_year', 'x_key_without_year', 'x_key_with_year']),
    ).toEqual([
      'x_no_year: partitioned by year but has no such column',
      'x_key_without_year: the primary key (region_code, id) does not include year',
      'x_key_without_year: the unique index x_key_id does not include year',
    ]);
  });
});

describe('Citus placement of the schema (db/distribution.ts)', () => {
  it('classifies every table and keeps every rule', () => {
    expect(placementViolations(schemaTables, tableRoles)).toEqual([]);
  });

  it('classifies only tables that exist', () => {
    const names = new Set(schemaTables.map((t) => getTableConfig(t).name));
    expect(Object.keys(tableRoles).filter((n) => !names.has(n))).toEqual([]);
  });

  it('names the table of each broken rule', () => {
    // Tables made to break each rule once.
    const region = pgTable('x_region', { code: text('code').primaryKey() });
    const parent = pgTable(
      'x_parent',
      { regionCode: text('region_code').notNull(), id: uuid('id').notNull() },
      (t) => [primaryKey({ columns: [t.regionCode, t.id] })],
    );
    const noRegion = pgTable('x_no_region', { id: uuid('id').primaryKey() });
    const nullable = pgTable('x_nullable', { regionCode: text('region_code'), id: uuid('id') });
    const ownKey = pgTable('x_own_key', {
      regionCode: text('region_code').notNull(),
      id: uuid('id').primaryKey(),
    });
    const uniqueAlone = pgTable(
      'x_unique_alone',
      { regionCode: text('region_code').notNull(), name: text('name').notNull() },
      (t) => [uniqueIndex('x_unique_alone_name').on(t.name)],
    );
    const childWithoutRegion = pgTable(
      'x_child',
      { regionCode: text('region_code').notNull(), parentId: uuid('parent_id').notNull() },
      (t) => [foreignKey({ columns: [t.parentId], foreignColumns: [parent.id] })],
    );
    const referenceToDistributed = pgTable(
      'x_reference',
      { regionCode: text('region_code'), parentId: uuid('parent_id') },
      (t) => [
        foreignKey({ columns: [t.regionCode, t.parentId], foreignColumns: [parent.regionCode, parent.id] }),
      ],
    );
    const distributedToReference = pgTable('x_to_reference', {
      regionCode: text('region_code')
        .notNull()
        .references(() => region.code),
    });
    const unclassified = pgTable('x_unclassified', { id: uuid('id') });
    const roles: Record<string, TableRole> = {
      x_region: 'reference',
      x_parent: 'distributed by region_code',
      x_no_region: 'distributed by region_code',
      x_nullable: 'distributed by region_code',
      x_own_key: 'distributed by region_code',
      x_unique_alone: 'distributed by region_code',
      x_child: 'distributed by region_code',
      x_reference: 'reference',
      x_to_reference: 'distributed by region_code',
    };
    const tables = [
      region,
      parent,
      noRegion,
      nullable,
      ownKey,
      uniqueAlone,
      childWithoutRegion,
      referenceToDistributed,
      distributedToReference,
      unclassified,
    ];
    expect(placementViolations(tables, roles)).toEqual([
      'x_no_region: distributed by region_code but has no such column',
      'x_nullable: region_code may be null',
      'x_own_key: the primary key (id) does not include region_code',
      'x_unique_alone: the unique index x_unique_alone_name does not include region_code',
      'x_child: the foreign key (parent_id) to x_parent does not include region_code on both sides',
      'x_reference: a reference table has a foreign key to the distributed table x_parent',
      'x_unclassified: not classified in db/distribution.ts',
    ]);
  });
});
