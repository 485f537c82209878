// A keyset-paged list whose first page came inside another answer (a dashboard's summaries): the next pages
// are asked from the list alone, only when 「加载更多」 is pressed, so the summaries are not worked out again.
import { useState } from 'react';
import { useInfiniteQuery, type QueryKey } from '@tanstack/react-query';
import type { CursorPage } from './use-cursor-list.ts';

export function useMorePages<T>(
  queryKey: QueryKey,
  first: CursorPage<T> | undefined,
  fetchPage: (cursor: string) => Promise<CursorPage<T>>,
) {
  // Keyed by the first page's cursor: a new first page (another year, a refetch) starts over.
  const start = first?.nextCursor ?? null;
  const [asked, setAsked] = useState<string | null>(null);
  const more = asked !== null && asked === start;
  const q = useInfiniteQuery({
    queryKey: [...queryKey, start],
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: start ?? '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: more,
  });
  const later = more ? (q.data?.pages ?? []) : [];
  return {
    items: [...(first?.items ?? []), ...later.flatMap((p) => p.items)],
    total: first?.total ?? null,
    totalCapped: first?.totalCapped ?? false,
    error: q.error,
    hasMore: more ? q.isFetching || q.hasNextPage : start !== null,
    loadingMore: more && q.isFetching,
    loadMore: () => {
      if (!more) setAsked(start);
      else void q.fetchNextPage();
    },
  };
}
