// /api/orgs, /api/users, /api/years: what the administrator manages, with TanStack Query hooks.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreatedUser,
  FiscalYear,
  Org,
  OrgBody,
  OrgChangeBody,
  OrgKind,
  Role,
  User,
  UserBody,
  UserChangeBody,
} from '@jixiao/core/contracts';
import { http } from '../../../api/http.ts';

export type { FiscalYear, Org, OrgKind, Role, User } from '@jixiao/core/contracts';

export const orgKindLabels: Record<OrgKind, string> = {
  finance: '财政部门',
  department: '主管部门',
  unit: '预算单位',
};

export const roleLabels: Record<Role, string> = {
  filler: '预算单位填报人',
  reviewer: '主管部门审核人',
  finance: '财政部门',
  admin: '系统管理员',
};

export function useOrgs() {
  return useQuery({ queryKey: ['admin', 'orgs'], queryFn: () => http.get<{ items: Org[] }>('/orgs') });
}

export function useUsers() {
  return useQuery({ queryKey: ['admin', 'users'], queryFn: () => http.get<{ items: User[] }>('/users') });
}

export function useYears() {
  return useQuery({
    queryKey: ['admin', 'years'],
    queryFn: () => http.get<{ items: FiscalYear[] }>('/years'),
  });
}

/** A write that refreshes the administrator's lists when it succeeds. */
function useAdminWrite<A, R>(write: (args: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin'] }),
  });
}

export const useCreateOrg = () => useAdminWrite((o: OrgBody) => http.post<Org>('/orgs', o));
export const useUpdateOrg = () =>
  useAdminWrite(({ id, ...change }: OrgChangeBody & { id: string }) =>
    http.patch<Org>(`/orgs/${id}`, change),
  );
export const useDeleteOrg = () => useAdminWrite((id: string) => http.del<{ ok: true }>(`/orgs/${id}`));

export const useCreateUser = () => useAdminWrite((u: UserBody) => http.post<CreatedUser>('/users', u));
export const useUpdateUser = () =>
  useAdminWrite(({ id, ...change }: UserChangeBody & { id: string }) =>
    http.patch<{ user: User }>(`/users/${id}`, change),
  );
export const useResetPassword = () =>
  useAdminWrite((id: string) => http.post<{ generatedPassword: string }>(`/users/${id}/reset-password`));

export const useCreateYear = () => useAdminWrite((year: number) => http.post<FiscalYear>('/years', { year }));
