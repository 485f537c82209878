// Public pages with entity tags: the tag is a hash of what the page was built from (a publication's id,
// a form's version and time, the latest write), read with one small indexed query. A client (or proxy)
// that already holds the page gets 304 without the page being built; a page built once is kept under
// its tag, which names its content exactly, so it is served again until the publication changes.
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

export function etagOf(parts: readonly (string | number | null | undefined)[]): string {
  const h = createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 27);
  return `"${h}"`;
}

/** Whether the request's If-None-Match names `etag` (a list, weak tags and `*` included). */
export function matches(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (!header) return false;
  return header
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === etag || t === '*');
}

/** Whether the client takes gzip (every browser does; `gzip;q=0` refuses it). */
export function acceptsGzip(request: FastifyRequest): boolean {
  const header = request.headers['accept-encoding'];
  if (!header) return false;
  return header
    .split(',')
    .map((part) => part.trim().split(';'))
    .some(([coding, ...params]) => coding === 'gzip' && !params.some((q) => /^\s*q=0(\.0*)?\s*$/.test(q)));
}

/**
 * Sets the tag (revalidated on every use: `no-cache`, never stale) and answers 304 when the client
 * holds it. Returns true when the reply was sent.
 */
export function sendNotModified(request: FastifyRequest, reply: FastifyReply, etag: string): boolean {
  reply.header('etag', etag).header('cache-control', 'public, no-cache');
  if (!matches(request, etag)) return false;
  void reply.status(304).send();
  return true;
}

/**
 * Built pages by tag: a tag names one content, so a kept page is never stale. Bounded. The page is kept as
 * the answer object (the route's declared response type), so what is served from here is typed like the rest.
 */
export class PagesByTag<T> {
  private readonly pages = new Map<string, T>();
  constructor(private readonly max = 500) {}

  get(etag: string): T | undefined {
    return this.pages.get(etag);
  }

  /** Keeps a page under its tag; the caller keeps only a page built from exactly what the tag names. */
  keep(etag: string, body: T): void {
    if (this.pages.size >= this.max) this.pages.delete(this.pages.keys().next().value!);
    this.pages.set(etag, body);
  }
}

/**
 * Sends a page kept as JSON bytes as they are (no serialiser: the bytes were encoded through the route's
 * contract when the page was rendered). Typed as any reply, so a route declaring its response schema for
 * the API's documentation can send its kept bytes.
 */
export function sendJsonBytes(reply: FastifyReply, bytes: Buffer): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(bytes);
}
