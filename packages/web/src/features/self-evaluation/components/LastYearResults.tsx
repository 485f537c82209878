// Next year's editor: last year's target, actual and score of each continuing indicator, and the history
// checks (R-HIST-01…03). Self-contained: give it the form id and the indicator ids in table order.
import { Alert, Card, List, Table, Tag } from 'antd';
import { useEvaluationHistory } from '../hooks/use-evaluation-history.ts';

export function LastYearResults({
  formId,
  indicators,
}: {
  formId: string | undefined;
  indicators: ReadonlyArray<{ id?: string | undefined; name: string | null; level1: string | null }>;
}) {
  const history = useEvaluationHistory(formId);
  const data = history.data;
  if (!formId || !data || (data.items.length === 0 && data.findings.length === 0)) return null;
  const byId = new Map(data.items.map((h) => [h.indicatorId, h]));
  const rows = indicators.flatMap((ind) => {
    const h = ind.id ? byId.get(ind.id) : undefined;
    return h ? [{ key: h.indicatorId, name: ind.name, level1: ind.level1, ...h }] : [];
  });
  return (
    <Card
      id="last-year-results"
      size="small"
      style={{ marginTop: 16 }}
      title={
        data.lastYear
          ? `上年绩效结果（${data.lastYear.year}年自评：${data.lastYear.total ?? '—'} 分，${data.lastYear.grade ?? '—'}）`
          : '上年绩效目标'
      }
    >
      <Table
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: '一级指标', dataIndex: 'level1', width: 110 },
          { title: '三级指标', dataIndex: 'name' },
          { title: '上年目标', dataIndex: 'target' },
          { title: '上年实际', dataIndex: 'actual', render: (v: string | null) => v ?? '未自评' },
          {
            title: '上年得分',
            render: (_, r) =>
              r.score === null ? (
                '—'
              ) : (
                <>
                  {r.score} / {r.weight}
                  {r.missed && (
                    <Tag color="red" style={{ marginLeft: 6 }}>
                      未达成
                    </Tag>
                  )}
                </>
              ),
          },
        ]}
      />
      {data.findings.length > 0 && (
        <List
          size="small"
          style={{ marginTop: 8 }}
          dataSource={data.findings}
          renderItem={(f) => (
            <List.Item className="history-finding">
              <Alert
                type={f.severity === 'warning' ? 'warning' : 'info'}
                showIcon
                title={`${f.rule}：${f.message}`}
                style={{ width: '100%' }}
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
