// SQL for the forms a budget links to: the forms of one organisation and year that carry a 项目编码, and the
// 部门整体 form of that organisation and year.
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { forms } from '../../db/schema.ts';

export async function formsWithCode(ex: Executor, orgId: string, year: number) {
  const rows = await ex
    .select({ id: forms.id, code: forms.code, name: forms.name, status: forms.status })
    .from(forms)
    .where(
      and(eq(forms.orgId, orgId), eq(forms.year, year), eq(forms.kind, 'project'), isNotNull(forms.code)),
    )
    .orderBy(asc(forms.createdAt));
  return rows.flatMap((r) => (r.code ? [{ ...r, code: r.code }] : []));
}

export async function findFormByCode(ex: Executor, orgId: string, year: number, code: string) {
  const [row] = await ex
    .select({ id: forms.id })
    .from(forms)
    .where(and(eq(forms.orgId, orgId), eq(forms.year, year), eq(forms.kind, 'project'), eq(forms.code, code)))
    .limit(1);
  return row;
}

export async function findDepartmentForm(ex: Executor, orgId: string, year: number) {
  const [row] = await ex
    .select({ id: forms.id })
    .from(forms)
    .where(and(eq(forms.orgId, orgId), eq(forms.year, year), eq(forms.kind, 'department')))
    .limit(1);
  return row;
}
