// A form's detail is the most frequent read and the same for every reader (only what each reader may
// do with it differs), so the stored form is kept in memory. Every write to a form sends
// `pg_notify('jixiao_forms', id)` in its own transaction: the database delivers it after commit
// to every process (PostgreSQL) or to this one (PGlite), and each forgets the form. The writing
// process also forgets it at once. A read that raced with a write is not kept (generations),
// and nothing is kept longer than the time to live, should a notification ever be lost.
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';

import { SingleFlight } from './single-flight.ts';

export const FORM_CHANNEL = 'jixiao_forms';
/** The payload that means "forget every form" (an organisation was renamed or moved). */
export const ALL_FORMS = '*';

/** What decides who may see a form and what each reader may do with it (form-access.ts, form-transitions.ts). */
export interface FormAccessRow {
  orgId: string;
  orgPath: string;
  status: string;
}

export interface CachedForm {
  /** Who may see the form and what each reader may do with it are decided on the row. */
  row: FormAccessRow;
  /** The stored form (`{"meta":…,"form":…}`) as JSON: UTF-8 bytes when kept (`FormCache.keeps`), else its text. */
  body: Buffer | string;
}

interface Entry {
  value: CachedForm;
  until: number;
}

// Process-wide, like the notifications: form ids are uuids, so caches of different databases in one
// process (tests) never meet.
let generation = 0;
const caches = new Set<FormCache>();

/** Forgets a form (or all, with ALL_FORMS) in every cache of this process; lists are all retired. */
export function forgetForm(id: string): void {
  generation++;
  for (const c of caches) c.forget(id);
}

/** Changes whenever any form was written (here or, once announced, in another process). */
export function formsGeneration(): number {
  return generation;
}

/** Called inside each transaction that writes a form: tells every process after the commit. */
export async function announceFormChange(ex: Executor, id: string): Promise<void> {
  forgetForm(id);
  await ex.execute(sql`select pg_notify(${FORM_CHANNEL}, ${id})`);
}

export class FormCache {
  private readonly entries = new Map<string, Entry>();
  private readonly reading = new SingleFlight<CachedForm | undefined>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 5000,
  ) {
    caches.add(this);
  }

  /**
   * The kept form, or `read()` once for all the requests that ask for it at the same time; what was
   * read is kept unless some form was written meanwhile.
   */
  async load(id: string, read: () => Promise<CachedForm | undefined>): Promise<CachedForm | undefined> {
    const hit = this.get(id);
    if (hit) return hit;
    const startedAt = generation;
    return this.reading.run(id, startedAt, read, (found) => {
      if (found) this.set(id, found, startedAt);
    });
  }

  /** Whether this cache keeps forms at all (a time to live above zero): what it keeps is worth encoding once. */
  get keeps(): boolean {
    return this.ttlMs > 0;
  }

  /** The generation to hand back to `set` (taken before reading the database). */
  begin(): number {
    return generation;
  }

  get(id: string): CachedForm | undefined {
    const e = this.entries.get(id);
    if (!e) return undefined;
    if (e.until <= Date.now()) {
      this.entries.delete(id);
      return undefined;
    }
    return e.value;
  }

  set(id: string, value: CachedForm, startedAt: number): void {
    if (this.ttlMs <= 0 || startedAt !== generation) return;
    this.entries.delete(id);
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(id, { value, until: Date.now() + this.ttlMs });
  }

  forget(id: string): void {
    if (id === ALL_FORMS) this.entries.clear();
    else this.entries.delete(id);
  }

  /** Stops receiving this process's forgets (the app closed). */
  dispose(): void {
    this.entries.clear();
    caches.delete(this);
  }

  get size(): number {
    return this.entries.size;
  }
}
