// A browser that reports itself offline still sends what the person asked for: the mutation and the query run
// (and fail or succeed by the request itself), never wait paused for an 'online' event.
import { afterEach, describe, expect, it } from 'vitest';
import { MutationObserver, QueryClient, onlineManager } from '@tanstack/react-query';
import { createQueryClient } from './query-client.ts';

afterEach(() => onlineManager.setOnline(true));

async function mutateWhileOffline(client: QueryClient): Promise<'sent' | 'paused'> {
  onlineManager.setOnline(false);
  let sent = false;
  const observer = new MutationObserver(client, {
    mutationFn: async () => {
      sent = true;
      return 'ok';
    },
  });
  void observer.mutate();
  // Lets the mutation start: a paused one never calls its function however long it is given.
  await new Promise((r) => setTimeout(r, 0));
  await Promise.resolve();
  const state = observer.getCurrentResult();
  return sent && !state.isPaused ? 'sent' : 'paused';
}

describe('createQueryClient', () => {
  it('sends a mutation while the browser says it is offline', async () => {
    expect(await mutateWhileOffline(createQueryClient())).toBe('sent');
  });

  it('(the library default would hold it: the case this guards against)', async () => {
    expect(await mutateWhileOffline(new QueryClient())).toBe('paused');
  });

  it('runs a query while offline, retrying only requests that never reached the server', async () => {
    const client = createQueryClient();
    onlineManager.setOnline(false);
    let calls = 0;
    const data = await client.fetchQuery({ queryKey: ['x'], queryFn: async () => (++calls, 42) });
    expect([data, calls]).toEqual([42, 1]);
    const retry = client.getDefaultOptions().queries?.retry as (n: number, e: unknown) => boolean;
    expect([retry(0, { status: 0 }), retry(2, { status: 0 }), retry(0, { status: 409 })]).toEqual([
      true,
      false,
      false,
    ]);
  });
});
