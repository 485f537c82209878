// 统计看板 (财政: every department; 主管部门: its units): forms by status, budget by department and by
// category, indicator quality. Every chart is clickable: the forms behind the click are listed below.
import { RuleHint } from '../features/forms/components/FindingList.tsx';
import { useMemo, useState } from 'react';
import { Alert, Card, Col, Empty, Row, Spin, Statistic, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useSession } from '../features/auth/hooks/use-session.ts';
import { dashboardsApi, type Dashboard } from '../features/dashboards/api/dashboards-api.ts';
import { DashboardFormsTable } from '../features/dashboards/components/DashboardFormsTable.tsx';
import {
  barsHeight,
  budgetByCategoryOption,
  budgetByGroupOption,
  findingsByRuleOption,
  statusByGroupOption,
} from '../features/dashboards/utils/charts.ts';
import { describeSelection, selectForms, type Selection } from '../features/dashboards/utils/selection.ts';
import { EChart } from '../ui/EChart.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { formatWan, yearText } from '../ui/format.ts';

function Charts({ d, onSelect }: { d: Dashboard; onSelect: (s: Selection) => void }) {
  const options = useMemo(
    () => ({
      status: statusByGroupOption(d),
      budget: budgetByGroupOption(d),
      category: budgetByCategoryOption(d),
      rules: findingsByRuleOption(d),
    }),
    [d],
  );
  const rules = d.quality.findingsByRule;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card size="small" title="各部门表单状态">
          <EChart
            id="chart-status"
            label="各部门各状态的表单数"
            option={options.status}
            height={barsHeight(d.byStatus.length)}
            onClick={(e) =>
              onSelect({
                kind: 'status',
                group: d.byStatus[e.dataIndex]!.group,
                status: d.statuses[e.seriesIndex ?? 0]!,
              })
            }
          />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title="各部门项目预算（万元）">
          <EChart
            id="chart-budget"
            label="各部门项目预算的申报数与批复数"
            option={options.budget}
            height={barsHeight(d.budgetByGroup.length)}
            onClick={(e) => onSelect({ kind: 'budget', group: d.budgetByGroup[e.dataIndex]!.group })}
          />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title="按项目类别的预算">
          {d.budgetByCategory.length ? (
            <EChart
              id="chart-category"
              label="按项目类别的预算占比"
              option={options.category}
              height={280}
              onClick={(e) => onSelect({ kind: 'category', category: e.name })}
            />
          ) : (
            <Empty description="暂无项目" />
          )}
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title="各审核规则发现的问题">
          {rules.length ? (
            <EChart
              id="chart-rules"
              label="各审核规则发现的问题数"
              option={options.rules}
              height={barsHeight(Math.min(rules.length, 12))}
              onClick={(e) => {
                const r = rules[e.dataIndex]!;
                onSelect({ kind: 'rule', rule: r.rule, description: r.description });
              }}
            />
          ) : (
            <Empty description="未发现问题" />
          )}
        </Card>
      </Col>
    </Row>
  );
}

export function DashboardPage() {
  const { user, year } = useSession();
  const q = useQuery({ queryKey: ['dashboard', year], queryFn: () => dashboardsApi.get(year) });
  const [selection, setSelection] = useState<Selection | null>(null);
  const header = <PageHeader title="统计看板" subtitle={yearText(year)} />;
  // The heading stands while the figures load or fail, as on every page.
  if (q.isLoading)
    return (
      <>
        {header}
        <Spin size="large" tip="正在统计…" />
      </>
    );
  if (q.error || !q.data)
    return (
      <>
        {header}
        <ErrorAlert error={q.error} />
      </>
    );
  const d = q.data;
  const list = selectForms(d.forms, selection);
  const share = d.quality.share;
  const select = (s: Selection) => {
    setSelection(s);
    // The list is below the charts: bring it into view.
    setTimeout(() => document.getElementById('dashboard-list')?.scrollIntoView({ behavior: 'smooth' }), 50);
  };
  return (
    <div className="dashboard-page">
      {header}
      {d.truncated && (
        <Alert type="warning" showIcon title="表单过多，仅统计前 2000 份" style={{ marginBottom: 12 }} />
      )}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={12} lg={6}>
          <Card size="small">
            <Statistic title="表单" value={d.forms.length} suffix="份" />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card size="small">
            <Statistic
              title="项目预算（申报）"
              value={formatWan(d.budgetByGroup.reduce((s, g) => s + Number(g.declared), 0).toFixed(6))}
              suffix="万元"
            />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card size="small" hoverable onClick={() => select({ kind: 'unquantified' })} id="stat-quantified">
            <Statistic
              title={`指标量化率（${d.quality.quantified}/${d.quality.indicators}）`}
              value={share === null ? '—' : (share * 100).toFixed(1)}
              suffix={share === null ? '' : '%'}
            />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card size="small">
            <Statistic
              title="审核规则发现的问题"
              value={d.quality.findingsByRule.reduce((s, r) => s + r.count, 0)}
              suffix="处"
            />
          </Card>
        </Col>
      </Row>
      {d.forms.length === 0 ? (
        <Empty description="本年度还没有表单" />
      ) : (
        <>
          <Charts d={d} onSelect={select} />
          <Card size="small" title="最常见的问题" style={{ marginTop: 16 }}>
            <Table
              id="dashboard-defects"
              size="small"
              rowKey={(r) => `${r.rule}:${r.messageId}`}
              dataSource={d.quality.defects}
              pagination={false}
              onRow={(r) => ({
                onClick: () => select({ kind: 'rule', rule: r.rule, description: r.description }),
                className: 'clickable',
              })}
              columns={[
                {
                  title: '问题',
                  dataIndex: 'description',
                  width: 280,
                  render: (text: string, r) => (
                    <>
                      {text}
                      <RuleHint rule={r.rule} />
                    </>
                  ),
                },
                { title: '示例', dataIndex: 'example', ellipsis: true },
                { title: '次数', dataIndex: 'count', width: 70, align: 'right' },
              ]}
            />
          </Card>
          <Card
            size="small"
            id="dashboard-list"
            style={{ marginTop: 16 }}
            title={
              <span>
                表单清单{' '}
                {selection ? (
                  <Tag closable onClose={() => setSelection(null)} color="red" id="dashboard-selection">
                    {describeSelection(selection)}
                  </Tag>
                ) : (
                  <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                    点击图表查看对应的表单
                  </Typography.Text>
                )}
              </span>
            }
          >
            <DashboardFormsTable forms={list} role={user?.role ?? ''} />
          </Card>
        </>
      )}
    </div>
  );
}
