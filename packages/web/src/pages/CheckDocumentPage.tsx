// A document of a 检查报告 as it was read, row by row (sheet, table or page; its row number; its cells),
// with its findings above: the chosen finding's row is marked and scrolled into view, its cell outlined.
import { useEffect, useMemo } from 'react';
import { Card, List, Tag, Typography } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { checkReportsApi } from '../features/check-reports/api/check-reports-api.ts';
import { SEVERITY_COLOR, SEVERITY_LABEL, placeText } from '../features/check-reports/labels.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';

export function CheckDocumentPage() {
  const { id = '', documentId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const chosenId = search.get('finding');
  const q = useQuery({
    queryKey: ['check-batch', id, 'document', documentId],
    queryFn: () => checkReportsApi.document(id, documentId),
  });
  const d = q.data;
  const chosen = d?.findings.find((f) => f.id === chosenId) ?? null;
  // The row the chosen finding stands in: same sheet/table/page and row number.
  const target = useMemo(() => {
    const place = chosen?.place;
    if (!d || !place || place.line === null) return -1;
    return d.rows.findIndex((r) => r.line === place.line && r.source === place.source);
  }, [d, chosen]);
  useEffect(() => {
    if (target >= 0) document.getElementById(`read-row-${target}`)?.scrollIntoView({ block: 'center' });
  }, [target]);
  return (
    <>
      <PageHeader
        title={d?.name ?? '文件'}
        subtitle={d ? `${d.unit ?? '（未注明单位）'} · ${d.titles.join('；')}` : undefined}
        breadcrumb={[
          { title: <Link to="/check-reports">检查报告</Link> },
          { title: <Link to={`/check-reports/${id}`}>报告</Link> },
          { title: d?.name ?? '' },
        ]}
      />
      <ErrorAlert error={q.error} />
      <Card
        title={`审核发现（${d?.findings.length ?? 0}）`}
        style={{ marginBottom: 16 }}
        loading={q.isLoading}
      >
        <List
          id="document-findings"
          size="small"
          style={{ maxHeight: 240, overflow: 'auto' }}
          dataSource={d?.findings ?? []}
          renderItem={(f) => (
            <List.Item
              className={f.id === chosenId ? 'finding-chosen' : undefined}
              style={{ cursor: 'pointer', background: f.id === chosenId ? '#fff7e6' : undefined }}
              onClick={() => setSearch({ finding: f.id }, { replace: true })}
            >
              <Tag color={SEVERITY_COLOR[f.severity]}>{SEVERITY_LABEL[f.severity]}</Tag>
              <Typography.Text type="secondary" style={{ marginRight: 8 }}>
                {f.rule}
              </Typography.Text>
              {f.message}
              <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                {placeText(f.place)}
              </Typography.Text>
            </List.Item>
          )}
        />
      </Card>
      <Card title="读取的文本">
        <table id="read-text" style={{ borderCollapse: 'collapse', fontSize: 13, width: '100%' }}>
          <tbody>
            {(d?.rows ?? []).map((r, i) => (
              <tr
                key={i}
                id={`read-row-${i}`}
                className={i === target ? 'read-row-chosen' : undefined}
                style={{
                  background: i === target ? '#fff1b8' : undefined,
                  borderBottom: '1px solid #f0f0f0',
                }}
              >
                <td style={{ color: '#999', whiteSpace: 'nowrap', padding: '2px 8px', verticalAlign: 'top' }}>
                  {r.source ?? ''} {r.line ?? ''}
                </td>
                <td style={{ padding: '2px 4px' }}>
                  {r.cells.map((c, k) => (
                    <span
                      key={k}
                      className={i === target && chosen?.place?.column === k ? 'read-cell-chosen' : undefined}
                      style={{
                        display: 'inline-block',
                        margin: '1px 4px 1px 0',
                        padding: '0 4px',
                        border: '1px solid #e8e8e8',
                        whiteSpace: 'pre-wrap',
                        outline:
                          i === target && chosen?.place?.column === k ? '2px solid #cf1322' : undefined,
                      }}
                    >
                      {c}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </>
  );
}
