// Keyset pagination: a page ends with a cursor (the sort key of its last row, opaque to clients), and the
// next page starts after that key from an index, so page 1,000 costs what page 1 costs — an offset makes
// the database read and drop every row before the page. A cursor is only a position: the reader's scope
// and filters are applied again on every page, so a forged one shows nothing it should not.
import { defineErrors } from './errors.ts';

export const cursorError = defineErrors({
  'bad-cursor': [400, '翻页位置（cursor）无效：请从第一页重新开始'],
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// PostgreSQL's ISO output of a timestamptz: '2025-03-01 08:00:00.123456+08' (offset minutes optional).
const PG_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

function isTime(text: string): boolean {
  if (!PG_TIME.test(text)) return false;
  const iso = text.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00');
  return !Number.isNaN(Date.parse(iso));
}

/** A position in a list ordered by a time (newest first) and then an id. */
export interface TimeIdCursor {
  /** The time as PostgreSQL prints it (microseconds kept: a JavaScript Date would round them away). */
  at: string;
  id: string;
}

export function encodeCursor(c: TimeIdCursor): string {
  return Buffer.from(JSON.stringify([c.at, c.id])).toString('base64url');
}

/** The rows a page shows of those read (one more than `limit`, asked to tell whether a next page follows). */
export function pageOf<R>(rows: R[], limit: number): { shown: R[]; more: boolean } {
  const more = rows.length > limit;
  return { shown: more ? rows.slice(0, limit) : rows, more };
}

/**
 * How a page of a list ends: the list's total as the first page counted it (`estimated`: the planner's guess
 * past the cap), and the cursor after the last row shown while more follow.
 */
export function pageEnd(
  shown: readonly TimeIdCursor[],
  more: boolean,
  count: { total: number; estimated: boolean } | undefined,
) {
  const last = more ? shown.at(-1) : undefined;
  return {
    total: count ? count.total : null,
    totalCapped: count?.estimated ?? false,
    nextCursor: last ? encodeCursor({ at: last.at, id: last.id }) : null,
  };
}

/** Reads a cursor from a request, or throws bad-cursor (400). */
export function decodeCursor(text: string): TimeIdCursor {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw cursorError('bad-cursor');
  }
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    typeof value[0] !== 'string' ||
    typeof value[1] !== 'string' ||
    !isTime(value[0]) ||
    !UUID.test(value[1])
  )
    throw cursorError('bad-cursor');
  return { at: value[0], id: value[1] };
}

/** A position in a list ordered by a growing integer id, newest first (the audit log). */
export function encodeIdCursor(id: number): string {
  return Buffer.from(JSON.stringify([id])).toString('base64url');
}

/** Reads an id cursor from a request, or throws bad-cursor (400). */
export function decodeIdCursor(text: string): number {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw cursorError('bad-cursor');
  }
  if (!Array.isArray(value) || value.length !== 1 || !Number.isSafeInteger(value[0]) || Number(value[0]) < 1)
    throw cursorError('bad-cursor');
  return Number(value[0]);
}
