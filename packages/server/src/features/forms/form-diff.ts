// The difference between two versions of a form: field by field (JSON pointers) and indicator by
// indicator (matched by their stable ids).
import type { Form, Indicator } from '@jixiao/core';
import { indicatorsOf } from './form-mapping.ts';

export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
}

export interface IndicatorChange {
  id: string;
  name: string | null;
  changes: FieldChange[];
}

export interface FormDiff {
  fields: FieldChange[];
  indicators: {
    added: Indicator[];
    removed: Indicator[];
    changed: IndicatorChange[];
    moved: { id: string; from: number; to: number }[];
  };
}

const esc = (k: string) => k.replace(/~/g, '~0').replace(/\//g, '~1');

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Leaf-level differences between two JSON values. */
export function diffValues(a: unknown, b: unknown, path = ''): FieldChange[] {
  // An absent member and null both mean "the document does not say" (MODEL.md): no difference.
  if (Object.is(a ?? null, b ?? null)) return [];
  if (isObject(a) && isObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((k) => diffValues(a[k], b[k], `${path}/${esc(k)}`));
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const n = Math.max(a.length, b.length);
    const out: FieldChange[] = [];
    for (let i = 0; i < n; i++) out.push(...diffValues(a[i], b[i], `${path}/${i}`));
    return out;
  }
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  return [{ path, before: a ?? null, after: b ?? null }];
}

export function diffForms(before: Form, after: Form): FormDiff {
  const { indicators: _a, ...restA } = before as Form & { indicators?: unknown };
  const { indicators: _b, ...restB } = after as Form & { indicators?: unknown };
  const fields = diffValues(restA, restB);
  const ia = indicatorsOf(before);
  const ib = indicatorsOf(after);
  const byIdA = new Map(ia.map((x, i) => [x.id ?? `#${i}`, { x, i }]));
  const byIdB = new Map(ib.map((x, i) => [x.id ?? `#${i}`, { x, i }]));
  const added = ib.filter((x, i) => !byIdA.has(x.id ?? `#${i}`));
  const removed = ia.filter((x, i) => !byIdB.has(x.id ?? `#${i}`));
  const changed: IndicatorChange[] = [];
  const moved: FormDiff['indicators']['moved'] = [];
  for (const [id, { x, i }] of byIdA) {
    const other = byIdB.get(id);
    if (!other) continue;
    const changes = diffValues(x, other.x);
    if (changes.length > 0) changed.push({ id, name: other.x.name, changes });
    if (other.i !== i) moved.push({ id, from: i, to: other.i });
  }
  return { fields, indicators: { added, removed, changed, moved } };
}
