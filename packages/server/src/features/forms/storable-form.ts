// The canonical form schema (core) plus what storage needs: a year a database column can hold.
import { z } from 'zod';
import { formSchema } from '@jixiao/core';

export const storableFormSchema = formSchema.superRefine((form, ctx) => {
  if (form.year !== null && (form.year < 1900 || form.year > 2200)) {
    ctx.addIssue({ code: 'custom', path: ['year'], message: '年度须在 1900–2200 之间' });
  }
});
export type StorableForm = z.output<typeof storableFormSchema>;
