// Answers that carry JSON the database already holds as text (a jsonb column read as `::text`): written into
// the answer as PostgreSQL printed it, not parsed by the driver into objects and written again by
// JSON.stringify. For a page of the audit log (each entry's before/after: a record's whole state) the parse and
// the objects it leaves were a quarter of the request's CPU in collections (docs/scale.md, thirty-fourth
// session). The values are the same; the text is PostgreSQL's (`{"a": 1}`: a space after `:` and `,`, an
// object's keys in jsonb's order), and a number is written as stored — no longer rounded through a double.

/** JSON text as PostgreSQL printed a json/jsonb value: valid JSON, written as it is. */
export type RawJson = string & { readonly __rawJson: unique symbol };

/**
 * A row as a JSON object, its fields in the row's own order: those named in `raw` (RawJson, or null) written as
 * they are, the others as JSON.stringify writes them (a field whose value is undefined left out, as it does).
 */
export function objectWithRaw(row: Record<string, unknown>, raw: ReadonlySet<string>): string {
  let out = '{';
  for (const key in row) {
    const v = row[key];
    if (v === undefined) continue;
    const text = raw.has(key) ? (v === null ? 'null' : (v as string)) : JSON.stringify(v);
    out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${text}`;
  }
  return `${out}}`;
}
