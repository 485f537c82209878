// A list page's timestamps handed to the answer as ISO 8601 text made from the driver's own text, without a
// Date: drizzle made a Date of each (`new Date(text)`, the legacy parser for PostgreSQL's "2025-03-01
// 12:34:56.789+00") and the answer wrote it again with toISOString() — per row of every page, the most of the
// rows' mapping left after prepared.ts's flat mapper (measured in docs/scale.md). The wire's `timestamp`
// codec takes a string as it is.
import { sql, type AnyColumn, type SQL } from 'drizzle-orm';

/**
 * PostgreSQL's text of a timestamptz in UTC (DateStyle ISO, TimeZone UTC: "YYYY-MM-DD HH:MI:SS[.ffffff]+00")
 * as `Date.prototype.toISOString` writes the same moment: milliseconds truncated to three digits, as a
 * Date keeps them. Any other text (another time zone or DateStyle, a year of five digits, BC, infinity) goes
 * through a Date as drizzle's own decoder takes it.
 */
const UTC_TEXT = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)(?:\.(\d{1,6}))?\+00$/;

export function isoFromTimestampText(text: string): string {
  const m = UTC_TEXT.exec(text);
  if (!m) return new Date(text).toISOString();
  const ms = m[3] === undefined ? '000' : m[3].length >= 3 ? m[3].slice(0, 3) : m[3].padEnd(3, '0');
  return `${m[1]}T${m[2]}.${ms}Z`;
}

/** The decoder of a timestamptz read as text: drivers may hand over a Date (then written as it is). */
function decode(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return isoFromTimestampText(String(value));
}

/**
 * A timestamptz column selected for an answer: its ISO text, no Date made (see above). For list rows
 * written straight to the wire; a row whose code compares or computes with the moment keeps the column.
 */
export function isoTimestamp<C extends AnyColumn>(
  column: C,
): SQL<C['_']['notNull'] extends true ? string : string | null> {
  return sql`${column}`.mapWith(decode) as SQL<C['_']['notNull'] extends true ? string : string | null>;
}
