// One project's self-evaluation: the unit fills it and sees the scores with their working; others read it.
import { Button, Card, Spin } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useMutation } from '@tanstack/react-query';
import { selfEvaluationApi } from '../features/self-evaluation/api/self-evaluation-api.ts';
import { useSession } from '../features/auth/hooks/use-session.ts';
import { EvaluationFindings } from '../features/self-evaluation/components/EvaluationFindings.tsx';
import { EvaluationSheet } from '../features/self-evaluation/components/EvaluationSheet.tsx';
import { useEvaluation } from '../features/self-evaluation/hooks/use-evaluation.ts';
import { ReviewBar } from '../features/self-evaluation/components/ReviewBar.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { StoredDataAlert } from '../ui/StoredDataAlert.tsx';

export function SelfEvaluationPage() {
  const { id } = useParams();
  const { user } = useSession();
  const q = useEvaluation(id!);
  const view = q.data;
  const own = !!view && user?.role === 'filler' && user.org.id === view.evaluation.orgId;
  // The unit edits only before submitting or after a return (the server says so in `actions`).
  const editable = own && (view.actions ?? []).includes('edit');
  const navigate = useNavigate();
  const nextYear = useMutation({
    mutationFn: () => selfEvaluationApi.draftNextYear(view!.evaluation.formId, view!.evaluation.year + 1),
    onSuccess: (copy) => navigate(`/forms/${copy.meta.id}/edit`),
  });
  return (
    <>
      <PageHeader
        breadcrumb={[
          { title: <Link to="/self-evaluations">绩效自评</Link> },
          { title: view?.evaluation.projectName ?? '' },
        ]}
        title={view?.evaluation.projectName ?? '项目支出绩效自评'}
        subtitle={
          view &&
          [
            view.evaluation.projectCode && `项目编码 ${view.evaluation.projectCode}`,
            `${view.evaluation.year}年度绩效自评`,
            view.evaluation.orgName,
          ]
            .filter(Boolean)
            .join(' · ')
        }
        actions={
          own && (
            <Button id="draft-next-year" loading={nextYear.isPending} onClick={() => nextYear.mutate()}>
              起草{view.evaluation.year + 1}年度绩效目标（延续项目）
            </Button>
          )
        }
      />
      <ErrorAlert error={q.error ?? nextYear.error} />
      {q.isLoading && <Spin />}
      {view && (
        <Card>
          <StoredDataAlert notice={view.stored} />
          <ReviewBar view={view} />
          <EvaluationSheet key={view.evaluation.status} view={view} editable={editable} />
          <EvaluationFindings findings={[...view.score.findings, ...(view.findings ?? [])]} />
        </Card>
      )}
    </>
  );
}
