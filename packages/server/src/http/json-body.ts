// The JSON body parser: Fastify's own (prototype-poisoning safe), after a linear scan that refuses
// nesting deeper than any request of this API needs — deep JSON parses, but walking it (validation,
// storage) would exhaust the stack and answer 500.
import type { FastifyInstance } from 'fastify';
import { AppError } from './errors.ts';

/** Deeper than any form, budget or evaluation (a form is about 6 levels deep). */
export const MAX_JSON_DEPTH = 64;

/** The deepest nesting of arrays and objects in a JSON text (strings skipped), stopping past `limit`. */
export function jsonDepth(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}

export function installJsonParser(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    if (jsonDepth(text) > MAX_JSON_DEPTH) {
      done(
        new AppError(
          'json-too-deep',
          400,
          `请求体的 JSON 嵌套过深（超过 ${MAX_JSON_DEPTH} 层）：请检查请求数据的结构`,
        ),
        undefined,
      );
      return;
    }
    parse(request, text, done);
  });
}
