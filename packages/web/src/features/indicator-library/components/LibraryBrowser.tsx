// The 指标库 browsed: the tree 行业/领域 → 一级 → 二级 on the left, a search box, the entries of the chosen
// branch ranked for what is typed (and the project's category), and the chosen entry in full. The
// finance page adds its edit actions; the editor's picker a “选用” button.
import { useDeferredValue, useState, type ReactNode } from 'react';
import { Button, Col, Empty, Input, Row, Table, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { useLibraryEntries, useLibraryTree, type LibraryEntry, type TreeNode } from '../api/library-api.ts';
import { EntryDetail } from './EntryDetail.tsx';
import './library.css';

const SEP = '\u0001';

function treeData(sectors: TreeNode[]): DataNode[] {
  return sectors.map((s) => ({
    key: s.sector,
    title: `${s.sector}（${s.count}）`,
    children: s.level1.map((l1) => ({
      key: [s.sector, l1.name].join(SEP),
      title: `${l1.name}（${l1.count}）`,
      children: l1.level2.map((l2) => ({
        key: [s.sector, l1.name, l2.name].join(SEP),
        title: `${l2.name}（${l2.count}）`,
        isLeaf: true,
      })),
    })),
  }));
}

export interface LibraryBrowserProps {
  category?: string | null;
  /** Buttons for one entry (选用, 修改, 删除). */
  entryActions?: (entry: LibraryEntry) => ReactNode;
}

export function LibraryBrowser({ category, entryActions }: LibraryBrowserProps) {
  const tree = useLibraryTree();
  const [branch, setBranch] = useState<string[]>([]);
  const [text, setText] = useState('');
  const q = useDeferredValue(text.trim());
  const [sector, level1, level2] = branch;
  const entries = useLibraryEntries({
    q,
    ...(sector ? { sector } : {}),
    ...(level1 ? { level1 } : {}),
    ...(level2 ? { level2 } : {}),
    ...(category ? { category } : {}),
  });
  const [chosenId, setChosenId] = useState<string | null>(null);
  const items = entries.data?.items ?? [];
  const chosen = items.find((e) => e.id === chosenId) ?? null;
  return (
    <Row gutter={16} className="library-browser">
      <Col span={6}>
        <ErrorAlert error={tree.error} />
        <Button type="link" size="small" onClick={() => setBranch([])} disabled={branch.length === 0}>
          全部指标
        </Button>
        <Tree
          aria-label="指标库目录"
          treeData={treeData(tree.data?.sectors ?? [])}
          selectedKeys={branch.length ? [branch.join(SEP)] : []}
          onSelect={(keys) => {
            const k = keys[0];
            setBranch(typeof k === 'string' ? k.split(SEP) : []);
            setChosenId(null);
          }}
          blockNode
        />
      </Col>
      <Col span={chosen ? 10 : 18} style={{ minWidth: 0 }}>
        <Input.Search
          allowClear
          placeholder="输入指标名称或关键词检索，如：满意度"
          aria-label="检索指标库"
          value={text}
          onChange={(e) => setText(e.target.value)}
          style={{ marginBottom: 8 }}
        />
        <Typography.Text type="secondary">
          {branch.length ? branch.join(' → ') : '全部行业'}：{items.length} 条
          {category ? `（按项目类别“${category}”优先）` : ''}
        </Typography.Text>
        <ErrorAlert error={entries.error} />
        <Table<LibraryEntry>
          rowKey="id"
          size="small"
          loading={entries.isLoading}
          dataSource={items}
          pagination={{ pageSize: 12, showSizeChanger: false }}
          locale={{ emptyText: <Empty description="没有符合条件的指标" /> }}
          rowClassName={(e) => (e.id === chosenId ? 'library-row-chosen' : '')}
          onRow={(e) => ({ onClick: () => setChosenId(e.id) })}
          columns={[
            {
              title: '三级指标',
              dataIndex: 'name',
              render: (name: string, e) => (
                <span>
                  <Typography.Link onClick={() => setChosenId(e.id)}>{name}</Typography.Link>
                  {e.definition && (
                    <Typography.Paragraph
                      type="secondary"
                      ellipsis={{ rows: 1 }}
                      style={{ margin: 0, fontSize: 12 }}
                    >
                      {e.definition}
                    </Typography.Paragraph>
                  )}
                </span>
              ),
            },
            // With an entry open beside the table, only what tells the rows apart stays.
            ...(chosen
              ? []
              : [
                  { title: '行业', dataIndex: 'sector', width: 80 },
                  { title: '二级指标', dataIndex: 'level2', width: 110 },
                ]),
            { title: '单位', dataIndex: 'unit', width: 80, render: (u: string | null) => u ?? '—' },
            { title: '方向', dataIndex: 'direction', width: 56 },
            ...(chosen ? [] : [{ title: '使用', dataIndex: 'uses', width: 56 }]),
            ...(entryActions
              ? [
                  {
                    title: '操作',
                    key: 'actions',
                    width: 120,
                    render: (_: unknown, e: LibraryEntry) => entryActions(e),
                  },
                ]
              : []),
          ]}
        />
      </Col>
      {chosen && (
        <Col span={8} style={{ minWidth: 0 }}>
          <EntryDetail entry={chosen} />
          {entryActions && <div style={{ marginTop: 8 }}>{entryActions(chosen)}</div>}
        </Col>
      )}
    </Row>
  );
}
