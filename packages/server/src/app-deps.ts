// What every feature's routes receive: the database, the configuration, the form checker, the
// process's session cache and the reader of uploaded files.
import type { Finding, Form } from '@jixiao/core';
import type { Config } from './config.ts';
import type { Db, Executor } from './db/client.ts';
import type { SessionCache } from './features/auth/session-cache.ts';
import type { BlobStore } from './storage/blob-store.ts';
import type { FormCache } from './features/forms/form-cache.ts';
import type { PublicFormTag, PublicListPage, PublicPageTags } from './http/public-page-tags.ts';
import type { Mailer } from './mail/mailer.ts';
import type { DocumentReader } from './documents/document-reader.ts';

/** Runs the checks (审核规则) on one stored form; injectable so workflow tests control findings. */
export type FormChecker = (form: Form) => Finding[];

export interface AppDeps {
  db: Db;
  config: Config;
  checkForm: FormChecker;
  /** Names `checkForm` in stored per-form findings (form_findings): another set of checks, another key. */
  checkerKey: string;
  /** Sessions kept in this process; forget a user's entries whenever its account changes. */
  sessions: SessionCache;
  /** The S3-compatible store of uploaded files, when configured (else files stay in the database). */
  blobs: BlobStore | undefined;
  /** Forms kept in memory for their detail reads (forgotten on every write, in every process). */
  forms: FormCache;
  /** What names each published disclosure's public page, kept while changes are announced (0029). */
  publicPages: PublicPageTags;
  /** What names each published form's public page, kept likewise. */
  publicForms: PublicPageTags<PublicFormTag>;
  /** Pages of the public list, kept until a published form, a 批复 or a department changes. */
  publicLists: PublicPageTags<PublicListPage>;
  /**
   * A department renamed, in the renaming transaction: its disclosures' public pages compressed again
   * (features/disclosures/page-copies.ts; passed in so that orgs need not import disclosures).
   */
  departmentRenamed: (tx: Executor, org: { regionCode: string; id: string }) => Promise<void>;
  /** E-mail for reminders (催报), when an SMTP server is configured. */
  mailer: Mailer | undefined;
  /** The time, for throttling and clean-ups (tests move it). */
  clock: () => Date;
  /** Reads uploaded files (in worker threads, off the event loop). */
  documents: DocumentReader;
}
