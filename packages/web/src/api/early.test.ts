import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchEarly, getOnce, publicPathsOf } from './early.ts';

describe('publicPathsOf', () => {
  const id = '0b7e2a52-1c1f-4f53-9a57-2f2d3c4b5a69';
  it('names what each public page reads first', () => {
    expect(publicPathsOf(`/public/forms/${id}`)).toEqual([`/public/forms/${id}`]);
    expect(publicPathsOf(`/public/disclosure/${id}/2020`)).toEqual([`/public/disclosures/${id}/2020`]);
    expect(publicPathsOf('/public')).toEqual(['/public/forms?limit=200', '/public/disclosures']);
  });
  it('names nothing for other or malformed addresses', () => {
    expect(publicPathsOf('/public/forms/not-an-id')).toEqual([]);
    expect(publicPathsOf(`/forms/${id}`)).toEqual([]);
  });
});

describe('fetchEarly / getOnce', () => {
  afterEach(() => vi.unstubAllGlobals());
  it('sends the request once and hands it to the first reader only', async () => {
    const fetch = vi.fn(async () => new Response('{"n":1}', { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    fetchEarly('/public/x');
    fetchEarly('/public/x');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(await getOnce('/public/x')).toEqual({ n: 1 });
    // A later read (a refetch) asks the server again.
    expect(await getOnce('/public/x')).toEqual({ n: 1 });
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
