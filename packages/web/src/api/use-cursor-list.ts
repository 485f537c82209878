// A keyset-paged list read page after page: each page asks from the previous page's nextCursor, and the
// rows shown are the pages read so far (a province's list is never loaded whole).
import { useInfiniteQuery, type QueryKey } from '@tanstack/react-query';

export interface CursorPage<T> {
  items: T[];
  total: number | null;
  totalCapped: boolean;
  nextCursor: string | null;
}

export function useCursorList<T>(
  queryKey: QueryKey,
  fetchPage: (cursor: string | undefined) => Promise<CursorPage<T>>,
  enabled = true,
) {
  const q = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
  const first = q.data?.pages[0];
  return {
    items: q.data?.pages.flatMap((p) => p.items) ?? [],
    /** Counted (or estimated) with the first page. */
    total: first?.total ?? null,
    totalCapped: first?.totalCapped ?? false,
    isLoading: q.isLoading,
    error: q.error,
    hasMore: q.hasNextPage,
    loadingMore: q.isFetchingNextPage,
    loadMore: () => void q.fetchNextPage(),
  };
}
