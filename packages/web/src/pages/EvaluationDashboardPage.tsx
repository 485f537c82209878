// 绩效看板 (finance; reviewers see their departments): monitoring warnings (黄/红), self-evaluation scores
// and grades, execution rates by department, and the indicators missed most often.
import { Card, Col, Row, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useMorePages } from '../api/use-more-pages.ts';
import { useSession } from '../features/auth/hooks/use-session.ts';
import { selfEvaluationApi } from '../features/self-evaluation/api/self-evaluation-api.ts';
import { buildDashboardChartOption } from '../features/self-evaluation/utils/dashboard-chart.ts';
import { LightTag } from '../features/monitoring/components/LightTag.tsx';
import { EChart } from '../ui/EChart.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { LoadMore } from '../ui/LoadMore.tsx';
import { statusLabel } from '../features/evaluation-workflow/labels.ts';

/** The projects shown, and how many more missed it (the server sends only the first ones). */
const projectsText = (m: { projects: string[]; projectCount: number }) => {
  const more = m.projectCount - m.projects.length;
  return more > 0 ? `${m.projects.join('、')}等${m.projectCount}个项目` : m.projects.join('、');
};
const percent = (r: string | null) => (r === null ? '—' : `${(Number(r) * 100).toFixed(2)}%`);

export function EvaluationDashboardPage() {
  const { year: chosen } = useSession();
  const year = chosen ?? new Date().getFullYear();
  // The summaries come with the list's first page; 加载更多 asks the list alone for the next ones.
  const q = useQuery({
    queryKey: ['evaluation-dashboard', year],
    queryFn: () => selfEvaluationApi.dashboard(year),
  });
  const d = q.data;
  const list = useMorePages(['evaluation-dashboard-list', year], d?.evaluations, (cursor) =>
    selfEvaluationApi.dashboardEvaluations(year, cursor),
  );
  const unconfirmed = Object.entries(d?.statusCounts ?? {}).filter(([s, n]) => s !== 'confirmed' && n > 0);
  const unconfirmedCount = unconfirmed.reduce((a, [, n]) => a + n, 0);
  return (
    <>
      <PageHeader
        title="绩效看板"
        subtitle={`${year}年度${chosen ? '' : '（未选预算年度，按本年）'} · 监控预警、自评得分与执行率`}
      />
      <ErrorAlert error={q.error} />
      <Card title="按部门" style={{ marginBottom: 16 }} loading={q.isLoading}>
        <Table
          id="dashboard-departments"
          rowKey="departmentId"
          size="small"
          pagination={false}
          dataSource={d?.departments ?? []}
          columns={[
            { title: '部门', dataIndex: 'department' },
            { title: '监控项目', dataIndex: 'monitored', align: 'right' },
            { title: '未填报', dataIndex: 'unfilled', align: 'right' },
            { title: '监控期执行率', render: (_, r) => percent(r.monitoringRate), align: 'right' },
            { title: '红灯', render: (_, r) => (r.red ? <Tag color="red">{r.red}</Tag> : 0) },
            { title: '黄灯', render: (_, r) => (r.yellow ? <Tag color="gold">{r.yellow}</Tag> : 0) },
            { title: '已确认自评', dataIndex: 'evaluated', align: 'right' },
            { title: '平均得分', render: (_, r) => r.averageScore ?? '—', align: 'right' },
            {
              title: '优/良/中/差',
              render: (_, r) => `${r.grades.优}/${r.grades.良}/${r.grades.中}/${r.grades.差}`,
            },
            { title: '全年执行率（自评）', render: (_, r) => percent(r.executionRate), align: 'right' },
          ]}
        />
        <div id="dashboard-basis" style={{ margin: '8px 0', color: '#666' }}>
          自评得分、等级和执行率只计财政已审核确认的自评
          {unconfirmedCount > 0 && (
            <>
              ；另有 {unconfirmedCount} 份自评尚未确认（
              {unconfirmed.map(([s, n]) => `${statusLabel(s)} ${n} 份`).join('，')}）
            </>
          )}
          。已关闭轮次的预警为关闭时冻结的数据。
        </div>
        {d && d.departments.length > 0 && (
          <EChart
            option={buildDashboardChartOption(d.departments)}
            label="各部门平均自评得分与预算执行率"
            height={260}
          />
        )}
      </Card>
      <Card title="本年度自评" size="small" style={{ marginBottom: 16 }}>
        <Table
          id="dashboard-evaluations"
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={list.items}
          locale={{ emptyText: '暂无自评' }}
          columns={[
            { title: '项目', dataIndex: 'projectName' },
            { title: '单位', dataIndex: 'orgName' },
            {
              title: '状态',
              render: (_, e) =>
                e.confirmed ? <Tag color="green">{statusLabel(e.status)}</Tag> : statusLabel(e.status),
            },
            { title: '得分', render: (_, e) => e.total ?? '—', align: 'right' },
            { title: '等级', render: (_, e) => e.grade ?? '—' },
            { title: '执行率', render: (_, e) => percent(e.executionRate), align: 'right' },
          ]}
        />
        <ErrorAlert error={list.error} />
        <LoadMore shown={list.items.length} pages={list} />
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card
            title="监控预警（黄灯/红灯）"
            size="small"
            extra={
              d && d.warningsTotal > d.warnings.length ? (
                <span id="dashboard-warnings-more">
                  共{d.warningsTotal}条，列出红灯在前的{d.warnings.length}条；
                  <Link to="/monitoring">到绩效监控查看全部</Link>
                </span>
              ) : null
            }
          >
            <Table
              id="dashboard-warnings"
              rowKey="entryId"
              size="small"
              pagination={false}
              dataSource={d?.warnings ?? []}
              locale={{ emptyText: '暂无预警' }}
              columns={[
                {
                  title: '项目',
                  render: (_, w) => <Link to={`/monitoring/entries/${w.entryId}`}>{w.projectName}</Link>,
                },
                { title: '单位', dataIndex: 'orgName' },
                {
                  title: '轮次',
                  render: (_, w) =>
                    `${w.roundTitle}${w.roundStatus === 'closed' ? '（已关闭）' : '（填报中）'}`,
                },
                { title: '预警', render: (_, w) => <LightTag light={w.worstLight as 'red' | 'yellow'} /> },
                { title: '红/黄', render: (_, w) => `${w.redCount}/${w.yellowCount}` },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title="未达成次数最多的指标" size="small">
            <Table
              id="dashboard-missed"
              rowKey={(m) => `${m.name}/${m.level1 ?? ''}`}
              size="small"
              pagination={false}
              dataSource={d?.missedIndicators ?? []}
              locale={{ emptyText: '暂无未达成的指标' }}
              columns={[
                { title: '三级指标', dataIndex: 'name' },
                { title: '一级指标', dataIndex: 'level1' },
                { title: '未达成/自评', render: (_, m) => `${m.missed}/${m.evaluated}` },
                { title: '项目', render: (_, m) => projectsText(m) },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
