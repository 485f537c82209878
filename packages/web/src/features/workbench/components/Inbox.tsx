// An inbox: the forms of the chosen year in the given statuses, as tabs with counts.
import { useMemo, useState } from 'react';
import { Card, Tabs } from 'antd';
import { useSession } from '../../auth/hooks/use-session.ts';
import { useFormList } from '../../forms/hooks/use-form-list.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { yearText } from '../../../ui/format.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { statusLabel } from '../../../ui/status.ts';
import { BatchActionBar } from '../../review/components/BatchActionBar.tsx';
import { batchActionsFor } from '../../review/utils/batch-actions.ts';
import { FormsTable } from './FormsTable.tsx';

/** What an empty tab of an inbox means, and where the forms come from. */
const EMPTY_TABS: Record<string, string> = {
  submitted: '没有待审核的表单：下属单位提交后会出现在这里',
  returned: '没有已退回的表单：退回修改的表单在单位重新提交前列在这里',
  passed: '没有审核通过待批复的表单：主管部门审核通过后会出现在这里',
  approved: '没有已批复的表单：批复后的表单在公开前列在这里',
  published: '没有已公开的表单',
};

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
  const role = user?.role ?? '';
  // The selection belongs to a tab: switching tabs starts a new one.
  const [selected, setSelected] = useState<{ status: string; ids: string[] }>({ status: '', ids: [] });
  return (
    <>
      <PageHeader title={title} subtitle={`${yearText(year)} · ${subtitle}`} />
      <Card>
        <ErrorAlert error={list.error} />
        <Tabs
          onChange={() => setSelected({ status: '', ids: [] })}
          items={statuses.map((s) => {
            const rows = items.filter((i) => i.status === s);
            const options = batchActionsFor(role, s);
            // Only forms still listed here: a form that moved on leaves the selection.
            const ids =
              selected.status === s ? selected.ids.filter((id) => rows.some((r) => r.id === id)) : [];
            const selectable = options.length > 0 && rows.length > 0;
            return {
              key: s,
              label: `${statusLabel(s)}（${rows.length}）`,
              children: (
                <>
                  {/* Kept while the tab empties: the batch's result dialog lives in the bar. */}
                  {options.length > 0 && (
                    <BatchActionBar
                      options={options}
                      selected={ids}
                      onDone={() => setSelected({ status: s, ids: [] })}
                    />
                  )}
                  <FormsTable
                    items={rows}
                    role={role}
                    loading={list.isLoading}
                    empty={EMPTY_TABS[s]}
                    selection={
                      selectable
                        ? { selected: ids, onChange: (next) => setSelected({ status: s, ids: next }) }
                        : undefined
                    }
                  />
                </>
              ),
            };
          })}
        />
      </Card>
    </>
  );
}
