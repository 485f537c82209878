// What a read-only form view can show beside each field: findings, comments, and a way to pick a field.
import type { ReactNode } from 'react';
import type { Finding } from '@jixiao/core';

export interface ViewAnnotations {
  /** Findings placed by shown pointer (see placeFindings). */
  findings?: Map<string, Finding[]>;
  /** Extra content (e.g. review comments) for a shown pointer. */
  extra?: (pointer: string) => ReactNode;
  /** Called when a field is picked (e.g. to write a comment anchored to it). */
  onPick?: (pointer: string, label: string) => void;
  /** Pointers changed since the version last reviewed (highlighted). */
  changed?: ReadonlySet<string>;
}
