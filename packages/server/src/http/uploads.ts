// Multipart uploads, for the route plugins that take files. @fastify/multipart adds two async hooks (onRequest,
// onResponse: a promise each, and a listener on the response) to every route of the context it is registered in;
// registered at the root it ran them on every answer of the API — a tenth of an uncached form detail's server CPU
// with the other hooks (docs/scale.md, h-detail34). Each plugin with an upload route registers it for its own
// routes (all seven: budgets, check batches, imports, evaluation imports, the library, monitoring, self-evaluations);
// elsewhere a multipart body is refused as any other type the route does not take (415, error-handler.ts).
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';

export async function acceptUploads(app: FastifyInstance, config: Config): Promise<void> {
  await app.register(multipart, {
    limits: { fileSize: config.uploadLimit, files: 1, fields: 5, parts: 6, fieldSize: 1024 },
  });
}
