// The forms of one year for the lists that also show the forms without a year yet (a document read without
// its 预算年度): `year` is the partition key of forms, NO_YEAR for none (schema-core.ts), so these are two
// partitions, the year's and DEFAULT's (where NO_YEAR sits), instead of `year = … or year is null` over all.
import { inArray, type SQL } from 'drizzle-orm';
import { forms, NO_YEAR } from './schema.ts';

export function formsOfYearOrNone(year: number): SQL {
  return inArray(forms.year, [year, NO_YEAR]);
}
