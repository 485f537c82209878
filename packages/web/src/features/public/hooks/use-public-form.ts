// One published form with its 批复.
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { publicApi } from '../api/public-api.ts';

const publicFormQuery = (id: string) => ({
  queryKey: ['public', 'form', id],
  queryFn: () => publicApi.get(id),
});

export function usePublicForm(id: string | undefined) {
  return useQuery({ ...publicFormQuery(id ?? ''), enabled: Boolean(id) });
}

/** The form id of a public form page's path, or null. */
export function publicFormIdOf(pathname: string): string | null {
  return /^\/public\/forms\/([0-9a-f-]{36})\/?$/i.exec(pathname)?.[1] ?? null;
}

/**
 * Starts fetching the form of a public form page while the page's code is still loading, so that the
 * two requests overlap instead of following each other (first render on a phone comes sooner).
 */
export function prefetchPublicForm(client: QueryClient, pathname: string): void {
  const id = publicFormIdOf(pathname);
  if (id) void client.prefetchQuery(publicFormQuery(id));
}
