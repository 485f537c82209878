// Every route file is a Fastify plugin typed by its zod schemas (fastify-type-provider-zod): the
// contract's schemas (@jixiao/core/contracts) give request.params/query/body their parsed types, and a
// route's declared response schema checks at compile time what its handler returns — no casts.
// Validation itself stays ours (validation.ts: Chinese messages, unknown fields refused); answers with a
// response schema are encoded through it (dates to ISO strings, undeclared fields left out).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export type RoutePlugin = FastifyPluginAsyncZod;
