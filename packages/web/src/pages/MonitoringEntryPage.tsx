// One project's monitoring table: the unit fills it; reviewers and finance read it with its warnings.
import { Card, Spin } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useSession } from '../features/auth/hooks/use-session.ts';
import { EntrySheet } from '../features/monitoring/components/EntrySheet.tsx';
import { MonitoringFindings } from '../features/monitoring/components/MonitoringFindings.tsx';
import { useEntry } from '../features/monitoring/hooks/use-entry.ts';
import { EntryActions } from '../features/monitoring/components/EntryActions.tsx';
import { TransitionLog } from '../features/evaluation-workflow/TransitionLog.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { StoredDataAlert } from '../ui/StoredDataAlert.tsx';

export function MonitoringEntryPage() {
  const { id } = useParams();
  const { user } = useSession();
  const entry = useEntry(id!);
  const view = entry.data;
  const own = !!view && user?.role === 'filler' && user.org.id === view.entry.orgId;
  // Read-only once the unit has submitted it or finance has closed the round.
  const editable = own && view.round.status === 'open' && view.entry.status !== 'submitted';
  return (
    <>
      <PageHeader
        breadcrumb={[
          { title: <Link to="/monitoring">绩效运行监控</Link> },
          { title: view?.entry.projectName ?? '' },
        ]}
        title={view?.entry.projectName ?? '项目监控表'}
        subtitle={
          view &&
          [view.entry.projectCode && `项目编码 ${view.entry.projectCode}`, view.round.title]
            .filter(Boolean)
            .join(' · ')
        }
      />
      <ErrorAlert error={entry.error} />
      {entry.isLoading && <Spin />}
      {view && (
        <>
          <Card style={{ marginBottom: 16 }}>
            <StoredDataAlert notice={view.stored} />
            <EntryActions view={view} own={own} />
            <EntrySheet key={`${view.entry.status}-${view.round.status}`} view={view} editable={editable} />
            <TransitionLog id="entry-log" items={view.transitions ?? []} />
          </Card>
          <MonitoringFindings
            findings={view.report.findings}
            unreported={{
              indicators: view.summary.unreportedCount,
              budget: view.entry.status === 'unfilled',
            }}
          />
        </>
      )}
    </>
  );
}
