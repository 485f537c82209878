// What changed between two versions of a form, as the server's diff reports it (/api/forms/:id/diff),
// turned into the pointers of the fields a view shows (to highlight them) and readable lines (to list).
import type { Form } from '@jixiao/core';
import { nearestShownPointer } from './finding-paths.ts';
import { pointerOf } from './json-pointer.ts';
import { changeLabel, indicatorFieldLabel, readableValue, valueAt } from './change-text.ts';

import type { FieldChange, FormDiff } from '@jixiao/core/contracts';

export type { FieldChange, FormDiff };

export interface ChangeLine {
  /** Where to jump (a shown pointer), or null for a row that is gone. */
  pointer: string | null;
  label: string;
  before: string;
  after: string;
}

/** A value as a reviewer reads it: 指标值 by their text, amounts in 万元, empty as “（空）”, never JSON. */
export function shownValue(v: unknown): string {
  return readableValue(v);
}

/** Only the text of a 指标值 matters to a reader; its parsed parts change with it. */
function readable(changes: FieldChange[]): FieldChange[] {
  const out = new Map<string, FieldChange>();
  for (const c of changes) {
    const m = /^(\/target)(\/|$)/.exec(c.path);
    if (m) {
      if (c.path === '/target/raw') out.set('/target', { ...c, path: '/target' });
      continue;
    }
    out.set(c.path, c);
  }
  return [...out.values()];
}

/** Indicator index in `form` by stable id. */
function indexById(form: Form): Map<string, number> {
  const inds = form.kind === 'disclosure' ? [] : form.indicators;
  return new Map(inds.flatMap((x, i) => (x.id ? [[x.id, i] as const] : [])));
}

/** The shown pointers to highlight in `form` (the later version of the diff). */
export function changedPointers(diff: FormDiff, form: Form, shown: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  const add = (p: string) => {
    const at = nearestShownPointer(p, shown);
    if (at !== null && at !== '') out.add(at);
  };
  for (const f of diff.fields) add(f.path);
  const at = indexById(form);
  for (const c of diff.indicators.changed) {
    const i = at.get(c.id);
    if (i === undefined) continue;
    for (const ch of c.changes) {
      // The read-only table anchors the 三级指标 name on the row pointer.
      if (ch.path === '/name') out.add(pointerOf('indicators', i));
      add(pointerOf('indicators', i) + ch.path);
    }
  }
  for (const x of diff.indicators.added) {
    const i = x.id ? at.get(x.id) : undefined;
    if (i === undefined) continue;
    for (const f of ['', '/name', '/target', '/basis']) add(pointerOf('indicators', i) + f);
  }
  return out;
}

/** One line per change, for the list beside the form. */
export function changeLines(diff: FormDiff, form: Form): ChangeLine[] {
  const at = indexById(form);
  const lines: ChangeLine[] = diff.fields.map((f) => ({
    pointer: f.path,
    label: changeLabel(f.path, form),
    before: valueAt(f.path, f.before),
    after: valueAt(f.path, f.after),
  }));
  for (const c of diff.indicators.changed) {
    const i = at.get(c.id);
    for (const ch of readable(c.changes)) {
      lines.push({
        pointer: i === undefined ? null : pointerOf('indicators', i) + ch.path,
        label: `指标「${c.name ?? ''}」${indicatorFieldLabel(ch.path)}`,
        before: shownValue(ch.before),
        after: shownValue(ch.after),
      });
    }
  }
  for (const x of diff.indicators.added) {
    const i = x.id ? at.get(x.id) : undefined;
    lines.push({
      pointer: i === undefined ? null : pointerOf('indicators', i),
      label: `新增指标「${x.name ?? ''}」`,
      before: '',
      after: shownValue(x.target),
    });
  }
  for (const x of diff.indicators.removed)
    lines.push({
      pointer: null,
      label: `删除指标「${x.name ?? ''}」`,
      before: shownValue(x.target),
      after: '',
    });
  return lines;
}

/** The version the last return (主管部门 or 财政) was made on, or null when the form was never returned. */
export function lastReturnedVersion(history: readonly { action: string; version: number }[]): number | null {
  let v: number | null = null;
  for (const t of history) if (t.action === 'review-return' || t.action === 'finance-return') v = t.version;
  return v;
}
