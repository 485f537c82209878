// What a read-only form view can show beside each field: findings, comments, and a way to pick a field.
import type { ReactNode } from 'react';
import type { Finding } from '@jixiao/core';
import { fieldDomId, worstSeverity } from '../utils/finding-paths.ts';

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

/**
 * The anchor, state classes and picking of one annotated place (a table cell or a part of a disclosure):
 * its findings' worst severity, whether it changed since the last review, and a click or Enter to pick it.
 */
export function annotatedPlace(
  annotations: ViewAnnotations | undefined,
  pointer: string,
  label: string,
  className: string | undefined,
) {
  const findings = annotations?.findings?.get(pointer);
  const sev = worstSeverity(findings);
  const pick = annotations?.onPick;
  return {
    findings,
    props: {
      id: fieldDomId(pointer),
      className: [
        className,
        sev ? `has-${sev}` : '',
        pick ? 'pickable' : '',
        annotations?.changed?.has(pointer) ? 'changed-since-review' : '',
      ]
        .filter(Boolean)
        .join(' '),
      onClick: pick ? () => pick(pointer, label) : undefined,
      tabIndex: pick ? 0 : undefined,
      onKeyDown: pick ? (e: { key: string }) => e.key === 'Enter' && pick(pointer, label) : undefined,
      title: pick ? `点击对“${label}”写审核意见` : undefined,
    },
  };
}
