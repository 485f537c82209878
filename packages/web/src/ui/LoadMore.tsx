// Under a keyset-paged table: how many rows are shown of how many, and 「加载更多」 while there are more.
import { Button, Space, Typography } from 'antd';

export function LoadMore({
  shown,
  total,
  totalCapped,
  hasMore,
  loading,
  onMore,
}: {
  shown: number;
  total: number | null;
  totalCapped: boolean;
  hasMore: boolean;
  loading: boolean;
  onMore: () => void;
}) {
  if (shown === 0 && !hasMore) return null;
  const of = total === null ? '' : ` / 共${totalCapped ? '约' : ''} ${total.toLocaleString('zh-CN')} 条`;
  return (
    <Space className="load-more" style={{ marginTop: 12 }}>
      <Typography.Text type="secondary">{`已显示 ${shown} 条${of}`}</Typography.Text>
      {hasMore && (
        <Button size="small" loading={loading} onClick={onMore}>
          加载更多
        </Button>
      )}
    </Space>
  );
}
