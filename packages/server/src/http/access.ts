// Authorisation on every request, mechanically: each route declares `config.access` (the roles it
// needs, 'authenticated', or 'public'); a route without a declaration is refused (fail closed).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { commonError } from './errors.ts';

import type { Role } from '@jixiao/core/contracts';

export { roles, type Role } from '@jixiao/core/contracts';
export const roleLabels: Record<Role, string> = {
  filler: '预算单位填报人',
  reviewer: '主管部门审核人',
  finance: '财政部门',
  admin: '系统管理员',
};

export type Access = 'public' | 'authenticated' | readonly Role[];

/** The signed-in account, as every service sees it. */
export interface Actor {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  orgId: string;
  orgPath: string;
  /** 财政区划代码 of the organisation: what every row the account writes is distributed by. */
  regionCode: string;
}

export interface SessionInfo {
  tokenHash: string;
  csrfToken: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    actor: Actor | null;
    session: SessionInfo | null;
  }
}

/** Routes served by plugins with their own access (the API documentation). */
export const accessAllowList = [/^\/api\/docs(\/|$)/];

export interface RouteEntry {
  method: string;
  url: string;
  access: Access | undefined;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export type SessionLoader = (
  request: FastifyRequest,
) => Promise<{ actor: Actor; session: SessionInfo } | null>;

/** Installs the route table recorder and the access hook. Call before registering routes. */
export function installAccessControl(app: FastifyInstance, loadSession: SessionLoader): RouteEntry[] {
  const table: RouteEntry[] = [];
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      table.push({ method, url: route.url, access: route.config?.access });
    }
  });
  /** The declared access of a route that needs a session looked at (its actor, its role, its CSRF token). */
  const authorize = async (request: FastifyRequest, access: Access) => {
    const loaded = await loadSession(request);
    if (loaded) {
      request.actor = loaded.actor;
      request.session = loaded.session;
    }
    if (access === 'public') return;
    if (!loaded) throw commonError('not-authenticated');
    if (UNSAFE.has(request.method) && request.headers['x-csrf-token'] !== loaded.session.csrfToken) {
      throw commonError('csrf-failed');
    }
    if (access !== 'authenticated' && !access.includes(loaded.actor.role)) throw commonError('forbidden');
  };
  // A callback hook, not an async one: what is decided without the session loader (no route, a route of the
  // allow-list, an anonymous read of a public route) goes on at once, without a promise and a turn of the
  // microtask queue on every request.
  app.addHook('onRequest', (request, _reply, done) => {
    // `routeOptions` is a getter that builds a new object on each read: read once.
    const config = request.routeOptions.config as { access?: Access; url?: string } | undefined;
    const access = config?.access;
    const url = config?.url;
    if (url === undefined) return done(); // 404: no route
    if (access === undefined) {
      if (accessAllowList.some((re) => re.test(url))) return done();
      return done(commonError('forbidden', {}, '该接口未声明访问权限，已拒绝'));
    }
    // A session comes only in a cookie: a request without one has none to load.
    if (access === 'public' && request.headers.cookie === undefined) return done();
    authorize(request, access).then(() => done(), done);
  });
  return table;
}

/** The actor of a route that requires one (after the access hook). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw commonError('not-authenticated');
  return request.actor;
}
