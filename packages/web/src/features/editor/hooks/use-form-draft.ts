// The form being edited, kept in memory and mirrored to this browser's storage, so a failed save (or a
// closed tab) never loses what was typed. Cleared when the server has accepted the save.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Form } from '@jixiao/core';

const key = (id: string) => `jixiao.draft.${id}`;

interface StoredDraft {
  baseVersion: number | null;
  savedAt: string;
  form: Form;
}

export function readLocalDraft(id: string): StoredDraft | null {
  try {
    const raw = localStorage.getItem(key(id));
    return raw ? (JSON.parse(raw) as StoredDraft) : null;
  } catch {
    return null;
  }
}

export function useFormDraft(id: string, initial: Form | null, baseVersion: number | null) {
  const [form, setForm] = useState<Form | null>(initial);
  const [dirty, setDirty] = useState(false);
  const loadedFor = useRef<string | null>(null);
  /**
   * The draft as of the last change, ahead of React's render: a change handed on while the page goes
   * (a cell's pending text on unmount or pagehide) is still written to this browser's storage.
   */
  const latest = useRef({ form, dirty, id, baseVersion });
  /** The page is going: changes are written to storage at once, not after the pause. */
  const leaving = useRef(false);

  const writeLocal = useCallback(() => {
    const { form: f, dirty: d, id: i, baseVersion: v } = latest.current;
    if (!d || !f) return;
    try {
      localStorage.setItem(
        key(i),
        JSON.stringify({ baseVersion: v, savedAt: new Date().toISOString(), form: f } satisfies StoredDraft),
      );
    } catch {
      /* storage full or disabled: the draft stays in memory */
    }
  }, []);

  const take = useCallback(
    (next: Form | null, isDirty: boolean) => {
      latest.current = { ...latest.current, form: next, dirty: isDirty };
      setForm(next);
      setDirty(isDirty);
      if (leaving.current) writeLocal();
    },
    [writeLocal],
  );

  useLayoutEffect(() => {
    latest.current = { ...latest.current, id, baseVersion };
  }, [id, baseVersion]);

  // Take the server's copy when it (first) arrives for this id.
  useEffect(() => {
    if (initial && loadedFor.current !== `${id}@${baseVersion}`) {
      loadedFor.current = `${id}@${baseVersion}`;
      take(initial, false);
    }
  }, [id, initial, baseVersion, take]);

  useEffect(() => {
    if (!dirty || !form) return;
    const t = window.setTimeout(writeLocal, 400);
    return () => window.clearTimeout(t);
  }, [dirty, form, writeLocal]);

  // Leaving the page (unmount, pagehide) writes what the pause would have, and whatever follows it.
  useEffect(() => {
    leaving.current = false;
    const hide = () => {
      leaving.current = true;
      writeLocal();
    };
    const show = () => {
      leaving.current = false;
    };
    window.addEventListener('pagehide', hide);
    window.addEventListener('pageshow', show);
    return () => {
      window.removeEventListener('pagehide', hide);
      window.removeEventListener('pageshow', show);
      hide();
    };
  }, [writeLocal]);

  /** Applies a change once, at once, to the latest form (not the last rendered one). */
  const update = useCallback(
    (change: (f: Form) => Form) => {
      const f = latest.current.form;
      if (f) take(change(f), true);
    },
    [take],
  );

  const markSaved = useCallback(
    (saved: Form, savedId: string = id) => {
      localStorage.removeItem(key(id));
      if (savedId !== id) localStorage.removeItem(key(savedId));
      take(saved, false);
    },
    [id, take],
  );

  const restore = useCallback((draft: Form) => take(draft, true), [take]);

  const discardLocal = useCallback(() => localStorage.removeItem(key(id)), [id]);

  /** The form and whether it has unsaved changes, with every change so far, rendered or not. */
  const current = useCallback(() => ({ form: latest.current.form, dirty: latest.current.dirty }), []);

  return { form, dirty, update, current, markSaved, restore, discardLocal };
}
