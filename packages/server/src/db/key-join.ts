// Joins onto a tenant table by its whole primary key (region_code, id). Since migration 0021 the key
// leads with region_code: a join on `id` alone cannot use it, and PostgreSQL hashed or scanned the
// whole table (every form of the province) for each request. The joining row always carries its own
// region_code (a child is in its parent's region, distribution.test.ts), so the join can name both.
import { and, eq, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { formKeys, forms } from './schema.ts';

/** `target` is the row pointed at (its region_code and id), `regionCode`/`id` the pointing columns. */
export function onKey(
  target: { regionCode: AnyPgColumn; id: AnyPgColumn },
  regionCode: AnyPgColumn,
  id: AnyPgColumn,
): SQL {
  return and(eq(target.regionCode, regionCode), eq(target.id, id))!;
}

// forms is partitioned by year (docs/scale.md, "Forms by year") and its key holds the year: a join on
// (region_code, id) alone probes every year's partition. A form's year is carried where it is known.

/**
 * A form joined from a row of its children (goals, indicators, versions): they carry its year, so the join
 * reads its year's partition only.
 */
export function onFormOfChild(child: {
  regionCode: AnyPgColumn;
  formId: AnyPgColumn;
  year: AnyPgColumn;
}): SQL {
  return and(eq(forms.regionCode, child.regionCode), eq(forms.id, child.formId), eq(forms.year, child.year))!;
}

/**
 * A form joined through its key, which holds its year (form_keys, joined first by the referring row's
 * region and form id: `onKey(formKeys, …)`): for a row that refers to a form without its year (an entry,
 * an evaluation, an approval, a URL's id) the form is read in its year's partition only, the other years'
 * pruned as the statement runs.
 */
export const onFormOfKey: SQL = and(
  eq(forms.regionCode, formKeys.regionCode),
  eq(forms.id, formKeys.id),
  eq(forms.year, formKeys.year),
)!;

/** A form's children (goals, indicators, versions) joined from its key: its year's partition only. */
export function onChildOfKey(child: {
  regionCode: AnyPgColumn;
  formId: AnyPgColumn;
  year: AnyPgColumn;
}): SQL {
  return and(
    eq(child.regionCode, formKeys.regionCode),
    eq(child.formId, formKeys.id),
    eq(child.year, formKeys.year),
  )!;
}

/**
 * A form by its id alone (a URL's, which knows neither region nor year): its key's region and year, read by
 * form_keys_id before the form is (the sub-query runs once, at the start of the statement), prune the other
 * years' partitions, which `id = …` alone would each probe. `id` is a value or a prepared statement's placeholder.
 */
export function formWithId(id: string | SQLWrapper): SQL {
  // One sub-query for both (a row comparison): one probe of form_keys_id, then one partition's forms_id.
  return and(
    eq(forms.id, id),
    sql`(${forms.regionCode}, ${forms.year}) = (select ${formKeys.regionCode}, ${formKeys.year} from ${formKeys} where ${formKeys.id} = ${id} limit 1)`,
  )!;
}
