// /api/users: the administrator's list, create, change, password reset.
import { z } from 'zod';
import { passwordRule, roles } from './access.ts';

export const userBody = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.-]{3,50}$/, '用户名为 3–50 个字母、数字或 _ . -'),
  displayName: z.string().trim().min(1).max(100).optional(),
  role: z.enum(roles),
  orgId: z.uuid(),
  password: z.string().min(passwordRule.min).max(passwordRule.max).optional(),
  email: z.email('电子邮箱格式不正确').max(200).optional(),
});
export type UserBody = z.input<typeof userBody>;
export const userChangeBody = z
  .object({
    displayName: z.string().trim().min(1).max(100).optional(),
    role: z.enum(roles).optional(),
    orgId: z.uuid().optional(),
    disabled: z.boolean().optional(),
    /** null clears the address. */
    email: z.email('电子邮箱格式不正确').max(200).nullable().optional(),
  })
  .strict();
export type UserChangeBody = z.input<typeof userChangeBody>;
