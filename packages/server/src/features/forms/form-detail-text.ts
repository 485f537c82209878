// The form detail's answer up to its form, `{"meta":{…},"form":<kept text>`, written by the statement that reads
// it, as the bytes the route sends (base64 of their UTF-8). The server read the meta as 13 columns (each described
// by the backend on every execution, each decoded by the driver into a string, the row mapped into an object)
// to write them again with JSON.stringify and join them to the kept text in three buffers: with the meta written
// by PostgreSQL the statement reads four columns and the answer is one buffer (docs/scale.md, h-detail34).
import { sql, type SQL } from 'drizzle-orm';
import { forms, NO_YEAR, orgs } from '../../db/schema.ts';
import {
  digitsOf,
  isoOf,
  jsonObjectText,
  jsonOf,
  literal,
  quotedOf,
  type JsonFields,
} from '../../db/json-text.ts';

/**
 * The meta's keys in the order `metaOf` (forms.service.ts) writes them, each with its value as JSON text: the
 * same bytes as `JSON.stringify(metaOf(row))` (form-json.test.ts holds them to it). `year` is null for a
 * form without one (NO_YEAR), as the column's own decoder reads it. Only text is escaped by `to_json`; a uuid's and
 * an integer's text is its JSON already (quoted or bare), without a call that looks the type up on every row.
 */
const META: JsonFields = [
  ['id', quotedOf(forms.id, false)],
  ['orgId', quotedOf(forms.orgId, false)],
  ['orgName', jsonOf(orgs.name, false)],
  ['year', digitsOf(sql`nullif(${forms.year}, ${sql.raw(String(NO_YEAR))})`, true)],
  ['kind', jsonOf(forms.kind, false)],
  ['formType', jsonOf(forms.formType, false)],
  ['name', jsonOf(forms.name, false)],
  ['status', jsonOf(forms.status, false)],
  ['version', digitsOf(forms.version, false)],
  ['sourceFileId', quotedOf(forms.sourceFileId, true)],
  ['copiedFromId', quotedOf(forms.copiedFromId, true)],
  ['createdAt', isoOf(forms.createdAt)],
  ['updatedAt', isoOf(forms.updatedAt)],
];

/**
 * `{"meta":{…},"form":` + the kept text (`form_json`), as base64 of its UTF-8 bytes: the driver decodes every
 * text column from UTF-8 into a string, and a form's ~7 kB of mostly Chinese text decoded to be encoded back
 * cost more than base64 decoded into bytes (h-pg30). Null where the form has no kept text (read from its rows).
 * For a statement over `forms` joined with its organisation (`orgs`).
 *
 * The bytes are joined as bytes: the head's by `textsend` and the kept text's by `json_send` (each the text in the
 * session's client encoding, UTF-8 as the driver sets it). Cast to text and joined as text, the kept text was
 * written out by `json_out`, read again by `textin` and its UTF-8 checked by `convert_to` — three passes over
 * ~6 kB on every detail (the statement ~4 % of its backend CPU, h-detail37).
 */
export function detailHeadBase64(): SQL<string | null> {
  const head = sql.join([jsonObjectText(META, '{"meta":{'), literal(',"form":')], sql` || `);
  return sql<string | null>`encode(textsend(${head}) || json_send(${forms.formJson}), 'base64')`;
}
