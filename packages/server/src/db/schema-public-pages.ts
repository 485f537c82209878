// A published form's public page (GET /api/public/forms/:id), rendered when the form is published and
// stored beside it, so that an anonymous read is one indexed statement and bytes — not the form, its
// goals, its indicators and its 批复 read and encoded per request (features/public/public-form-page.ts).
import { pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { bytea, formForeignKey, regionCode } from './schema-core.ts';

export const publicFormPages = pgTable(
  'public_form_pages',
  {
    regionCode: regionCode(),
    formId: uuid('form_id').notNull(),
    /**
     * The entity tag of what the page was rendered from (the form's version and time, its latest 批复, its
     * department's name): a read serves the page only while the form's current tag is this one, so a page
     * left behind by any writer (SQL by hand, an older server, a renamed department) is rendered again.
     */
    etag: text('etag').notNull(),
    /** The answer's JSON text, as the route's contract encodes it. */
    body: text('body').notNull(),
    /** The same bytes gzip-compressed once, for clients that accept it. */
    gzip: bytea('gzip').notNull(),
  },
  (t) => [
    primaryKey({ name: 'public_form_pages_pkey', columns: [t.regionCode, t.formId] }),
    formForeignKey('public_form_pages_form_fk', t.regionCode, t.formId),
  ],
);
