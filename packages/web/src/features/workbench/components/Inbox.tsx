// An inbox: the forms of the chosen year in the given statuses, as tabs with counts.
import { useMemo } from 'react';
import { Card, Tabs } from 'antd';
import { useSession } from '../../auth/hooks/use-session.ts';
import { useFormList } from '../../forms/hooks/use-form-list.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { yearText } from '../../../ui/format.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { statusLabel } from '../../../ui/status.ts';
import { FormsTable } from './FormsTable.tsx';

export function Inbox({
  statuses,
  title,
  subtitle,
}: {
  statuses: string[];
  title: string;
  subtitle: string;
}) {
  const { user, year } = useSession();
  const list = useFormList({ year });
  const items = useMemo(() => list.data?.items ?? [], [list.data]);
  return (
    <>
      <PageHeader title={title} subtitle={`${yearText(year)} · ${subtitle}`} />
      <Card>
        <ErrorAlert error={list.error} />
        <Tabs
          items={statuses.map((s) => {
            const rows = items.filter((i) => i.status === s);
            return {
              key: s,
              label: `${statusLabel(s)}（${rows.length}）`,
              children: <FormsTable items={rows} role={user?.role ?? ''} loading={list.isLoading} />,
            };
          })}
        />
      </Card>
    </>
  );
}
