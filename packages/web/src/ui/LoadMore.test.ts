// The line under a keyset-paged table, as rendered (server-side markup, no browser needed).
import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { LoadMore, type PagedList } from './LoadMore.tsx';

const pages = (over: Partial<PagedList> = {}): PagedList => ({
  total: 1234,
  totalCapped: false,
  hasMore: true,
  loadingMore: false,
  loadMore: () => {},
  ...over,
});
const render = (shown: number, p: PagedList) =>
  renderToStaticMarkup(createElement(LoadMore, { shown, pages: p }));

describe('LoadMore', () => {
  it('says how many rows are shown of the pages’ total, and offers more while there are more', () => {
    const html = render(20, pages());
    expect(html).toContain('已显示 20 条 / 共 1,234 条');
    expect(html).toContain('加载更多');
  });

  it('says an estimated total is one, and offers nothing more after the last page', () => {
    const html = render(20, pages({ totalCapped: true, hasMore: false }));
    expect(html).toContain('共约 1,234 条');
    expect(html).not.toContain('加载更多');
  });

  it('is nothing under an empty list with no more pages', () => {
    expect(render(0, pages({ hasMore: false }))).toBe('');
  });
});
