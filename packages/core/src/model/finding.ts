// Finding: what a check reports (MODEL.md).
import { z } from 'zod';

export const severitySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof severitySchema>;
/** A severity as people read it (pages, reports, the CLI). */
export const SEVERITY_LABELS: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
/** The worse first: errors, warnings, then notes. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export const findingSchema = z.object({
  rule: z.string(), // stable id, R-…
  severity: severitySchema,
  message: z.string(), // Chinese, says what to change
  path: z.string(), // JSON pointer into the form as imported
  form: z.string(), // project name or department
  messageId: z.string().optional(), // the rule's message id (extension)
  formId: z.string().optional(), // the stored form's id, when the finding concerns a stored form (extension)
  formKind: z.enum(['project', 'department', 'disclosure', 'self-evaluation', 'monitoring']).optional(), // which kind of form `form` names (extension)
});
export type Finding = z.infer<typeof findingSchema>;
