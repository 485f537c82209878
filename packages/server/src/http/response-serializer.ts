// Answers with a response schema are written by a serializer compiled once per schema
// (fast-json-stringify, which Fastify ships) instead of zod's encode — a check of every field of every row —
// followed by JSON.stringify. The answers are the server's own (built from its rows, typed against the
// schema by the compiler), so the check finds nothing; what the encode did besides checking is done here:
// undeclared fields left out, a Date written as its ISO text (`timestamp`), fields in the schema's order.
// The bytes are those zod's encode and JSON.stringify write (response-serializer.test.ts).
//
// Only schemas whose encode is known to be a plain copy are compiled: objects (not passthrough/strict),
// arrays, strings, numbers, booleans, null, enums, literals, optional/nullable/readonly, a union of
// primitives, unknown/any/custom (written as JSON.stringify writes them), records keyed by plain text, and
// the codecs the contract names in `wireCodecs`. Anything else — another codec or transform, a string check
// that rewrites (trim), a default, a record keyed by an enum, a union of objects — leaves the whole schema
// to zod, as before.
import type { FastifySerializerCompiler } from 'fastify';
import fastJson from 'fast-json-stringify';
import { serializerCompiler as zodSerializer } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { wireCodecs } from '@jixiao/core/contracts';

type JsonSchema = Record<string, unknown>;
type Def = { type: string } & Record<string, unknown>;

const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
const PRIMITIVE = new Set(['string', 'number', 'boolean', 'null']);

/** A check that rewrites the value while encoding (trim, toLowerCase, normalize): not a plain copy. */
const rewrites = (def: Def) =>
  Array.isArray(def.checks) &&
  (def.checks as { _zod: { def: { check: string } } }[]).some((c) => c._zod.def.check === 'overwrite');

/** The JSON Schema fast-json-stringify writes the schema's encoded answer by, or null when it cannot. */
export function wireSchema(schema: z.ZodType): JsonSchema | null {
  const codec = wireCodecs.get(schema);
  if (codec === 'string') return { type: 'string' };
  if (codec === 'json') return {};
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return rewrites(def) ? null : { type: 'string' };
    case 'date':
      return { type: 'string' }; // JSON.stringify writes a Date's toISOString(), and so does this
    case 'number':
      return { type: 'number' }; // never 'integer': it would truncate where zod refuses
    case 'boolean':
    case 'null':
      return { type: def.type };
    case 'unknown':
    case 'any':
    case 'custom':
      return {};
    case 'enum':
    case 'literal': {
      const values = def.type === 'enum' ? Object.values(def.entries as object) : (def.values as unknown[]);
      const types = new Set(values.map((v) => (v === null ? 'null' : typeof v)));
      if (types.size !== 1) return null;
      const [type] = types;
      return type && PRIMITIVE.has(type) ? { type } : null;
    }
    case 'optional':
    case 'readonly':
      return wireSchema(def.innerType as z.ZodType);
    case 'nullable': {
      const inner = wireSchema(def.innerType as z.ZodType);
      return inner && orNull(inner);
    }
    case 'union': {
      const types: string[] = [];
      for (const option of def.options as z.ZodType[]) {
        const s = wireSchema(option);
        if (!s || typeof s.type !== 'string' || !PRIMITIVE.has(s.type)) return null;
        if (!types.includes(s.type)) types.push(s.type);
      }
      return types.length === 1 ? { type: types[0] } : { type: types };
    }
    case 'array': {
      // (An item of any value is written by JSON.stringify: the server's arrays hold no undefined items,
      // which JSON.stringify would write as null and this as nothing valid.)
      const items = wireSchema(def.element as z.ZodType);
      return items && { type: 'array', items };
    }
    case 'object': {
      const catchall = def.catchall as z.ZodType | undefined;
      if (catchall && defOf(catchall).type !== 'never') return null;
      const properties: Record<string, JsonSchema> = {};
      for (const [key, value] of Object.entries(def.shape as Record<string, z.ZodType>)) {
        const s = wireSchema(value);
        if (!s) return null;
        properties[key] = s;
      }
      // No `required`: fast-json-stringify would write required fields first, out of the schema's order.
      return { type: 'object', properties };
    }
    case 'record': {
      // A record keyed by any text (counts by status): zod's encode copies the own enumerable keys in their
      // order, as fast-json-stringify's `additionalProperties` does. A key schema that checks or lists its
      // keys (an enum writes them in the enum's order) is left to zod. (zod also drops a key named
      // `__proto__`; the server's records are keyed by its own status and rule names.)
      const key = defOf(def.keyType as z.ZodType);
      if (key.type !== 'string' || (Array.isArray(key.checks) && key.checks.length > 0)) return null;
      if (wireCodecs.get(def.keyType as z.ZodType) || def.mode === 'loose') return null;
      const values = wireSchema(def.valueType as z.ZodType);
      return values && { type: 'object', additionalProperties: values };
    }
    default:
      return null;
  }
}

function orNull(s: JsonSchema): JsonSchema | null {
  if (s.type === undefined) return s; // any value, null included
  if (typeof s.type === 'string') return s.type === 'null' ? s : { ...s, type: [s.type, 'null'] };
  const types = s.type as string[];
  return { ...s, type: types.includes('null') ? types : [...types, 'null'] };
}

const compiled = new WeakMap<z.ZodType, ((data: unknown) => string) | null>();

/** The compiled writer of a zod schema's answers (kept per schema: every app built reuses it), or null. */
export function compiledSerializer(schema: z.ZodType): ((data: unknown) => string) | null {
  let fn = compiled.get(schema);
  if (fn === undefined) {
    const json = wireSchema(schema);
    fn = json ? (fastJson(json) as (data: unknown) => string) : null;
    compiled.set(schema, fn);
  }
  return fn;
}

const isZod = (s: unknown): s is z.ZodType => typeof s === 'object' && s !== null && '_zod' in s;

/** Fastify's serializer compiler: compiled where the schema allows it, zod's encode elsewhere. */
export const responseSerializerCompiler: FastifySerializerCompiler<unknown> = (route) => {
  const given = route.schema as unknown;
  const schema = isZod(given)
    ? given
    : isZod((given as { properties?: unknown } | null)?.properties)
      ? (given as { properties: z.ZodType }).properties
      : undefined;
  const fn = schema && compiledSerializer(schema);
  return fn ?? (zodSerializer as FastifySerializerCompiler<unknown>)(route);
};
