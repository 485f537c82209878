// One project's self-evaluation: the unit fills it and sees the scores with their working; others read it.
import { Breadcrumb, Card, Spin } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useSession } from '../features/auth/hooks/use-session.ts';
import { EvaluationFindings } from '../features/self-evaluation/components/EvaluationFindings.tsx';
import { EvaluationSheet } from '../features/self-evaluation/components/EvaluationSheet.tsx';
import { useEvaluation } from '../features/self-evaluation/hooks/use-evaluation.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';

export function SelfEvaluationPage() {
  const { id } = useParams();
  const { user } = useSession();
  const q = useEvaluation(id!);
  const view = q.data;
  const editable = !!view && user?.role === 'filler' && user.org.id === view.evaluation.orgId;
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { title: <Link to="/self-evaluations">绩效自评</Link> },
          { title: view?.evaluation.projectName ?? '' },
        ]}
      />
      <ErrorAlert error={q.error} />
      {q.isLoading && <Spin />}
      {view && (
        <Card>
          <EvaluationSheet view={view} editable={editable} />
          <EvaluationFindings findings={[...view.score.findings, ...(view.findings ?? [])]} />
        </Card>
      )}
    </>
  );
}
