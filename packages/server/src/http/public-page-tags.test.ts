// The tags of public pages kept in memory: kept only while changes are heard, forgotten by page, by
// department or all, and a read that raced with a change is never kept.
import { describe, expect, it } from 'vitest';
import { ALL_PAGES, PublicPageTags, pageKey, tagOf } from './public-page-tags.ts';

const org = '6AB5B295-E4FD-4E57-894F-BD8E919F4D42';
const other = 'fab100a6-7133-4bd4-b0ca-518a667953fa';
const tag = (id: string, orgName = '部门A') => tagOf({ id, orgName, regionCode: '420100' });

/** Counts the reads, answering with `value()` at the time of the read. */
function reader(value: () => ReturnType<typeof tag> | undefined) {
  const counted = { reads: 0 };
  const read = async () => {
    counted.reads++;
    return value();
  };
  return Object.assign(counted, { read });
}

describe('public page tags kept in memory', () => {
  it('keys a page as the database announces it (lower-case uuid / year)', () => {
    expect(pageKey(org, 2025)).toBe(`${org.toLowerCase()}/2025`);
  });

  it('keeps nothing until listening, then reads once and serves the kept tag', async () => {
    const tags = new PublicPageTags();
    const r = reader(() => tag('p1'));
    await tags.load(pageKey(org, 2025), r.read);
    await tags.load(pageKey(org, 2025), r.read);
    expect(r.reads).toBe(2);
    tags.listen();
    await tags.load(pageKey(org, 2025), r.read);
    expect(await tags.load(pageKey(org, 2025), r.read)).toMatchObject({ id: 'p1' });
    expect(r.reads).toBe(3);
    tags.stop();
    expect(tags.size).toBe(0);
  });

  it('gives the two encodings different strong tags, and another publication or name another tag', () => {
    const a = tag('p1');
    expect(a.etag.gzip).not.toBe(a.etag.identity);
    expect(tag('p2').etag.identity).not.toBe(a.etag.identity);
    expect(tag('p1', '部门甲').etag.identity).not.toBe(a.etag.identity);
    expect(tag('p1').etag).toEqual(a.etag);
  });

  it('forgets one page, one department or all, as announced', async () => {
    const tags = new PublicPageTags();
    tags.listen();
    let id = 'p1';
    const r = reader(() => tag(id));
    const keys = [pageKey(org, 2025), pageKey(org, 2024), pageKey(other, 2025)];
    for (const k of keys) await tags.load(k, r.read);
    expect(tags.size).toBe(3);
    id = 'p2';
    tags.forget(pageKey(org, 2025));
    expect((await tags.load(pageKey(org, 2025), r.read))?.id).toBe('p2');
    expect((await tags.load(pageKey(org, 2024), r.read))?.id).toBe('p1');
    tags.forgetDepartment(org);
    expect(tags.size).toBe(1);
    expect((await tags.load(pageKey(other, 2025), r.read))?.id).toBe('p1');
    tags.forget(ALL_PAGES);
    expect(tags.size).toBe(0);
  });

  it('does not keep what nothing names (not published)', async () => {
    const tags = new PublicPageTags();
    tags.listen();
    const r = reader(() => undefined);
    expect(await tags.load(pageKey(org, 2025), r.read)).toBeUndefined();
    expect(await tags.load(pageKey(org, 2025), r.read)).toBeUndefined();
    expect(r.reads).toBe(2);
  });

  it('does not keep a read during which a change was announced; requests at once share one read', async () => {
    const tags = new PublicPageTags();
    tags.listen();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let reads = 0;
    const slow = async () => {
      reads++;
      await gate;
      return tag('old');
    };
    const first = tags.load(pageKey(org, 2025), slow);
    const second = tags.load(pageKey(org, 2025), slow);
    tags.forgetPage(org, 2025); // published meanwhile
    release();
    expect((await first)?.id).toBe('old');
    expect((await second)?.id).toBe('old');
    expect(reads).toBe(1);
    expect(tags.size).toBe(0);
    expect((await tags.load(pageKey(org, 2025), async () => tag('new')))?.id).toBe('new');
  });

  it('stays bounded', async () => {
    const tags = new PublicPageTags(2);
    tags.listen();
    for (const year of [2023, 2024, 2025]) await tags.load(pageKey(org, year), async () => tag(`p${year}`));
    expect(tags.size).toBe(2);
  });
});
