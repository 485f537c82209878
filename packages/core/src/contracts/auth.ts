// /api/auth: login, logout, me, password.
import { z } from 'zod';
import { passwordRule } from './access.ts';

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
