// 系统管理 (administrators): the organisation tree, the accounts, the template labels taught in the
// import preview and the fiscal years.
import { Space, Tabs } from 'antd';
import { useSession } from '../features/auth/hooks/use-session.ts';
import { useOrgs, useUsers, useYears } from '../features/admin/api/admin-api.ts';
import { OrgMappingsCard } from '../features/admin/components/OrgMappingsCard.tsx';
import { OrgsCard } from '../features/admin/components/OrgsCard.tsx';
import { UsersCard } from '../features/admin/components/UsersCard.tsx';
import { YearsCard } from '../features/admin/components/YearsCard.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';

export function AdminPage() {
  const { user } = useSession();
  const orgs = useOrgs();
  const users = useUsers();
  const years = useYears();
  const orgList = orgs.data?.items ?? [];
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <PageHeader title="系统管理" subtitle="组织机构、用户账号、模板标签与预算年度" />
      <ErrorAlert error={orgs.error ?? users.error ?? years.error} />
      <Tabs
        items={[
          {
            key: 'users',
            label: '用户',
            children: (
              <UsersCard
                users={users.data?.items ?? []}
                orgs={orgList}
                loading={users.isLoading}
                selfId={user?.id ?? ''}
              />
            ),
          },
          { key: 'orgs', label: '组织机构', children: <OrgsCard orgs={orgList} loading={orgs.isLoading} /> },
          { key: 'mappings', label: '模板标签', children: <OrgMappingsCard orgs={orgList} /> },
          {
            key: 'years',
            label: '预算年度',
            children: <YearsCard years={years.data?.items ?? []} loading={years.isLoading} />,
          },
        ]}
      />
    </Space>
  );
}
