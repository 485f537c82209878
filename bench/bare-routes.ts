// The server bench's baseline: a bare Fastify JSON route (`/json`) and the same kind of route sending a
// disclosure page's bytes as they are (`/page`), so that a ratio against it is the server's own share.
import Fastify, { type FastifyInstance } from 'fastify';

export function bareRoutes(page: Buffer): FastifyInstance {
  const app = Fastify();
  app.get('/json', async () => ({ hello: 'world' }));
  app.get('/page', async (_request, reply) => reply.type('application/json; charset=utf-8').send(page));
  return app;
}
