// /api/users: the administrator's list, create, change, password reset.
import { z } from 'zod';
import { passwordRule, roles } from './access.ts';
import { itemsOf, storedName, timestamp } from './common.ts';

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

/** An account as the administrator sees it (never its secrets). */
export const userResponse = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: storedName(roles),
  orgId: z.uuid(),
  orgName: z.string(),
  orgKind: z.string(),
  disabled: z.boolean(),
  /** Where 催报 e-mails go (when the server has an SMTP server configured). */
  email: z.string().nullable(),
  lockedUntil: timestamp.nullable(),
  createdAt: timestamp,
});
export type User = z.input<typeof userResponse>;
export const userListResponse = itemsOf(userResponse);
/** POST /api/users: the new account, and its generated password when none was given (shown once). */
export const createdUserResponse = z.object({
  user: userResponse.pick({
    id: true,
    username: true,
    displayName: true,
    role: true,
    orgId: true,
    orgName: true,
  }),
  generatedPassword: z.string().optional(),
});
export type CreatedUser = z.input<typeof createdUserResponse>;
export const changedUserResponse = z.object({ user: userResponse });
export const resetPasswordResponse = z.object({ generatedPassword: z.string() });
