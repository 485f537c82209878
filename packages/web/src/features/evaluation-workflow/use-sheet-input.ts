// The editable state shared by the 监控表 and the 自评表: the input built from the stored view (and rebuilt
// when a save or import returns a new one), and the messages of a refused save by the row they concern.
import { useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../../api/http.ts';

/** Errors of a refused save (422 `errors` with JSON pointers) by the row index they belong to. */
export function errorsByRow(
  errors: ReadonlyArray<{ path?: string; message: string }>,
): Map<number | 'budget', string[]> {
  const out = new Map<number | 'budget', string[]>();
  for (const e of errors) {
    const m = /^\/indicators\/(\d+)/.exec(e.path ?? '');
    const key = m ? Number(m[1]) : 'budget';
    out.set(key, [...(out.get(key) ?? []), e.message]);
  }
  return out;
}

/**
 * The input of a sheet from its stored `view`, rebuilt whenever the view changes (the builder may be an
 * inline function: only the view decides), and the messages of the refused save `error` by row.
 */
export function useSheetInput<V, I>(view: V, inputOf: (view: V) => I, error: unknown) {
  const [input, setInput] = useState<I>(() => inputOf(view));
  const builder = useRef(inputOf);
  builder.current = inputOf;
  useEffect(() => setInput(builder.current(view)), [view]);
  const rowErrors = useMemo(
    () =>
      errorsByRow(
        error instanceof ApiError && Array.isArray(error.body.errors)
          ? (error.body.errors as { path?: string; message: string }[])
          : [],
      ),
    [error],
  );
  return { input, setInput, rowErrors };
}
