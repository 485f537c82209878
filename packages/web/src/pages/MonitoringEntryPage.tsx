// One project's monitoring table: the unit fills it; reviewers and finance read it with its warnings.
import { Breadcrumb, Card, Spin } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useSession } from '../features/auth/hooks/use-session.ts';
import { EntrySheet } from '../features/monitoring/components/EntrySheet.tsx';
import { MonitoringFindings } from '../features/monitoring/components/MonitoringFindings.tsx';
import { useEntry } from '../features/monitoring/hooks/use-entry.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';

export function MonitoringEntryPage() {
  const { id } = useParams();
  const { user } = useSession();
  const entry = useEntry(id!);
  const view = entry.data;
  const editable =
    !!view && user?.role === 'filler' && user.org.id === view.entry.orgId && view.round.status === 'open';
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { title: <Link to="/monitoring">绩效运行监控</Link> },
          { title: view?.entry.projectName ?? '' },
        ]}
      />
      <ErrorAlert error={entry.error} />
      {entry.isLoading && <Spin />}
      {view && (
        <>
          <Card style={{ marginBottom: 16 }}>
            <EntrySheet view={view} editable={editable} />
          </Card>
          <MonitoringFindings findings={view.report.findings} />
        </>
      )}
    </>
  );
}
