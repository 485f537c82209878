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
 * A jsonb value's text as JSON.stringify writes the value the driver parses from it (`JSON.parse`), or null
 * where that cannot be told cheaply. jsonb's text has a space after each `,` and `:` outside its strings and is
 * otherwise what JSON.stringify writes (strings escaped alike, keys in the stored order): the spaces after `, `
 * and `: ` are taken out everywhere, and the result is kept only if it is the same value — a string holding
 * `, ` or `: ` would have lost a space, and compares unequal. Left to the caller (null): a key that is an integer
 * (a JavaScript object puts those first), a number JavaScript writes otherwise (16 digits or more, a fraction
 * ending in 0, below 10^-6: numeric keeps the digits as written, JSON.stringify writes a double's shortest form;
 * with at most 15 digits the two are the same — tested where a number can start, so a string that looks so
 * leaves its value to the caller too), a text past 8,192 characters. SQL null is `null`.
 */
export function jsonbAsStringified(column: AnyColumn | SQL): SQL {
  const text = sql`${column}::text`;
  const compact = sql`replace(replace(${text}, ', ', ','), ': ', ':')`;
  const integerKey = '"(0|[1-9][0-9]*)": ';
  const otherNumber = '(^|[:,] |\\[)-?(([0-9]\\.?){16}|0\\.000000|[0-9]+\\.[0-9]*0([^0-9.]|$))';
  return sql`(case when ${column} is null then 'null'
    when length(${text}) <= 8192 and ${text} !~ ${literal(`${integerKey}|${otherNumber}`)}
      and ${compact}::jsonb = ${column}
    then ${compact} end)`;
}
