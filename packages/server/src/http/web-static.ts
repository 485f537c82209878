// The web app (packages/web/dist) served by the API server: real files as they are (hashed assets
// cached for a year), and index.html for every other GET that is not /api (client-side routes). A file's
// compressed copy written by the build (FILE.br, FILE.gz: packages/web/src/build/precompress.ts) is sent to a
// client that accepts it (Vary: accept-encoding; its own ETag), the file itself to one that does not.
import { existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type {} from '@fastify/swagger'; // `schema.hide`
import type {} from './access.ts'; // `config.access`

export const defaultWebDist = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

export interface WebStaticOptions {
  /** The built web app (default: packages/web/dist). */
  root?: string;
}

/** A file under `root` for a URL path, or null (missing, a folder, or outside the root). */
export function fileFor(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const full = resolve(root, '.' + normalize('/' + decoded));
  if (full !== root && !full.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  try {
    return existsSync(full) && statSync(full).isFile() ? full : null;
  } catch {
    return null;
  }
}

/** Fastify plugin: register after the API routes; `GET /` and `GET /*` are public (no session needed). */
export const webStatic: FastifyPluginAsync<WebStaticOptions> = async (app, opts) => {
  const root = resolve(opts.root ?? defaultWebDist);
  await app.register(fastifyStatic, {
    root,
    serve: false,
    cacheControl: false,
    dotfiles: 'deny',
    preCompressed: true,
  });
  const indexHtml = join(root, 'index.html');

  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (path === '/api' || path.startsWith('/api/')) return reply.callNotFound();
    const file = path === '/' ? null : fileFor(root, path);
    if (file) {
      const rel = file.slice(root.length).replace(/^[\\/]+/, '');
      const immutable = rel.startsWith('assets/');
      reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      return reply.sendFile(rel);
    }
    // A missing asset (has an extension) is a 404, not the app; every other path is a client route.
    if (extname(path) !== '' && extname(path) !== '.html') return reply.callNotFound();
    if (!existsSync(indexHtml)) {
      return reply
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('网页端尚未构建：请运行 npm run build -w @jixiao/web');
    }
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html');
  };

  app.get('/', { config: { access: 'public' }, schema: { hide: true } }, handler);
  app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, handler);
};
