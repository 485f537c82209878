// Bulk loads by COPY: rows written as PostgreSQL's COPY text format (tab-separated, \N for NULL) and
// streamed to the database in one statement per table (PostgreSQL through pg-copy-streams, PGlite through
// its /dev/blob device), instead of multi-row INSERTs whose parameters are bound and parsed value by value.
// Text rather than CSV: a JSON value, most of a form's bytes, has its quotes doubled in CSV but passes
// through text format unchanged (only backslashes are doubled, and JSON.stringify leaves few).
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/**
 * Copies COPY text-format lines (each ending in a newline, possibly several per string) into `table`'s
 * `columns`, inside the caller's transaction.
 */
export type CopyText = (
  table: string,
  columns: readonly string[],
  text: Iterable<string | Uint8Array>,
) => Promise<void>;

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
const copySql = (table: string, columns: readonly string[]) =>
  `COPY ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) FROM STDIN`;

/** COPY on a checked-out `pg` connection. */
export function postgresCopy(client: pg.PoolClient | pg.Client): CopyText {
  return async (table, columns, text) => {
    await pipeline(Readable.from(text), client.query(copyFrom(copySql(table, columns))));
  };
}

/** COPY into PGlite: the text is handed over as one blob (PGlite has no streaming COPY). */
export function pgliteCopy(client: Pick<PGlite, 'query'>): CopyText {
  return async (table, columns, text) => {
    const sql = copySql(table, columns).replace('FROM STDIN', "FROM '/dev/blob'");
    await client.query(sql, [], { blob: new Blob([...text]) });
  };
}

/** NULL in COPY text format. */
export const COPY_NULL = '\\N';

const SPECIAL = /[\\\n\r\t]/;
const SPECIALS = /[\\\n\r\t]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A text value as a COPY text-format field (the delimiter, line ends and backslash escaped). */
export function copyText(s: string): string {
  return SPECIAL.test(s) ? s.replace(SPECIALS, (c) => ESCAPES[c]!) : s;
}

/** JSON text as a field: JSON.stringify escapes every control character, so only backslashes remain. */
export function copyJsonText(json: string): string {
  return json.includes('\\') ? json.replaceAll('\\', '\\\\') : json;
}

/** Lines are handed to the stream in chunks of about this many bytes. */
export const COPY_CHUNK = 64 * 1024;

/**
 * Writes COPY text-format lines straight into UTF-8 buffers of about COPY_CHUNK bytes each: the fields go
 * into the buffer as they come, so that a line is never first built as a string of many pieces.
 */
export class CopyWriter {
  private buf = Buffer.allocUnsafe(4 * COPY_CHUNK);
  private pos = 0;
  /** Where the current chunk (complete lines not yet handed out) and the current line start. */
  private chunkStart = 0;
  private lineStart = 0;
  private firstField = true;
  private readonly chunks: Buffer[] = [];

  /** Room for `n` more bytes: a full buffer hands out its complete lines and the line moves to a new one. */
  private room(n: number) {
    if (this.pos + n <= this.buf.length) return;
    if (this.lineStart > this.chunkStart)
      this.chunks.push(this.buf.subarray(this.chunkStart, this.lineStart));
    const line = this.buf.subarray(this.lineStart, this.pos);
    this.buf = Buffer.allocUnsafe(Math.max(4 * COPY_CHUNK, 2 * (line.length + n)));
    line.copy(this.buf);
    this.pos = line.length;
    this.chunkStart = 0;
    this.lineStart = 0;
  }

  private put(s: string) {
    this.room(3 * s.length); // UTF-8 takes at most three bytes per UTF-16 unit
    this.pos += this.buf.write(s, this.pos);
  }

  /** Starts the next field: a tab after the line's first. */
  private next() {
    if (this.firstField) this.firstField = false;
    else {
      this.room(1);
      this.buf[this.pos++] = 9;
    }
  }

  /** A field already in COPY form: a number, a date, an id, \N. */
  plain(s: string | number): this {
    this.next();
    this.put(typeof s === 'number' ? String(s) : s);
    return this;
  }

  text(s: string): this {
    return this.plain(copyText(s));
  }

  nullable(s: string | null | undefined): this {
    return this.plain(s == null ? COPY_NULL : copyText(s));
  }

  /** A JSON field, written in parts: the first part starts the field, the others continue it. */
  json(part: string, continued = false): this {
    if (!continued) this.next();
    this.put(copyJsonText(part));
    return this;
  }

  /** A whole line, its fields already in COPY form and joined by tabs (call at the start of a line). */
  line(fields: string): this {
    this.put(fields);
    this.end();
    return this;
  }

  end() {
    this.room(1);
    this.buf[this.pos++] = 10;
    this.lineStart = this.pos;
    this.firstField = true;
    if (this.pos - this.chunkStart >= COPY_CHUNK) {
      this.chunks.push(this.buf.subarray(this.chunkStart, this.pos));
      this.chunkStart = this.pos;
    }
  }

  /** The chunks of about COPY_CHUNK bytes completed since the last take. */
  take(): Buffer[] {
    return this.chunks.splice(0);
  }

  /** Every line written and not yet taken (call at the end of a line). */
  done(): Buffer[] {
    if (this.pos > this.chunkStart) this.chunks.push(this.buf.subarray(this.chunkStart, this.pos));
    this.chunkStart = this.pos;
    return this.take();
  }
}
