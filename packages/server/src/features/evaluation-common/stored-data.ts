// Stored JSON read back through its schema. A table's `data` column holds what the server wrote then: an
// older version's shape, or rows loaded by hand, may lack fields the schema now requires. A read must neither
// answer a bare 500 nor hand the page a shape it cannot draw: what can be read is shown, each part that
// cannot is named (code `stored-data-unreadable`, in Chinese), and a save writes the entry in today's shape.
import { z } from 'zod';
import { AppError } from '../../http/errors.ts';

/** A part of the stored data that could not be read as the schema says, and what is shown in its place. */
export interface UnreadablePart {
  /** Where in the data, e.g. `indicators[2].target` (`""`: the whole value). */
  path: string;
  /** What happened to it, in Chinese: shown from the approved form, left blank, or not shown. */
  message: string;
}

/** What a view says of its stored data when parts of it could not be read (absent when all could). */
export interface StoredDataNotice {
  code: 'stored-data-unreadable';
  message: string;
  parts: UnreadablePart[];
}

export interface StoredRead<T> {
  value: T;
  /** The parts that could not be read; empty when the stored value is one the schema takes. */
  parts: UnreadablePart[];
}

const MISSING_FROM_FALLBACK = '缺失或格式不符，按批复的项目表显示';
const BLANK = '缺失或格式不符，按空白显示';
const DROPPED = '无法读取，未显示';

/** `undefined` when the value cannot be salvaged at all. */
type Salvaged = { value: unknown } | undefined;

/**
 * Reads `raw` with `schema`: the value itself when the schema takes it, else, part by part, what can be read.
 * An object keeps each field the field's schema takes; a field it does not take is the same field of
 * `fallback` (the value as it would be written today, e.g. from the approved form), else a blank the schema
 * takes (`blanks`: a blank value by schema, e.g. an empty indicator value; then null; then absent). A list
 * keeps the items that can be read and leaves out the others. Each part replaced or left out is named.
 * Throws `stored-data-unreadable` (500, in Chinese) only when nothing of the required shape can be built.
 */
export function readStored<T>(
  schema: z.ZodType<T>,
  raw: unknown,
  options: { fallback?: unknown; blanks?: ReadonlyMap<z.ZodType, unknown> } = {},
): StoredRead<T> {
  const direct = schema.safeParse(raw);
  if (direct.success) return { value: direct.data, parts: [] };
  const parts: UnreadablePart[] = [];
  const blanks = options.blanks ?? new Map<z.ZodType, unknown>();
  const salvaged = salvage(schema, raw, options.fallback, '', parts, blanks);
  const checked = salvaged && schema.safeParse(salvaged.value);
  if (!checked?.success) throw storedDataError();
  return { value: checked.data, parts };
}

/** The notice a view carries for these parts (none when every part was read). */
export function storedDataNotice(parts: UnreadablePart[], what: string): StoredDataNotice | null {
  if (parts.length === 0) return null;
  return {
    code: 'stored-data-unreadable',
    message: `该${what}保存的数据有 ${parts.length} 处无法按当前格式读取，已按能读取的部分显示；保存后按当前格式写回`,
    parts,
  };
}

export function storedDataError(): AppError {
  return new AppError(
    'stored-data-unreadable',
    500,
    '该表保存的数据无法按当前格式读取，无法显示：请联系管理员',
  );
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function salvage(
  schema: z.ZodType,
  raw: unknown,
  fallback: unknown,
  path: string,
  parts: UnreadablePart[],
  blanks: ReadonlyMap<z.ZodType, unknown>,
  blankObject = true,
): Salvaged {
  const direct = schema.safeParse(raw);
  if (direct.success) return { value: raw };
  // A nullable or optional object read as its inner object (its null was not what was stored).
  const inner = unwrapped(schema);
  if (inner instanceof z.ZodObject && isRecord(raw)) {
    const out: Record<string, unknown> = {};
    const shape = inner.shape as Record<string, z.ZodType>;
    for (const [key, field] of Object.entries(shape)) {
      const at = path ? `${path}.${key}` : key;
      const got = salvage(field, raw[key], isRecord(fallback) ? fallback[key] : undefined, at, parts, blanks);
      if (!got) return replaced(schema, fallback, path, parts, blanks, blankObject);
      if (got.value !== undefined) out[key] = got.value;
    }
    return { value: out };
  }
  if (inner instanceof z.ZodArray && Array.isArray(raw)) {
    const element = inner.element as z.ZodType;
    const out: unknown[] = [];
    raw.forEach((item, i) => {
      const itemParts: UnreadablePart[] = [];
      const got = salvage(element, item, undefined, `${path}[${i}]`, itemParts, blanks);
      if (got) {
        out.push(got.value);
        parts.push(...itemParts);
      } else parts.push({ path: `${path}[${i}]`, message: DROPPED });
    });
    return { value: out };
  }
  return replaced(schema, fallback, path, parts, blanks, blankObject);
}

/** A part the schema does not take: the fallback's, else a blank, else nothing (the parent cannot be read). */
function replaced(
  schema: z.ZodType,
  fallback: unknown,
  path: string,
  parts: UnreadablePart[],
  blanks: ReadonlyMap<z.ZodType, unknown>,
  blankObject: boolean,
): Salvaged {
  if (fallback !== undefined && schema.safeParse(fallback).success) {
    parts.push({ path, message: MISSING_FROM_FALLBACK });
    return { value: fallback };
  }
  const inner = unwrapped(schema);
  const blank = blanks.get(inner) ?? blanks.get(schema) ?? (inner instanceof z.ZodArray ? [] : undefined);
  for (const candidate of blank === undefined ? [null, undefined] : [blank, null, undefined])
    if (schema.safeParse(candidate).success) {
      parts.push({ path, message: BLANK });
      return { value: candidate };
    }
  // An object stored as something else: its fields blank, if each field has a blank.
  if (blankObject && inner instanceof z.ZodObject) {
    const got = salvage(inner, {}, undefined, path, [], blanks, false);
    if (got && schema.safeParse(got.value).success) {
      parts.push({ path, message: BLANK });
      return got;
    }
  }
  return undefined;
}

/** The schema inside nullable and optional wrappers. */
function unwrapped(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodNullable || s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
  return s;
}
