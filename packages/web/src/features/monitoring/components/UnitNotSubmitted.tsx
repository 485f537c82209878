// A unit's tables not yet submitted in a round, read by pages only when asked (「查看」): a round of a
// province has units with hundreds of them, and the progress itself holds only the counts.
import { useState } from 'react';
import { Button, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { useCursorList } from '../../../api/use-cursor-list.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { LoadMore } from '../../../ui/LoadMore.tsx';
import { statusLabel } from '../../evaluation-workflow/labels.ts';
import { monitoringApi } from '../api/monitoring-api.ts';

export function UnitNotSubmitted({
  roundId,
  orgId,
  count,
}: {
  roundId: string;
  orgId: string;
  count: number;
}) {
  const [open, setOpen] = useState(false);
  const list = useCursorList(
    ['monitoring-not-submitted', roundId, orgId],
    (cursor) => monitoringApi.roundEntries(roundId, cursor, 'not-submitted', orgId),
    open,
  );
  if (count === 0) return <Tag color="green">全部已提交</Tag>;
  return (
    <div className="unit-not-submitted">
      <span>{count} 个未提交</span>
      <Button type="link" size="small" onClick={() => setOpen(!open)}>
        {open ? '收起' : '查看'}
      </Button>
      {open && (
        <>
          <ErrorAlert error={list.error} />
          {list.items.map((e) => (
            <div key={e.id} className="not-submitted">
              <Link to={`/monitoring/entries/${e.id}`}>{e.projectName}</Link>（{statusLabel(e.status)}）
            </div>
          ))}
          {/* Opened, the first page is on its way too: the button waits for it. */}
          <LoadMore
            shown={list.items.length}
            pages={{ ...list, loadingMore: list.loadingMore || list.isLoading }}
          />
        </>
      )}
    </div>
  );
}
