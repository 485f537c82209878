// The published 部门预算公开, newest year first, for the public home page.
import { Card, List } from 'antd';
import { Link } from 'react-router-dom';
import { usePublishedDisclosures } from '../hooks/use-disclosure.ts';

export function PublishedDisclosures() {
  const q = usePublishedDisclosures();
  const items = [...(q.data?.items ?? [])].sort((a, b) => b.year - a.year);
  if (items.length === 0) return null;
  return (
    <Card size="small" title="部门预算公开" className="public-card" extra={<a href="/api/open-data/datapackage.json">开放数据</a>}>
      <List
        size="small"
        dataSource={items}
        renderItem={(d) => (
          <List.Item>
            <Link to={d.url} className="public-item">
              <span className="public-item-name">{d.department} {d.year} 年部门预算公开</span>
            </Link>
          </List.Item>
        )}
      />
    </Card>
  );
}
