// Under a keyset-paged table: how many rows are shown of how many, and 「加载更多」 while there are more.
import { Button, Space, Typography } from 'antd';

/** What a keyset-paged list (useCursorList, useMorePages) says of its pages. */
export interface PagedList {
  total: number | null;
  totalCapped: boolean;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
}

/** `shown`: the rows the table shows of the pages read (a filter may show fewer than were read). */
export function LoadMore({ shown, pages }: { shown: number; pages: PagedList }) {
  const { total, totalCapped, hasMore } = pages;
  if (shown === 0 && !hasMore) return null;
  const of = total === null ? '' : ` / 共${totalCapped ? '约' : ''} ${total.toLocaleString('zh-CN')} 条`;
  return (
    <Space className="load-more" style={{ marginTop: 12 }}>
      <Typography.Text type="secondary">{`已显示 ${shown} 条${of}`}</Typography.Text>
      {hasMore && (
        <Button size="small" loading={pages.loadingMore} onClick={pages.loadMore}>
          加载更多
        </Button>
      )}
    </Space>
  );
}
