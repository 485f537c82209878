// /api/work/waiting (待我处理) and /api/reminders (催报).
import { z } from 'zod';
import { itemsOf, okResponse, optionalYearQuery, yearField } from './common.ts';

export const waitingKinds = ['form', 'monitoring', 'self-evaluation', 'round', 'reminder'] as const;
export type WaitingKind = (typeof waitingKinds)[number];

export const waitingItem = z.object({
  kind: z.enum(waitingKinds),
  id: z.string(),
  /** What to act on: the project or department, the round's title, the reminder's subject. */
  title: z.string(),
  orgName: z.string(),
  status: z.string(),
  /** Extra line: the form type and year, the round, the reminder's message. */
  detail: z.string().nullable(),
  at: z.string(),
  /** project | department, for forms (the page a form opens on depends on it). */
  formKind: z.string().optional(),
});
export type WaitingItem = z.input<typeof waitingItem>;
/** Without a year: every year's waiting work (the 工作台 set to 全部年度). */
export const waitingQuery = optionalYearQuery;
export const waitingResponse = itemsOf(waitingItem);

export const reminderBody = z
  .object({
    year: yearField,
    kind: z.enum(['monitoring', 'self-evaluation']),
    roundId: z.uuid().optional(),
    orgIds: z.array(z.uuid()).min(1).max(5000).optional(),
    message: z.string().trim().max(500, '催报说明不超过 500 字').optional(),
  })
  .strict();
export type ReminderRequest = z.input<typeof reminderBody>;

export const reminderResult = z.object({
  reminded: z.array(z.object({ orgId: z.string(), orgName: z.string(), outstanding: z.number() })),
  emailed: z.number(),
  emailFailed: z.number(),
});
export type ReminderResult = z.input<typeof reminderResult>;
export const reminderReadResponse = okResponse;
