// Reading and immutably writing a form by JSON pointer (the same pointers the findings use).

function tokens(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .split('/')
    .slice(1)
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function getAt(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const t of tokens(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[t];
  }
  return node;
}

/** A copy of `root` with the value at `pointer` replaced; objects and arrays on the way are copied. */
export function setAt<T>(root: T, pointer: string, value: unknown): T {
  const path = tokens(pointer);
  if (path.length === 0) return value as T;
  const write = (node: unknown, i: number): unknown => {
    const key = path[i]!;
    const container: Record<string, unknown> | unknown[] = Array.isArray(node)
      ? [...node]
      : { ...(node as Record<string, unknown> | null) };
    const current = (container as Record<string, unknown>)[key];
    (container as Record<string, unknown>)[key] = i === path.length - 1 ? value : write(current ?? {}, i + 1);
    return container;
  };
  return write(root, 0) as T;
}

export function pointerOf(...parts: (string | number)[]): string {
  return parts.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
