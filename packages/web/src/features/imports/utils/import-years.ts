// The year of an imported form whose document names none: asked in the preview, never taken from the
// calendar. A 批复表 is a record of what was approved for a year, so it cannot be saved without one; a
// 申报表 draft may get its year later in the editor.
import type { Form } from '@jixiao/core';

/** Years the user typed in the preview, by the form's index. */
export type GivenYears = Readonly<Record<number, number | null>>;

/** A form that must have a year before it is saved. */
export function needsYear(form: Form): boolean {
  return form.year === null && form.kind === 'project' && form.formType === '批复表';
}

/** The chosen forms that still lack a year they need. */
export function missingYears(
  forms: { index: number; form: Form }[],
  chosen: ReadonlySet<number>,
  given: GivenYears,
) {
  return forms.filter((f) => chosen.has(f.index) && needsYear(f.form) && !given[f.index]);
}

/** The years to send with the save: only for chosen forms whose document gave none. */
export function yearsToSave(
  forms: { index: number; form: Form }[],
  chosen: ReadonlySet<number>,
  given: GivenYears,
) {
  return forms.flatMap((f) => {
    const year = given[f.index];
    return chosen.has(f.index) && f.form.year === null && year ? [{ index: f.index, year }] : [];
  });
}
