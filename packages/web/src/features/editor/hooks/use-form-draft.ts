// The form being edited, kept in memory and mirrored to this browser's storage, so a failed save (or a
// closed tab) never loses what was typed. Cleared when the server has accepted the save.
import { useCallback, useEffect, useRef, useState } from 'react';
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

  // Take the server's copy when it (first) arrives for this id.
  useEffect(() => {
    if (initial && loadedFor.current !== `${id}@${baseVersion}`) {
      loadedFor.current = `${id}@${baseVersion}`;
      setForm(initial);
      setDirty(false);
    }
  }, [id, initial, baseVersion]);

  useEffect(() => {
    if (!dirty || !form) return;
    const t = window.setTimeout(() => {
      try {
        localStorage.setItem(
          key(id),
          JSON.stringify({ baseVersion, savedAt: new Date().toISOString(), form } satisfies StoredDraft),
        );
      } catch {
        /* storage full or disabled: the draft stays in memory */
      }
    }, 400);
    return () => window.clearTimeout(t);
  }, [dirty, form, id, baseVersion]);

  const update = useCallback((change: (f: Form) => Form) => {
    setForm((f) => (f ? change(f) : f));
    setDirty(true);
  }, []);

  const markSaved = useCallback(
    (saved: Form, savedId: string = id) => {
      localStorage.removeItem(key(id));
      if (savedId !== id) localStorage.removeItem(key(savedId));
      setForm(saved);
      setDirty(false);
    },
    [id],
  );

  const restore = useCallback((draft: Form) => {
    setForm(draft);
    setDirty(true);
  }, []);

  const discardLocal = useCallback(() => localStorage.removeItem(key(id)), [id]);

  return { form, dirty, update, markSaved, restore, discardLocal };
}
