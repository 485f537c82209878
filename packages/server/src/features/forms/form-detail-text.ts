// The form detail's answer up to its form, `{"meta":{…},"form":<kept text>`, written by the statement that reads
// it, as the bytes the route sends (base64 of their UTF-8). The server read the meta as 13 columns (each described
// by the backend on every execution, each decoded by the driver into a string, the row mapped into an object)
// to write them again with JSON.stringify and join them to the kept text in three buffers: with the meta written
// by PostgreSQL the statement reads four columns and the answer is one buffer (docs/scale.md, h-detail34).
import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { forms, NO_YEAR, orgs } from '../../db/schema.ts';

/**
 * A value as JSON text, as JSON.stringify writes it: `to_json` escapes a string as it does (`"`, `\`, the
 * control characters — `\b \f \n \r \t`, the others as lower-case `\u00xx` — and nothing else), a number
 * as its digits; null as `null`.
 */
function jsonOf(value: AnyColumn | SQL, nullable: boolean): SQL {
  return nullable ? sql`coalesce(to_json(${value})::text, 'null')` : sql`to_json(${value})::text`;
}

/**
 * A timestamptz as `Date.prototype.toISOString` writes it (`isoFromTimestampText`): in UTC whatever the
 * session's time zone, milliseconds truncated (to_char's MS truncates), as a JSON string.
 */
function isoOf(column: AnyColumn): SQL {
  return sql`'"' || to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"'`;
}

/**
 * The meta's keys in the order `metaOf` (forms.service.ts) writes them, each with its value as JSON text: the
 * same bytes as `JSON.stringify(metaOf(row))` (form-json.test.ts holds them to it). `year` is null for a
 * form without one (NO_YEAR), as the column's own decoder reads it.
 */
const META: ReadonlyArray<readonly [string, SQL]> = [
  ['id', jsonOf(forms.id, false)],
  ['orgId', jsonOf(forms.orgId, false)],
  ['orgName', jsonOf(orgs.name, false)],
  ['year', jsonOf(sql`nullif(${forms.year}, ${sql.raw(String(NO_YEAR))})`, true)],
  ['kind', jsonOf(forms.kind, false)],
  ['formType', jsonOf(forms.formType, false)],
  ['name', jsonOf(forms.name, false)],
  ['status', jsonOf(forms.status, false)],
  ['version', jsonOf(forms.version, false)],
  ['sourceFileId', jsonOf(forms.sourceFileId, true)],
  ['copiedFromId', jsonOf(forms.copiedFromId, true)],
  ['createdAt', isoOf(forms.createdAt)],
  ['updatedAt', isoOf(forms.updatedAt)],
];

/** A SQL string literal of text written here (keys and punctuation, never data). */
const literal = (text: string) => sql.raw(`'${text.replace(/'/g, "''")}'`);

/**
 * `{"meta":{…},"form":` + the kept text (`form_json`), as base64 of its UTF-8 bytes: the driver decodes every
 * text column from UTF-8 into a string, and a form's ~7 kB of mostly Chinese text decoded to be encoded back
 * cost more than base64 decoded into bytes (h-pg30). Null where the form has no kept text (read from its rows).
 * For a statement over `forms` joined with its organisation (`orgs`).
 */
export function detailHeadBase64(): SQL<string | null> {
  const parts: SQL[] = META.map(([key, value], i) =>
    sql.join([literal(`${i === 0 ? '{"meta":{' : ','}${JSON.stringify(key)}:`), value], sql` || `),
  );
  const head = sql.join([...parts, literal('},"form":'), sql`${forms.formJson}::text`], sql` || `);
  return sql<string | null>`encode(convert_to(${head}, 'UTF8'), 'base64')`;
}
