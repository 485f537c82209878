// Route schemas are zod schemas: a Fastify validator compiler that parses with zod, refuses unknown
// fields, and reports field-level errors in Chinese; plus the transform that turns them into
// JSON Schema for the OpenAPI document.
import { z } from 'zod';
import type { FastifySchemaCompiler } from 'fastify';

z.config(z.locales.zhCN());

export interface FieldError {
  path: string; // JSON pointer into the request part, e.g. /form/indicators/0/target
  code: string;
  message: string;
}

export class ValidationFailure extends Error {
  constructor(
    readonly part: string,
    readonly errors: FieldError[],
  ) {
    super(`${partLabel(part)}有误：${errors.map((e) => `${e.path || '/'} ${e.message}`).join('；')}`);
    this.name = 'ValidationFailure';
  }
}

function partLabel(part: string): string {
  return { body: '请求体', querystring: '查询参数', params: '路径参数', headers: '请求头' }[part] ?? '请求';
}

const pointer = (path: readonly PropertyKey[]): string =>
  path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);
}

/** Keys present in the input that the schema dropped (zod strips unknown keys by default). */
export function unknownKeys(input: unknown, output: unknown, path: PropertyKey[] = []): FieldError[] {
  if (Array.isArray(input) && Array.isArray(output)) {
    return input.flatMap((v, i) => (i < output.length ? unknownKeys(v, output[i], [...path, i]) : []));
  }
  if (isPlainObject(input) && isPlainObject(output)) {
    const errors: FieldError[] = [];
    for (const key of Object.keys(input)) {
      if (!(key in output)) {
        errors.push({
          path: pointer([...path, key]),
          code: 'unknown-field',
          message: `不认识的字段“${key}”`,
        });
      } else errors.push(...unknownKeys(input[key], output[key], [...path, key]));
    }
    return errors;
  }
  return [];
}

/** A UTF-16 surrogate without its partner: not a character, and PostgreSQL cannot store it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function textProblem(text: string, what: 'value' | 'key'): Omit<FieldError, 'path'> | null {
  if (text.includes('\u0000'))
    return {
      code: 'nul-character',
      message: what === 'key' ? '字段名中含有不允许的空字符' : '文本中含有不允许的空字符（\\u0000）',
    };
  const lone = LONE_SURROGATE.exec(text);
  if (lone) {
    const hex = lone[0].charCodeAt(0).toString(16);
    return {
      code: 'invalid-unicode',
      message: `${what === 'key' ? '字段名' : '文本'}中含有无效的 Unicode 字符（孤立的代理项 \\u${hex}）：请删除该字符后重试`,
    };
  }
  return null;
}

/**
 * Text that cannot be stored — a NUL character (PostgreSQL text refuses it) or a lone UTF-16 surrogate
 * (not valid Unicode) — in any string or key: report where, before anything reaches the database.
 */
export function unstorableText(
  input: unknown,
  path: PropertyKey[] = [],
  out: FieldError[] = [],
): FieldError[] {
  if (out.length >= 20) return out;
  if (typeof input === 'string') {
    const p = textProblem(input, 'value');
    if (p) out.push({ path: pointer(path), ...p });
  } else if (Array.isArray(input)) input.forEach((v, i) => unstorableText(v, [...path, i], out));
  else if (isPlainObject(input)) {
    for (const [k, v] of Object.entries(input)) {
      const p = textProblem(k, 'key');
      if (p) out.push({ path: pointer([...path, k]), ...p });
      unstorableText(v, [...path, k], out);
    }
  }
  return out;
}

export function zodErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((i) => ({ path: pointer(i.path), code: i.code, message: i.message }));
}

/** Parses with zod; throws ValidationFailure with field-level errors. */
export function parseWith<T extends z.ZodType>(schema: T, data: unknown, part = 'body'): z.output<T> {
  const r = schema.safeParse(data);
  if (!r.success) throw new ValidationFailure(part, zodErrors(r.error));
  const extra = unknownKeys(data, r.data);
  if (extra.length > 0) throw new ValidationFailure(part, extra);
  return r.data;
}

export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> = ({ schema, httpPart }) => {
  return (data: unknown) => {
    const part = httpPart ?? 'body';
    // Querystrings and params arrive as an object created with a null prototype: copy first.
    const input = isPlainObject(data) ? { ...data } : data;
    const unstorable = unstorableText(input);
    if (unstorable.length > 0) return { error: new ValidationFailure(part, unstorable) };
    const r = schema.safeParse(input);
    if (!r.success) return { error: new ValidationFailure(part, zodErrors(r.error)) };
    if (part === 'body' || part === 'querystring') {
      const extra = unknownKeys(input, r.data);
      if (extra.length > 0) return { error: new ValidationFailure(part, extra) };
    }
    return { value: r.data };
  };
};

function isZod(s: unknown): s is z.ZodType {
  return typeof s === 'object' && s !== null && '_zod' in s;
}

/** @fastify/swagger transform: zod route schemas → JSON Schema. */
export function swaggerTransform({ schema: input, url }: { schema: object | undefined; url: string }) {
  const schema = input as Record<string, unknown> | undefined;
  if (!schema) return { schema: schema as never, url };
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (isZod(value)) {
      out[key] = z.toJSONSchema(value, { io: 'input', unrepresentable: 'any', target: 'draft-7' });
    } else if (key === 'response' && isPlainObject(value)) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([code, s]) => [
          code,
          // A response is the encoded side of its schema (a timestamp codec's string, not a Date).
          isZod(s) ? z.toJSONSchema(s, { io: 'input', unrepresentable: 'any', target: 'draft-7' }) : s,
        ]),
      );
    } else out[key] = value;
  }
  return { schema: out as never, url };
}
