// Every route file is a Fastify plugin typed by its zod schemas (fastify-type-provider-zod): the
// contract's schemas (@jixiao/core/contracts) give request.params/query/body their parsed types, and a
// route's declared response schema checks at compile time what its handler returns — no casts.
// Validation itself stays ours (validation.ts: Chinese messages, unknown fields refused); answers with a
// response schema are encoded through it (dates to ISO strings, undeclared fields left out).
import type { FastifySchema } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Access } from './access.ts';

export type RoutePlugin = FastifyPluginAsyncZod;

/**
 * The options of a feature's routes: who may call one (access) and its OpenAPI schema, under the feature's tag.
 * The schema's zod types go through as they are, so a handler's request and answer stay typed by them.
 */
export function featureRoutes(tag: string) {
  return <S extends FastifySchema>(access: Access, summary: string, schema: S) => ({
    config: { access },
    schema: { tags: [tag], summary, ...schema },
  });
}
