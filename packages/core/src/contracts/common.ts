// Pieces every feature's contract uses: path ids, years, paging, and time on the wire.
import { z } from 'zod';
import type { Finding } from '../model/index.ts';

/** `/:id` — every stored thing is named by a UUID. */
export const idParams = z.object({ id: z.uuid() });

/** A budget year a route accepts (in a path or a query string, so coerced from text). */
export const yearParam = z.coerce.number().int().min(2000).max(2100);
/** A budget year in a JSON body. */
export const yearField = z.number().int().min(2000).max(2100);

/** `?year=` required / optional. */
export const yearQuery = z.object({ year: yearParam });
export const optionalYearQuery = z.object({ year: yearParam.optional() });

/**
 * How a compiled response serializer (the server's, packages/server/src/http/response-serializer.ts) may
 * write a codec's value without running its `encode`: `string` — a string, or a Date written as its ISO
 * 8601 text; `json` — the value as `JSON.stringify` writes it. A codec not listed here is encoded by zod.
 * A name outside a `storedName` list is then sent as read instead of refused: the compiled answers are
 * those the server builds from its own rows.
 */
export const wireCodecs = new WeakMap<z.ZodType, 'string' | 'json'>();

/**
 * A moment on the wire: always an ISO 8601 string in JSON. The server may hand over a Date or a string
 * it already formatted; the web reads the string (`z.input`), the server writes either (`z.output`).
 */
export const timestamp = z.codec(z.string(), z.union([z.date(), z.string()]), {
  decode: (text) => text,
  encode: (value) => (typeof value === 'string' ? value : value.toISOString()),
});
wireCodecs.set(timestamp, 'string');

/** `{ ok: true }` — a write that has nothing else to say. */
export const okResponse = z.object({ ok: z.literal(true) });

/** A list answer: `{ items: [...] }`. */
export const itemsOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/** A keyset-paged list's query: how many rows, and where the page starts (any depth costs one page). */
export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** The `nextCursor` of the previous page (opaque); left out for the first page. */
  cursor: z.string().max(200).optional(),
});

/** A keyset-paged list's answer. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    /** Rows matching the filter: counted on the first page only (null on a page asked by cursor). */
    total: z.number().nullable(),
    /** The total is the database's estimate (beyond the exact count's limit), not a count. */
    totalCapped: z.boolean(),
    /** Where the next page starts (pass it as `cursor`); null on the last page. */
    nextCursor: z.string().nullable(),
  });

/**
 * The JSON a client sends for a request schema and reads from a response schema. The server's side is
 * `z.output` (what its validator hands the route, what a handler may return before encoding).
 */
export type Wire<T extends z.ZodType> = z.input<T>;

/**
 * One of a few names the database keeps in a text column (a role, an organisation's kind): the server
 * hands over the column's string, the wire and the web carry the narrow name. A string outside the list
 * is refused when encoding (the writes only ever store listed names).
 */
export const storedName = <const T extends readonly [string, ...string[]]>(names: T) => {
  const wire = z.enum(names);
  const codec = z.codec(wire, z.string(), { decode: (name) => name, encode: (text) => wire.parse(text) });
  wireCodecs.set(codec, 'string');
  return codec;
};

/** A finding in an answer, declared by type only (a check made it; encoding it again would cost time). */
export const findingPayload = z.custom<Finding>();

/**
 * JSON the server wrote itself into a jsonb column and hands back as read (the column is `unknown` to
 * the database layer): the wire and the web see `T`, the server may pass the column on unparsed.
 */
export const storedJson = <T>() => {
  const codec = z.codec(z.custom<T>(), z.unknown(), {
    decode: (value) => value,
    encode: (value) => value as T,
  });
  wireCodecs.set(codec, 'json');
  return codec;
};
