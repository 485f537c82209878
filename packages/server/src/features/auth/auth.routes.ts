// /api/auth: login (rate-limited, lockout), logout, who am I, password change.
import { loginBody, okResponse, passwordBody, sessionUser } from '@jixiao/core/contracts';
import { featureRoutes, type RoutePlugin } from '../../http/route-plugin.ts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app-deps.ts';
import { actorOf } from '../../http/access.ts';
import { commonError } from '../../http/errors.ts';
import { changePassword, login, logout, SESSION_COOKIE } from './auth.service.ts';
import { describeUser } from './session-user.ts';

const route = featureRoutes('auth');

export function authRoutes(deps: AppDeps): RoutePlugin {
  const { db, config } = deps;
  const secure = (request: FastifyRequest) => config.cookieSecure ?? request.protocol === 'https';
  const clearCookie = (request: FastifyRequest, reply: FastifyReply) =>
    reply.clearCookie(SESSION_COOKIE, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: secure(request),
    });

  return async (app) => {
    app.post(
      '/api/auth/login',
      {
        config: { access: 'public', rateLimit: { max: config.loginRatePerMinute, timeWindow: '1 minute' } },
        schema: { tags: ['auth'], summary: '登录', body: loginBody, response: { 200: sessionUser } },
      },
      async (request, reply) => {
        const body = request.body;
        const result = await login(db, config, body.username, body.password, request.ip, deps.clock());
        reply.setCookie(SESSION_COOKIE, result.token, {
          path: '/',
          httpOnly: true,
          sameSite: 'strict',
          secure: secure(request),
          expires: result.expiresAt,
        });
        const me = await describeUser(db, result.userId);
        return { ...me, csrfToken: result.csrfToken };
      },
    );

    app.post(
      '/api/auth/logout',
      route('authenticated', '退出登录', { response: { 200: okResponse } }),
      async (request, reply) => {
        const actor = actorOf(request);
        if (!request.session) throw commonError('not-authenticated');
        await logout(db, actor, request.session, request.ip);
        deps.sessions.forgetToken(request.session.tokenHash);
        clearCookie(request, reply);
        return { ok: true as const };
      },
    );

    app.get(
      '/api/auth/me',
      route('authenticated', '当前账号', { response: { 200: sessionUser } }),
      async (request) => {
        const actor = actorOf(request);
        return { ...(await describeUser(db, actor.id)), csrfToken: request.session?.csrfToken };
      },
    );

    app.post(
      '/api/auth/password',
      route('authenticated', '修改密码', { body: passwordBody, response: { 200: okResponse } }),
      async (request) => {
        const actor = actorOf(request);
        const body = request.body;
        if (!request.session) throw commonError('not-authenticated');
        await changePassword(db, actor, request.session, body.currentPassword, body.newPassword, request.ip);
        deps.sessions.forgetUser(actor.id); // the other sessions were ended
        return { ok: true as const };
      },
    );
  };
}
