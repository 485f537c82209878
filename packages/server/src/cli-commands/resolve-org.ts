// Finds an organisation by id, by exact name, or by a path of names ("财政局/部门/单位").
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { orgs } from '../db/schema.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function resolveOrg(db: Db, ref: string): Promise<{ id: string; name: string } | string> {
  if (UUID.test(ref)) {
    const rows = await db.select({ id: orgs.id, name: orgs.name }).from(orgs).where(eq(orgs.id, ref));
    return rows[0] ?? `组织 ${ref} 不存在`;
  }
  const all = await db.select({ id: orgs.id, name: orgs.name, parentId: orgs.parentId }).from(orgs);
  const names = ref.split('/').filter(Boolean);
  const last = names[names.length - 1];
  const candidates = all
    .filter((o) => o.name === last)
    .filter((o) => {
      let cur: (typeof all)[number] | undefined = o;
      for (let i = names.length - 1; i >= 0; i--) {
        if (!cur || cur.name !== names[i]) return false;
        cur = all.find((p) => p.id === cur!.parentId);
      }
      return true;
    });
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length === 0) return `找不到组织“${ref}”`;
  return `有 ${candidates.length} 个组织名为“${ref}”：请写出上级路径（上级/本级）或用组织 id`;
}
