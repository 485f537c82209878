// JSON text written by PostgreSQL as JSON.stringify writes the same values, for answers sent as the statement
// wrote them (the form detail's meta, the rows of a list page): the driver then decodes one text a row instead
// of a field a column, and no object is made to be written again (docs/scale.md, h-detail34, h-deep35).
import { sql, type AnyColumn, type SQL } from 'drizzle-orm';

/** A SQL string literal of text written here (keys and punctuation, never data). */
export const literal = (text: string) => sql.raw(`'${text.replace(/'/g, "''")}'`);

/**
 * A value as JSON text, as JSON.stringify writes it: `to_json` escapes a string as it does (`"`, `\`, the
 * control characters — `\b \f \n \r \t`, the others as lower-case `\u00xx` — and nothing else; PostgreSQL's
 * text holds no lone surrogate), a number as its digits; null as `null`.
 */
export function jsonOf(value: AnyColumn | SQL, nullable: boolean): SQL {
  return nullable ? sql`coalesce(to_json(${value})::text, 'null')` : sql`to_json(${value})::text`;
}

/**
 * A value whose text output is its JSON already (an integer's digits; a bigint read as a JavaScript number,
 * below 2^53): no `to_json` call.
 */
export function digitsOf(value: AnyColumn | SQL, nullable: boolean): SQL {
  return nullable ? sql`coalesce(${value}::text, 'null')` : sql`${value}::text`;
}

/**
 * A value whose text output needs no escaping (a uuid, a numeric's digits: what the driver hands over as a
 * string), as a JSON string: no `to_json` call.
 */
export function quotedOf(value: AnyColumn | SQL, nullable: boolean): SQL {
  const quoted = sql`'"' || ${value}::text || '"'`;
  return nullable ? sql`coalesce(${quoted}, 'null')` : quoted;
}

/**
 * A timestamptz as `Date.prototype.toISOString` writes it (`isoFromTimestampText`, for the years 0001–9999):
 * in UTC whatever the session's time zone, milliseconds truncated (to_char's MS truncates), as a JSON string.
 */
export function isoOf(column: AnyColumn): SQL {
  return sql`'"' || to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"'`;
}

/** An object's fields: each key with its value as JSON text (one of the functions above). */
export type JsonFields = ReadonlyArray<readonly [string, SQL]>;

/**
 * `{"key":value,…}` in the fields' order, as JSON.stringify writes an object of those keys in that order;
 * `open` is what comes before the first key (`{` for an object of its own). Written as one `||` chain: a
 * record's `to_json` names its keys too, but looks each column's type up again a row.
 */
export function jsonObjectText(fields: JsonFields, open = '{'): SQL<string> {
  const parts = fields.map(([key, value], i) =>
    sql.join([literal(`${i === 0 ? open : ','}${JSON.stringify(key)}:`), value], sql` || `),
  );
  return sql<string>`(${sql.join([...parts, literal('}')], sql` || `)})`;
}

/**
 * A jsonb value as its own text (null as `null`): jsonb's text is JSON of the same value — keys in the stored
 * order, strings escaped alike —, spaced after `,` and `:` where JSON.stringify writes no space, and a number as
 * numeric keeps it (`1.50`) where JSON.stringify writes the double (`1.5`). A reader parsing the answer gets the
 * value it would have got from the objects' path (audit-json.test.ts); making the bytes the same too cost the
 * statement 600 µs a page (h-deep35's first version), for a difference no JSON reader sees.
 */
export function jsonbText(column: AnyColumn | SQL): SQL {
  return sql`coalesce(${column}::text, 'null')`;
}
