// An import is recognised once: the preview keeps the forms it recognised beside the uploaded file, with
// a key naming what the reading depended on besides the bytes (the cells the user pointed at and the
// organisation's taught labels). The save takes the kept forms when the key still matches — what is saved
// is what was shown — and reads the file again only when something changed since (a label taught in
// between) or nothing was kept (a file uploaded before readings were kept).
import { createHash } from 'node:crypto';
import type { Form } from '@jixiao/core';
import type { LabelMapping } from '@jixiao/documents';
import type { Pick } from '../layout-labels/picks.ts';

export interface Recognised {
  key: string;
  forms: Form[];
}

/** The key of a reading: the picks and taught labels it was made with (the bytes are the file's own). */
export function readingKey(picks: readonly Pick[], taught: readonly LabelMapping[]): string {
  return createHash('sha256').update(JSON.stringify({ picks, taught })).digest('hex');
}

/** The kept forms when they were read under `key`, else null (read again). */
export function keptForms(stored: unknown, key: string): Form[] | null {
  if (!stored || typeof stored !== 'object') return null;
  const kept = stored as Partial<Recognised>;
  return kept.key === key && Array.isArray(kept.forms) ? kept.forms : null;
}
