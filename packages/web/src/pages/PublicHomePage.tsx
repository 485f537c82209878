// 公开: published departments by year, each with its published forms (no account needed).
import { useEffect, useMemo, useState } from 'react';
import { Card, Empty, List, Segmented, Space, Spin, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { usePublicForms } from '../features/public/hooks/use-public-forms.ts';
import {
  groupByDepartment,
  hasUndatedForms,
  NO_YEAR,
  publishedYears,
} from '../features/public/utils/group-published.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PublishedDisclosures } from '../features/disclosure/components/PublishedDisclosures.tsx';
import { formatWan } from '../ui/format.ts';
import { KIND_LABELS } from '../ui/status.ts';

export function PublicHomePage() {
  const list = usePublicForms();
  const items = useMemo(() => list.data?.items ?? [], [list.data]);
  const years = useMemo(
    () => [...publishedYears(items), ...(hasUndatedForms(items) ? [NO_YEAR] : [])],
    [items],
  );
  const [year, setYear] = useState<number | null>(null);
  useEffect(() => {
    if (year === null && years.length) setYear(years[0]!);
  }, [years, year]);
  const groups = useMemo(() => groupByDepartment(items, year), [items, year]);
  if (list.isLoading) return <Spin size="large" />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ marginBottom: 0 }}>
        部门预算与绩效目标公开
      </Typography.Title>
      <ErrorAlert error={list.error} />
      <PublishedDisclosures />
      {years.length > 0 && (
        <Segmented
          value={year ?? undefined}
          onChange={(v) => setYear(Number(v))}
          options={years.map((y) => ({ value: y, label: y === NO_YEAR ? '未注明年度' : `${y}年` }))}
        />
      )}
      {groups.length === 0 && <Empty description="暂无公开信息" />}
      {groups.map((g) => (
        <Card key={g.department} title={g.department} size="small" className="public-card">
          <List
            size="small"
            dataSource={g.forms}
            renderItem={(f) => (
              <List.Item>
                <Link to={`/public/forms/${f.id}`} className="public-item">
                  <span className="public-item-name">{f.name}</span>
                  <span className="public-item-meta">
                    <Tag>{KIND_LABELS[f.kind] ?? f.kind}</Tag>
                    {f.budgetTotal ? `${formatWan(f.budgetTotal)} 万元` : ''}
                  </span>
                </Link>
              </List.Item>
            )}
          />
        </Card>
      ))}
    </Space>
  );
}
