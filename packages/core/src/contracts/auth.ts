// /api/auth: login, logout, me, password.
import { z } from 'zod';
import { passwordRule, roles } from './access.ts';
import { storedName } from './common.ts';

export const loginBody = z.object({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(passwordRule.max),
});
export type LoginBody = z.input<typeof loginBody>;
export const passwordBody = z.object({
  currentPassword: z.string().min(1).max(passwordRule.max),
  newPassword: z.string().min(1).max(passwordRule.max),
});
export type PasswordBody = z.input<typeof passwordBody>;

/** POST /api/auth/login and GET /api/auth/me — the signed-in account (never a secret but the CSRF token). */
export const sessionUser = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string().nullable(),
  role: storedName(roles),
  org: z.object({ id: z.string(), name: z.string(), kind: z.string() }),
  /** Echoed in the x-csrf-token header of every write. */
  csrfToken: z.string().optional(),
});
export type SessionUser = z.input<typeof sessionUser>;
