// The compiled response serializer writes the bytes zod's encode + JSON.stringify wrote, for every response
// schema of the contract it compiles, and leaves to zod what it cannot copy plainly.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { serializerCompiler as zodSerializer } from 'fastify-type-provider-zod';
import * as contracts from '@jixiao/core/contracts';
import { compiledSerializer, responseSerializerCompiler, wireSchema } from './response-serializer.ts';

const route = (schema: unknown) => ({ schema, method: 'GET', url: '/t', httpStatus: '200' });
const zodWrites = (schema: z.ZodType, data: unknown) =>
  (zodSerializer as (r: unknown) => (d: unknown) => string)(route(schema))(data);

// Text a JSON writer must escape, or may copy: quotes, backslashes, control characters, a lone surrogate,
// line separators, CJK, long and short.
const TEXTS = [
  '项目“A”\\"x"',
  'a\u0000b\nc\t',
  '\ud800 lone',
  '\u2028\u2029',
  '绩效目标'.repeat(20),
  `${'长'.repeat(50)}"${'\\'.repeat(3)}`,
  '',
];

/** A value of the encoded side's server input for `schema` (n varies the choices), with a field too many. */
function sample(schema: z.ZodType, n: number): unknown {
  const codec = contracts.wireCodecs.get(schema);
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  if (codec === 'string') {
    if (def.type === 'pipe' && (def.in as { _zod: { def: { type: string } } })._zod.def.type === 'enum')
      return Object.values((def.in as z.ZodEnum)._zod.def.entries)[n % 2];
    return n % 2 ? new Date(Date.UTC(2025, 0, 2, 3, 4, 5, n % 1000)) : '2025-01-02T03:04:05.000Z';
  }
  if (codec === 'json') return { stored: [n, TEXTS[n % TEXTS.length]], at: new Date(0) };
  switch (def.type) {
    case 'string':
      return TEXTS[n % TEXTS.length];
    case 'number':
      return [0, -0, 1.5, 1e21, -3, 2 ** 53][n % 6];
    case 'boolean':
      return n % 2 === 0;
    case 'null':
      return null;
    case 'date':
      return new Date(Date.UTC(2026, 11, 4, 0, 0, 0, n));
    case 'unknown':
    case 'any':
    case 'custom':
      return { any: TEXTS[n % TEXTS.length], list: [1, null, { d: new Date(n) }] };
    case 'enum':
      return Object.values(def.entries as object)[n % Object.values(def.entries as object).length];
    case 'literal':
      return (def.values as unknown[])[0];
    case 'optional':
      return n % 3 === 0 ? undefined : sample(def.innerType as z.ZodType, n);
    case 'readonly':
      return sample(def.innerType as z.ZodType, n);
    case 'nullable':
      return n % 2 === 0 ? null : sample(def.innerType as z.ZodType, n);
    case 'union':
      return sample((def.options as z.ZodType[])[n % (def.options as z.ZodType[]).length]!, n);
    case 'array':
      return [0, 1, 2].slice(0, 1 + (n % 3)).map((i) => sample(def.element as z.ZodType, n + i));
    case 'record': {
      // Keys in an order JSON keeps as given and one it does not (integer-like keys come first).
      const keys = ['draft', TEXTS[n % TEXTS.length]!, '10', '2', '已确认'].slice(0, 1 + (n % 5));
      return Object.fromEntries(keys.map((k, i) => [k, sample(def.valueType as z.ZodType, n + i)]));
    }
    case 'object': {
      const out: Record<string, unknown> = { notDeclared: 'left out' };
      let i = n;
      for (const [key, value] of Object.entries(def.shape as Record<string, z.ZodType>)) {
        const v = sample(value, i++);
        // An optional field is sometimes absent, sometimes present as undefined.
        if (v !== undefined || i % 2) out[key] = v;
      }
      return out;
    }
    default:
      throw new Error(`no sample for ${def.type}`);
  }
}

const schemas = (Object.entries(contracts) as [string, unknown][]).filter(
  (e): e is [string, z.ZodType] => typeof e[1] === 'object' && e[1] !== null && '_zod' in e[1],
);

describe('compiled response serializer', () => {
  it('writes the bytes of zod encode + JSON.stringify for every contract schema it compiles', () => {
    let compared = 0;
    for (const [name, schema] of schemas) {
      const write = compiledSerializer(schema);
      if (!write) continue;
      for (let n = 0; n < 12; n++) {
        const data = sample(schema, n);
        if (data === undefined) continue; // an optional request body: no answer is nothing
        let expected: string;
        try {
          expected = zodWrites(schema, data);
        } catch {
          continue; // a value the schema refuses (a refinement): not an answer the server sends
        }
        let written: string;
        try {
          written = write(data);
        } catch (e) {
          throw new Error(`${name} #${n}: ${(e as Error).message} for ${JSON.stringify(data)}`, { cause: e });
        }
        expect(written, `${name} #${n}`).toBe(expected);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('compiles the paged lists and their rows', () => {
    for (const s of [
      contracts.formListResponse,
      contracts.evaluationListResponse,
      contracts.roundEntriesResponse,
      contracts.roundListResponse,
      contracts.budgetListResponse,
      contracts.batchListResponse,
      // The dashboards' counts by status are records.
      contracts.dashboardResponse,
      contracts.evaluationDashboardResponse,
    ])
      expect(wireSchema(s)).not.toBeNull();
  });

  it('writes a record keyed by text as zod does, and leaves one keyed by an enum or a checked key to zod', () => {
    const counts = z.object({ n: z.number(), counts: z.record(z.string(), z.number()) });
    const write = compiledSerializer(counts)!;
    const data = { counts: { submitted: 2, '10': 1, 草稿: 0, '1': 3 }, n: 1, x: 'no' };
    expect(write(data)).toBe(zodWrites(counts, data));
    expect(write(data)).toBe('{"n":1,"counts":{"1":3,"10":1,"submitted":2,"草稿":0}}');
    // An enum key writes the enum's order in zod: not a plain copy.
    expect(wireSchema(z.record(z.enum(['b', 'a']), z.number()))).toBeNull();
    expect(wireSchema(z.record(z.string().min(2), z.number()))).toBeNull();
  });

  it('leaves to zod a schema whose encode is not a plain copy', () => {
    const trimmed = z.object({ name: z.string().trim() });
    const codec = z.object({
      n: z.codec(z.string(), z.number(), { decode: Number, encode: (v) => `#${v}` }),
    });
    const passthrough = z.object({ a: z.string() }).passthrough();
    const defaulted = z.object({ a: z.string().default('x') });
    for (const s of [trimmed, codec, passthrough, defaulted]) expect(wireSchema(s)).toBeNull();
    // …and the route then still writes what zod writes: the codec's encode, the trim, the extra field.
    const writes = (s: z.ZodType, d: unknown) =>
      (responseSerializerCompiler as unknown as (r: unknown) => (d: unknown) => string)(route(s))(d);
    expect(writes(codec, { n: 3 })).toBe('{"n":"#3"}');
    expect(writes(trimmed, { name: ' a ' })).toBe('{"name":"a"}');
    expect(writes(passthrough, { a: 'x', b: 1 })).toBe('{"a":"x","b":1}');
  });

  it('writes the schema’s fields in its order, without undeclared ones, a Date as its ISO text', () => {
    const s = z.object({ b: z.string(), a: contracts.timestamp, c: z.number().nullable().optional() });
    const write = compiledSerializer(s)!;
    expect(write({ a: new Date(Date.UTC(2025, 4, 6)), x: 1, b: '"' })).toBe(
      '{"b":"\\"","a":"2025-05-06T00:00:00.000Z"}',
    );
    expect(write({ c: null, b: '', a: '2025' })).toBe('{"b":"","a":"2025","c":null}');
  });
});
