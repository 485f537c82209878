// What names a public page — a published disclosure's (its latest publication and the department's
// name) or a published form's (its version, time, 批复 and department's name) — kept in this process so
// that an anonymous read costs no database round trip. Kept only while the process listens on
// PUBLIC_PAGES_CHANNEL: triggers on budget_publications, forms, approvals and orgs (migration 0029)
// announce every change, from any writer, in the writing transaction, and the database delivers it to
// every process when that transaction commits. A read that raced with a change is not kept; when the
// listening connection breaks (notifications may be lost) everything is forgotten.
import { etagOf } from './etag.ts';
import type { ContentCoding } from './content-coding.ts';
import { SingleFlight } from '../features/forms/single-flight.ts';

export const PUBLIC_PAGES_CHANNEL = 'jixiao_public_pages';
/** The payload that means "forget every page" (a table emptied, or notifications lost). */
export const ALL_PAGES = '*';
/** The payload prefix that forgets every page of one department (its name changed, it was deleted). */
const ORG_PREFIX = 'org:';
/** The payload prefix of a form's public page (`form:<id>`), which is also its key. */
const FORM_PREFIX = 'form:';

/** The publication a page is built from, with the page's entity tags (one per content coding) computed once. */
export interface PublicPageTag {
  id: string;
  orgName: string;
  regionCode: string;
  etag: Record<ContentCoding, string>;
}

/**
 * A published form's page: its entity tags (what it is built from, hashed), one per representation — the
 * JSON as it is and the same gzip-compressed (a strong tag names exact bytes).
 */
export interface PublicFormTag {
  etag: { identity: string; gzip: string };
}

/** The key of a department's page for a year, as the triggers announce it (`uuid::text || '/' || year`). */
export function pageKey(orgId: string, year: number): string {
  return `${orgId.toLowerCase()}/${year}`;
}

/**
 * A page of the public list: its bytes, their compressed copies (made with the page, once), and a tag per
 * content coding (each a hash of the bytes it names).
 */
export interface PublicListPage {
  etag: Record<ContentCoding, string>;
  bytes: Buffer;
  gzip: Buffer;
  br: Buffer;
}

/** The key of a page of the public list (its address). */
export function listPageKey(url: string): string {
  return `list:${url}`;
}

/**
 * Whether an announcement touches the public list: a published form or a 批复 (`form:`), a department
 * (`org:`), or everything — not a disclosure's publication (`orgId/year`).
 */
export function touchesLists(payload: string): boolean {
  return payload === ALL_PAGES || payload.startsWith(FORM_PREFIX) || payload.startsWith(ORG_PREFIX);
}

/** The key of a form's public page, as the triggers announce it. */
export function formPageKey(formId: string): string {
  return `${FORM_PREFIX}${formId.toLowerCase()}`;
}

/**
 * The tags of a publication's page (a strong tag names exact bytes: each compressed copy is a representation
 * of its own, and made the same way from the same page it is the same bytes in every process).
 */
export function tagOf(row: { id: string; orgName: string; regionCode: string }): PublicPageTag {
  const etag = (coding: string) => etagOf(['disclosure', row.id, row.orgName, coding]);
  return { ...row, etag: { identity: etag('identity'), gzip: etag('gzip'), br: etag('br') } };
}

export class PublicPageTags<T = PublicPageTag> {
  private readonly entries = new Map<string, T>();
  /** Moves on every forget: a read that started before it may hold what was just changed. */
  private generation = 0;
  private listening = false;
  /** Requests that miss the same page at once wait for one read. */
  private readonly reading = new SingleFlight<T | undefined>();

  constructor(private readonly maxEntries = 20_000) {}

  /** Listening started: from now on every change is announced, so what is read may be kept. */
  listen(): void {
    this.listening = true;
  }

  /** Listening stopped: nothing is announced any more, so nothing is kept. */
  stop(): void {
    this.listening = false;
    this.forget(ALL_PAGES);
  }

  /** Applies an announcement: one page (`orgId/year`), one department's pages, or all. */
  forget(payload: string): void {
    this.generation++;
    if (payload === ALL_PAGES) this.entries.clear();
    else if (payload.startsWith(ORG_PREFIX)) {
      // The department's disclosures by key; its forms are not known by key, so every form page goes.
      const prefix = `${payload.slice(ORG_PREFIX.length)}/`;
      for (const key of this.entries.keys())
        if (key.startsWith(prefix) || key.startsWith(FORM_PREFIX)) this.entries.delete(key);
    } else this.entries.delete(payload);
  }

  /** This process changed a department's page for a year: forgotten now, before the answer is sent. */
  forgetPage(orgId: string, year: number): void {
    this.forget(pageKey(orgId, year));
  }

  /** This process renamed a department: its pages are forgotten now. */
  forgetDepartment(orgId: string): void {
    this.forget(`${ORG_PREFIX}${orgId.toLowerCase()}`);
  }

  /**
   * The kept tag of `key`, or `read()` once for all who ask at the same time (undefined: nothing
   * published); a found tag is kept when listening and nothing was announced while it was read.
   */
  async load(key: string, read: () => Promise<T | undefined>): Promise<T | undefined> {
    const kept = this.entries.get(key);
    if (kept) return kept;
    const startedAt = this.generation;
    return this.reading.run(key, startedAt, read, (found) => {
      if (!found || !this.unchangedSince(startedAt)) return;
      if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(key, found);
    });
  }

  /** A mark to hand to `unchangedSince` (taken before reading what a page is built from). */
  begin(): number {
    return this.generation;
  }

  /** Whether what was read since `mark` may be kept: changes are heard and none was announced since. */
  unchangedSince(mark: number): boolean {
    return this.listening && mark === this.generation;
  }

  get size(): number {
    return this.entries.size;
  }
}
