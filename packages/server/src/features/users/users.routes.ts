// /api/users: account administration (administrators only).
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { actorOf, roles } from '../../http/access.ts';
import { passwordRule } from '../auth/password.ts';
import { createUser, listUsers, resetPassword, updateUser } from './users.service.ts';

const userBody = z.object({
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
const idParams = z.object({ id: z.uuid() });
const userChangeBody = z
  .object({
    displayName: z.string().trim().min(1).max(100).optional(),
    role: z.enum(roles).optional(),
    orgId: z.uuid().optional(),
    disabled: z.boolean().optional(),
    /** null clears the address. */
    email: z.email('电子邮箱格式不正确').max(200).nullable().optional(),
  })
  .strict();

export function userRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db } = deps;
  return async (app) => {
    app.get(
      '/api/users',
      { config: { access: ['admin'] }, schema: { tags: ['users'], summary: '用户列表（管理员）' } },
      async () => ({
        items: await listUsers(db),
      }),
    );
    app.post(
      '/api/users',
      {
        config: { access: ['admin'] },
        schema: { tags: ['users'], summary: '新增用户（管理员）', body: userBody },
      },
      async (request, reply) => {
        const body = request.body as z.output<typeof userBody>;
        const result = await db.transaction((tx) =>
          createUser(tx, { actor: actorOf(request), ip: request.ip }, body),
        );
        return reply.status(201).send(result);
      },
    );
    app.post(
      '/api/users/:id/reset-password',
      {
        config: { access: ['admin'] },
        schema: { tags: ['users'], summary: '重置密码并解锁（管理员）', params: idParams },
      },
      async (request) => {
        const { id } = request.params as z.output<typeof idParams>;
        const result = await resetPassword(db, { actor: actorOf(request), ip: request.ip }, id);
        deps.sessions.forgetUser(id);
        return result;
      },
    );
    app.patch(
      '/api/users/:id',
      {
        config: { access: ['admin'] },
        schema: {
          tags: ['users'],
          summary: '修改用户：姓名、角色、所属组织、停用/启用（管理员）',
          params: idParams,
          body: userChangeBody,
        },
      },
      async (request) => {
        const { id } = request.params as z.output<typeof idParams>;
        const body = request.body as z.output<typeof userChangeBody>;
        const user = await updateUser(db, { actor: actorOf(request), ip: request.ip }, id, body);
        deps.sessions.forgetUser(id);
        return { user };
      },
    );
  };
}
