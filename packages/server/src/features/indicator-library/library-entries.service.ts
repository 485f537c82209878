// The 指标库 entries: the tree, ranked search with usage counts, CRUD for finance and the upsert an
// .xlsx import makes. Every change is audited in the same transaction.
import { and, asc, count, countDistinct, eq, inArray, isNotNull, type SQL } from 'drizzle-orm';
import { onFormOfChild } from '../../db/key-join.ts';
import type { Db, Executor } from '../../db/client.ts';
import { forms, indicatorLibrary, indicators } from '../../db/schema.ts';
import type { Actor } from '../../http/access.ts';
import { defineErrors } from '../../http/errors.ts';
import { appendAudit } from '../audit/audit.repo.ts';
import type {
  LibraryEntriesQuery as EntriesQuery,
  LibraryEntryInput as EntryInput,
  LibraryImportResult as ImportResult,
  LibraryEntry,
  LibraryTreeNode as TreeNode,
} from '@jixiao/core/contracts';
import { level2Matches, rankEntries } from './library-rank.ts';

export const libraryError = defineErrors({
  'entry-not-found': [404, '指标库中没有该指标'],
  'duplicate-entry': [409, '同一行业、一级、二级指标下已有同名指标'],
  'no-file': [400, '请选择要导入的 .xlsx 文件（字段 file）'],
  'unreadable-file': [422, '无法读取该文件：请上传由“导出指标库”得到的或按其格式填写的 .xlsx 文件'],
  'invalid-rows': [422, '导入文件中有不符合要求的行，未导入任何指标：请按提示修改后重新导入'],
});

type Row = typeof indicatorLibrary.$inferSelect;

/** Links counted as use: indicators of approved or published forms (a draft is not a use yet). */
export async function usageCounts(ex: Executor, ids?: readonly string[]): Promise<Map<string, number>> {
  const where: SQL[] = [inArray(forms.status, ['approved', 'published']), isNotNull(indicators.libraryId)];
  if (ids) where.push(inArray(indicators.libraryId, [...ids]));
  const rows = await ex
    .select({ id: indicators.libraryId, uses: countDistinct(indicators.formId) })
    .from(indicators)
    .innerJoin(forms, onFormOfChild(indicators))
    .where(and(...where))
    .groupBy(indicators.libraryId);
  return new Map(rows.flatMap((r) => (r.id ? [[r.id, Number(r.uses)] as const] : [])));
}

function toEntry(r: Row, uses: number): LibraryEntry {
  return {
    id: r.id,
    sector: r.sector,
    field: r.field,
    level1: r.level1,
    level2: r.level2,
    name: r.name,
    definition: r.definition,
    formula: r.formula,
    unit: r.unit,
    direction: r.direction as LibraryEntry['direction'],
    usualValue: r.usualValue,
    scoring: r.scoring,
    dataSource: r.dataSource,
    sourceTitle: r.sourceTitle,
    sourceUrl: r.sourceUrl,
    origin: r.origin as LibraryEntry['origin'],
    uses,
    updatedAt: r.updatedAt.toISOString(),
  };
}

export async function libraryTree(db: Db): Promise<TreeNode[]> {
  const rows = await db
    .select({
      sector: indicatorLibrary.sector,
      level1: indicatorLibrary.level1,
      level2: indicatorLibrary.level2,
      n: count(),
    })
    .from(indicatorLibrary)
    .groupBy(indicatorLibrary.sector, indicatorLibrary.level1, indicatorLibrary.level2);
  const tree = new Map<string, TreeNode>();
  for (const r of rows) {
    const n = Number(r.n);
    const s = tree.get(r.sector) ?? { sector: r.sector, count: 0, level1: [] };
    tree.set(r.sector, s);
    s.count += n;
    let l1 = s.level1.find((x) => x.name === r.level1);
    if (!l1) s.level1.push((l1 = { name: r.level1, count: 0, level2: [] }));
    l1.count += n;
    l1.level2.push({ name: r.level2, count: n });
  }
  // 共性 first, then the sectors by name; levels in the order of the indicator framework.
  const order = ['产出指标', '成本指标', '效益指标', '满意度指标'];
  const rank = (s: string) => order.indexOf(s) + 1 || order.length + 1;
  const l2order = ['数量', '质量', '时效', '成本', '经济', '社会', '生态', '可持续', '满意'];
  const rank2 = (s: string) => l2order.findIndex((w) => s.startsWith(w)) + 1 || l2order.length + 1;
  const nodes = [...tree.values()].sort(
    (a, b) =>
      Number(b.sector === '共性') - Number(a.sector === '共性') || a.sector.localeCompare(b.sector, 'zh-CN'),
  );
  for (const s of nodes) {
    s.level1.sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name, 'zh-CN'));
    for (const l1 of s.level1) l1.level2.sort((a, b) => rank2(a.name) - rank2(b.name));
  }
  return nodes;
}

/** All entries (optionally of one sector / 一级 / 二级) with their usage, ranked for the query. */
export async function searchEntries(db: Db, q: EntriesQuery): Promise<(LibraryEntry & { score: number })[]> {
  const where: SQL[] = [];
  if (q.sector) where.push(eq(indicatorLibrary.sector, q.sector));
  if (q.level1) where.push(eq(indicatorLibrary.level1, q.level1));
  const rows = await db
    .select()
    .from(indicatorLibrary)
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(indicatorLibrary.sector), asc(indicatorLibrary.level1), asc(indicatorLibrary.level2));
  const level2 = q.level2;
  const wanted = level2 ? rows.filter((r) => level2Matches(r.level2, level2)) : rows;
  const uses = await usageCounts(db);
  const entries = wanted.map((r) => toEntry(r, uses.get(r.id) ?? 0));
  return rankEntries(entries, { q: q.q, category: q.category }).slice(0, q.limit);
}

export async function allEntries(db: Db): Promise<LibraryEntry[]> {
  const rows = await db
    .select()
    .from(indicatorLibrary)
    .orderBy(asc(indicatorLibrary.sector), asc(indicatorLibrary.field), asc(indicatorLibrary.level1));
  const uses = await usageCounts(db);
  return rows.map((r) => toEntry(r, uses.get(r.id) ?? 0));
}

export async function getEntry(db: Db, id: string): Promise<LibraryEntry> {
  const [r] = await db.select().from(indicatorLibrary).where(eq(indicatorLibrary.id, id)).limit(1);
  if (!r) throw libraryError('entry-not-found');
  return toEntry(r, (await usageCounts(db, [id])).get(id) ?? 0);
}

function isUniqueViolation(e: unknown): boolean {
  const code =
    (e as { code?: string; cause?: { code?: string } }).code ??
    (e as { cause?: { code?: string } }).cause?.code;
  return code === '23505';
}

export async function createEntry(
  db: Db,
  actor: Actor,
  ip: string | null,
  input: EntryInput,
): Promise<LibraryEntry> {
  try {
    const row = await db.transaction(async (tx) => {
      const [r] = await tx
        .insert(indicatorLibrary)
        .values({ ...input, origin: 'manual', updatedBy: actor.id })
        .returning();
      await appendAudit(
        tx,
        { actor, ip },
        { action: 'create', entity: 'indicator_library', entityId: r!.id, after: input },
      );
      return r!;
    });
    return toEntry(row, 0);
  } catch (e) {
    if (isUniqueViolation(e)) throw libraryError('duplicate-entry');
    throw e;
  }
}

export async function updateEntry(
  db: Db,
  actor: Actor,
  ip: string | null,
  id: string,
  input: EntryInput,
): Promise<LibraryEntry> {
  try {
    await db.transaction(async (tx) => {
      const [before] = await tx.select().from(indicatorLibrary).where(eq(indicatorLibrary.id, id)).limit(1);
      if (!before) throw libraryError('entry-not-found');
      await tx
        .update(indicatorLibrary)
        .set({ ...input, updatedBy: actor.id, updatedAt: new Date() })
        .where(eq(indicatorLibrary.id, id));
      await appendAudit(
        tx,
        { actor, ip },
        { action: 'update', entity: 'indicator_library', entityId: id, before, after: input },
      );
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw libraryError('duplicate-entry');
    throw e;
  }
  return getEntry(db, id);
}

/** Removes an entry; forms that link to it keep their indicator as written (the link just finds nothing). */
export async function deleteEntry(db: Db, actor: Actor, ip: string | null, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [before] = await tx.delete(indicatorLibrary).where(eq(indicatorLibrary.id, id)).returning();
    if (!before) throw libraryError('entry-not-found');
    await appendAudit(
      tx,
      { actor, ip },
      { action: 'delete', entity: 'indicator_library', entityId: id, before },
    );
  });
}

const keyOf = (e: Pick<EntryInput, 'sector' | 'level1' | 'level2' | 'name'>) =>
  [e.sector, e.level1, e.level2, e.name].join('\u0000');

const SAME_FIELDS = [
  'field',
  'definition',
  'formula',
  'unit',
  'direction',
  'usualValue',
  'scoring',
  'dataSource',
  'sourceTitle',
  'sourceUrl',
] as const;

/** Adds the rows not in the library and updates the ones it holds (same 行业, 一级, 二级 and name), at once. */
export async function importEntries(
  db: Db,
  actor: Actor,
  ip: string | null,
  inputs: readonly EntryInput[],
): Promise<ImportResult> {
  return db.transaction(async (tx) => {
    const existing = new Map((await tx.select().from(indicatorLibrary)).map((r) => [keyOf(r), r]));
    const result: ImportResult = { created: 0, updated: 0, unchanged: 0 };
    for (const input of inputs) {
      const known = existing.get(keyOf(input));
      if (!known) {
        await tx.insert(indicatorLibrary).values({ ...input, origin: 'import', updatedBy: actor.id });
        result.created++;
      } else if (SAME_FIELDS.some((k) => (known[k] ?? null) !== (input[k] ?? null))) {
        await tx
          .update(indicatorLibrary)
          .set({ ...input, updatedBy: actor.id, updatedAt: new Date() })
          .where(eq(indicatorLibrary.id, known.id));
        result.updated++;
      } else result.unchanged++;
    }
    await appendAudit(tx, { actor, ip }, { action: 'import', entity: 'indicator_library', after: result });
    return result;
  });
}
