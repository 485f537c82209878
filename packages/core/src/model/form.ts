// Form: any canonical document the engine reads, checks, holds and produces.
import { z } from 'zod';
import { projectFormSchema } from './project-form.ts';
import { departmentFormSchema } from './department-form.ts';
import { disclosureSchema } from './disclosure.ts';

export const formSchema = z.discriminatedUnion('kind', [
  projectFormSchema,
  departmentFormSchema,
  disclosureSchema,
]);
export type Form = z.infer<typeof formSchema>;
export type FormKind = Form['kind'];

/** The name a finding uses for a form: the project name or the department. */
export function formDisplayName(form: Form): string {
  if (form.kind === 'project') return form.name ?? '（未命名项目）';
  return form.department ?? (form.kind === 'disclosure' ? '（部门预算公开）' : '（未命名部门）');
}
