// 绩效自评: the self-evaluations of the year (scores and grades), and the approved projects still to evaluate.
import { Button, Card, Table, Tag } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../features/auth/hooks/use-session.ts';
import { selfEvaluationApi } from '../features/self-evaluation/api/self-evaluation-api.ts';
import { useEvaluations } from '../features/self-evaluation/hooks/use-evaluations.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { LoadMore } from '../ui/LoadMore.tsx';
import { statusColor, statusLabel } from '../features/evaluation-workflow/labels.ts';
import { RemindButton } from '../features/reminders/components/RemindButton.tsx';

const GRADE_COLOR: Record<string, string> = { 优: 'green', 良: 'blue', 中: 'gold', 差: 'red' };

export function SelfEvaluationListPage() {
  const { user, year: chosen } = useSession();
  const year = chosen ?? new Date().getFullYear();
  const chasing = user?.role === 'finance' || user?.role === 'reviewer';
  const { list, candidates, behind } = useEvaluations(year, chasing);
  const navigate = useNavigate();
  const client = useQueryClient();
  const start = useMutation({
    mutationFn: (formId: string) => selfEvaluationApi.create(formId, year),
    onSuccess: (v) => {
      void client.invalidateQueries({ queryKey: ['self-evaluations'] });
      navigate(`/self-evaluations/${v.evaluation.id}`);
    },
  });
  return (
    <>
      <PageHeader
        title="绩效自评"
        subtitle={`${year}年度项目支出绩效自评`}
        actions={
          chasing && (
            <RemindButton request={{ kind: 'self-evaluation', year }} units={behind.data?.units ?? []} />
          )
        }
      />
      <Card title="自评表" style={{ marginBottom: 16 }}>
        <ErrorAlert error={list.error ?? start.error} />
        <Table
          id="evaluation-list"
          rowKey="id"
          size="small"
          loading={list.isLoading}
          dataSource={list.items}
          pagination={false}
          locale={{
            emptyText:
              user?.role === 'filler'
                ? '本年度尚无自评表：在下方「已批复、待自评的项目」中点「开始自评」'
                : '本年度尚无自评表：预算单位开始自评后在此列出',
          }}
          columns={[
            {
              title: '项目名称',
              render: (_, e) => (
                <>
                  <Link to={`/self-evaluations/${e.id}`}>{e.projectName}</Link>
                  {e.projectCode && (
                    <div style={{ color: 'rgba(0, 0, 0, 0.45)', fontSize: 12 }}>{e.projectCode}</div>
                  )}
                </>
              ),
            },
            { title: '单位', dataIndex: 'orgName' },
            {
              title: '执行率',
              render: (_, e) => (e.executionRate ? `${(Number(e.executionRate) * 100).toFixed(2)}%` : ''),
              align: 'right',
            },
            { title: '总分', dataIndex: 'total', align: 'right' },
            {
              title: '审核状态',
              render: (_, e) => <Tag color={statusColor(e.status)}>{statusLabel(e.status)}</Tag>,
            },
            {
              title: '等级',
              render: (_, e) =>
                e.grade ? <Tag color={GRADE_COLOR[e.grade]}>{e.grade}</Tag> : <Tag>待计分</Tag>,
            },
          ]}
        />
        <LoadMore shown={list.items.length} pages={list} />
      </Card>
      <Card title="已批复、待自评的项目">
        <ErrorAlert error={candidates.error} />
        <Table
          id="evaluation-candidates"
          rowKey="id"
          size="small"
          loading={candidates.isLoading}
          dataSource={candidates.data?.items ?? []}
          pagination={false}
          locale={{
            emptyText: '没有待自评的已批复项目：项目经财政批复后在此列出，年度结束时据此自评',
          }}
          columns={[
            { title: '项目名称', dataIndex: 'name' },
            { title: '单位', dataIndex: 'orgName' },
            // Only the unit starts its self-evaluation: for the others the column would stay empty.
            ...(user?.role === 'filler'
              ? [
                  {
                    title: '操作',
                    key: 'start',
                    render: (_: unknown, c: { id: string }) => (
                      <Button
                        size="small"
                        type="primary"
                        className="start-evaluation"
                        loading={start.isPending && start.variables === c.id}
                        onClick={() => start.mutate(c.id)}
                      >
                        开始自评
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
    </>
  );
}
