// /api/users: account administration (administrators only).
import {
  changedUserResponse,
  createdUserResponse,
  idParams,
  resetPasswordResponse,
  userBody,
  userChangeBody,
  userListResponse,
} from '@jixiao/core/contracts';
import { featureRoutes, type RoutePlugin } from '../../http/route-plugin.ts';
import type { AppDeps } from '../../app-deps.ts';
import { actorOf } from '../../http/access.ts';
import { createUser, listUsers, resetPassword, updateUser } from './users.service.ts';

const route = featureRoutes('users');

export function userRoutes(deps: AppDeps): RoutePlugin {
  const { db } = deps;
  return async (app) => {
    app.get(
      '/api/users',
      route(['admin'], '用户列表（管理员）', { response: { 200: userListResponse } }),
      async () => ({
        items: await listUsers(db),
      }),
    );
    app.post(
      '/api/users',
      route(['admin'], '新增用户（管理员）', { body: userBody, response: { 201: createdUserResponse } }),
      async (request, reply) => {
        const body = request.body;
        const result = await db.transaction((tx) =>
          createUser(tx, { actor: actorOf(request), ip: request.ip }, body),
        );
        return reply.status(201).send(result);
      },
    );
    app.post(
      '/api/users/:id/reset-password',
      route(['admin'], '重置密码并解锁（管理员）', {
        params: idParams,
        response: { 200: resetPasswordResponse },
      }),
      async (request) => {
        const { id } = request.params;
        const result = await resetPassword(db, { actor: actorOf(request), ip: request.ip }, id);
        deps.sessions.forgetUser(id);
        return result;
      },
    );
    app.patch(
      '/api/users/:id',
      route(['admin'], '修改用户：姓名、角色、所属组织、停用/启用（管理员）', {
        params: idParams,
        body: userChangeBody,
        response: { 200: changedUserResponse },
      }),
      async (request) => {
        const { id } = request.params;
        const body = request.body;
        const user = await updateUser(db, { actor: actorOf(request), ip: request.ip }, id, body);
        deps.sessions.forgetUser(id);
        return { user };
      },
    );
  };
}
