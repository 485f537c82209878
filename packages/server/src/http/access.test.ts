// The access hook's decisions made without the session loader: an anonymous read of a public route goes on
// without asking for a session (none can come without a cookie); with a cookie the session is loaded and seen by
// the route; a protected route still asks and refuses without one.
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { installAccessControl, type SessionLoader } from './access.ts';
import { installErrorHandler } from './error-handler.ts';

const actor = {
  id: 'u1',
  username: 'finance',
  displayName: '财政',
  role: 'finance' as const,
  orgId: 'o1',
  orgPath: 'o1/',
  regionCode: '420000',
};

async function appWith(loader: SessionLoader) {
  const app = Fastify();
  installErrorHandler(app);
  installAccessControl(app, loader);
  app.get('/api/open', { config: { access: 'public' } }, async (request) => ({
    who: request.actor?.username ?? null,
  }));
  app.get('/api/closed', { config: { access: ['finance'] } }, async (request) => ({
    who: request.actor?.username,
  }));
  await app.ready();
  return app;
}

describe('access hook', () => {
  it('answers an anonymous read of a public route without loading a session', async () => {
    let loads = 0;
    const app = await appWith(async () => {
      loads++;
      return null;
    });
    const res = await app.inject({ url: '/api/open' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ who: null });
    expect(loads).toBe(0);
    await app.close();
  });

  it('loads the session a cookie brings, on public and protected routes alike', async () => {
    let loads = 0;
    const app = await appWith(async (request) => {
      loads++;
      return request.headers.cookie === 'jx_session=ok'
        ? { actor, session: { tokenHash: 'h', csrfToken: 'c' } }
        : null;
    });
    const open = await app.inject({ url: '/api/open', headers: { cookie: 'jx_session=ok' } });
    expect(open.json()).toEqual({ who: 'finance' });
    const closed = await app.inject({ url: '/api/closed', headers: { cookie: 'jx_session=ok' } });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toEqual({ who: 'finance' });
    expect(loads).toBe(2);
    await app.close();
  });

  it('still refuses a protected route without a session, and a loader that fails', async () => {
    const app = await appWith(async () => null);
    expect((await app.inject({ url: '/api/closed' })).statusCode).toBe(401);
    await app.close();
    const failing = await appWith(async () => {
      throw new Error('database down');
    });
    const res = await failing.inject({ url: '/api/closed', headers: { cookie: 'jx_session=x' } });
    expect(res.statusCode).toBe(500);
    await failing.close();
  });
});
