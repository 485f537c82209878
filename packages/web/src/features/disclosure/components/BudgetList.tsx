// The budgets the user can see, each linking to its disclosure (the entry of the 预算公开 menu).
import { Card, Empty, List } from 'antd';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { LoadMore } from '../../../ui/LoadMore.tsx';
import { useCursorList } from '../../../api/use-cursor-list.ts';
import { disclosureApi } from '../api/disclosure-api.ts';

export function BudgetList() {
  const q = useCursorList(['budgets'], (cursor) => disclosureApi.budgets(cursor));
  const items = q.items;
  return (
    <>
      <PageHeader title="预算公开" subtitle="由部门预算生成部门预算公开，核对后向社会公开" />
      <Card size="small" title="各部门预算" loading={q.isLoading}>
        {items.length === 0 ? (
          <Empty description="还没有部门预算：请先在「部门预算」中录入或导入" />
        ) : (
          <List
            size="small"
            dataSource={items}
            renderItem={(b) => (
              <List.Item
                actions={[
                  <Link key="budget" to={`/budget?org=${b.orgId}&year=${b.year}`}>
                    预算数据
                  </Link>,
                ]}
              >
                <Link to={`/disclosure?org=${b.orgId}&year=${b.year}`}>
                  {b.department} {b.year} 年部门预算公开
                </Link>
              </List.Item>
            )}
          />
        )}
        <LoadMore shown={items.length} pages={q} />
      </Card>
    </>
  );
}
