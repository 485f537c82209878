// The query client of the web app and of the public pages: one set of defaults for both.
import { QueryClient } from '@tanstack/react-query';

/**
 * Every request is sent whatever the browser says of its network (`networkMode: 'always'`). By default a
 * query or a mutation waits, silently, while the browser reports itself offline — a 退回 or 发布 clicked then
 * leaves its button spinning with nothing sent, until the browser reports the network back. A browser's
 * online flag is a guess (it saw the 'offline' event of an interface change, on a government intranet with
 * no route out, in a headless browser on a busy machine); the request itself is the test: it is answered, or
 * it fails with 无法连接服务器 and the person can try again.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        networkMode: 'always',
        // A request that did not reach the server (status 0) is tried twice more; a server's answer is final.
        retry: (count, error) => count < 2 && (error as { status?: number }).status === 0,
        refetchOnWindowFocus: false,
      },
      mutations: { networkMode: 'always' },
    },
  });
}
