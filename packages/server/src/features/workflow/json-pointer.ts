// JSON pointers (RFC 6901) into a form: resolve one, or find the indicator it points into.

export function parsePointer(pointer: string): string[] | null {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return null;
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** True when the pointer names a member that exists in `doc` (its value may be null). */
export function pointerExists(doc: unknown, pointer: string): boolean {
  const parts = parsePointer(pointer);
  if (!parts) return false;
  let cur: unknown = doc;
  for (const p of parts) {
    if (Array.isArray(cur)) {
      if (!/^(0|[1-9]\d*)$/.test(p) || Number(p) >= cur.length) return false;
      cur = cur[Number(p)];
    } else if (typeof cur === 'object' && cur !== null) {
      if (!Object.prototype.hasOwnProperty.call(cur, p)) return false;
      cur = (cur as Record<string, unknown>)[p];
    } else return false;
  }
  return true;
}

/** The index of the indicator a pointer points into (`/indicators/3/target` → 3), if any. */
export function indicatorIndex(pointer: string): number | null {
  const m = /^\/indicators\/(0|[1-9]\d*)(\/|$)/.exec(pointer);
  return m ? Number(m[1]) : null;
}
