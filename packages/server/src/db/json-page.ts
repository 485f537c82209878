// A list page joined by PostgreSQL into one row: its items' JSON (each written by the statement, db/json-text.ts)
// as one value, base64 of their UTF-8, with what the server needs of the rows (how many, the count a first page
// carried, the last shown row's place). The driver decodes one field a page instead of a field a column a row,
// no row becomes an object, and the items go to the socket as the bytes PostgreSQL wrote (no UTF-16 string
// made of them and encoded again): the answer is those bytes between the page's head and its end (h-deep35).
import { sql, type SQLWrapper, type SQL } from 'drizzle-orm';
import type { PageRead } from './keyset.ts';

/** The one row of a joined page (`joinedPage`). */
export interface JoinedRow {
  /** The items shown, `,`-separated, as base64 of their UTF-8; null when none. */
  items: string | null;
  /** The rows read: one more than shown tells that more follow. */
  rows: number;
  matching: unknown;
  /** The last shown row's `at` and `id` as text, where the page shows fewer rows than it read. */
  at: string | null;
  id: string | null;
}

/**
 * `page` — a statement of rows with the columns `item` (its JSON text), `id`, `matching` and, where the list's
 * cursor has a time, `at` (the time, or its text), asked for one row more than shown (its `limit` placeholder) —
 * joined into one row. The items in the page's order: `row_number()` over the page's rows as they come (ordered
 * and limited in their own statement), and `string_agg` of them as they come from it — the aggregate reads the
 * window's rows in the order the window numbered them (nothing between the two nodes reorders: the row numbers
 * and the last row's place already rest on that order); `order by n` in the aggregate sorted the page again, a
 * sixth of the statement (docs/scale.md, h-deep38). The last shown row is number `limit - 1`; its time is made
 * text once, not a row. The items' bytes by `textsend` (the session's encoding, UTF-8 as the driver sets it), not
 * `convert_to`'s check.
 */
export function joinedPage(page: SQLWrapper, withTime: boolean): SQL {
  const limit = sql.placeholder('limit');
  const last = sql`filter (where p.n = ${limit} - 1)`;
  return sql`select
      encode(textsend(string_agg(p.item, ',') filter (where p.n < ${limit})), 'base64') as items,
      count(*)::int as rows,
      max(p.matching) as matching,
      ${withTime ? sql`(max(p.at) ${last})::text` : sql`null`} as at,
      max(p.id::text) ${last} as id
    from (select q.*, row_number() over () as n from (${page}) q) p`;
}

/** A joined page read as a page (keyset.ts's `PageRead`), its rows shown being the joined row. */
export function joinedRead(rows: JoinedRow[], limit: number): PageRead<JoinedRow> {
  const row = rows[0]!;
  const more = row.rows > limit;
  return {
    shown: row,
    read: row.rows,
    more,
    matching: row.matching,
    last: more && row.at !== null && row.id !== null ? { at: row.at, id: row.id } : undefined,
  };
}

/** What follows the items, in the answer's order: numbers, booleans, null, a cursor's text. */
type PageEnd = Readonly<Record<string, string | number | boolean | null>>;

const HEAD = Buffer.from('{"items":[');

/**
 * `{"items":[…],…end}` as bytes: the joined items as PostgreSQL wrote them, the end's fields after them as
 * JSON.stringify writes them — the bytes JSON.stringify or a route's compiled serializer wrote of the page as
 * objects. One buffer, the base64 decoded into it in place: a page's ~17 kB are outside V8's heap (an
 * ArrayBuffer), and each such buffer counts towards the external memory at which V8 collects — a buffer of the
 * decoded items and another of the answer joined from it made this page allocate more outside the heap than in
 * it, so that its collections came from its buffers (docs/scale.md, h-gc38).
 */
export function joinedAnswer(row: JoinedRow, end: PageEnd): Buffer {
  let tail = ']';
  for (const key of Object.keys(end)) tail += `,${JSON.stringify(key)}:${JSON.stringify(end[key])}`;
  tail += '}';
  const items = row.items ?? '';
  // At most the items' bytes: PostgreSQL's base64 breaks its lines, and the line breaks decode to nothing.
  const most = HEAD.length + Buffer.byteLength(items, 'base64') + Buffer.byteLength(tail);
  const answer = Buffer.allocUnsafe(most);
  HEAD.copy(answer);
  let at = HEAD.length + answer.write(items, HEAD.length, 'base64');
  at += answer.write(tail, at);
  return answer.subarray(0, at);
}
