// One value cell of a read-only official table, with its anchor id, findings and comments.
import type { ReactNode } from 'react';
import { fieldDomId, worstSeverity } from '../utils/finding-paths.ts';
import type { ViewAnnotations } from './annotations.ts';
import { FieldFindings, FindingBadge } from './FieldFindings.tsx';

export function ViewCell({
  pointer,
  label,
  children,
  colSpan,
  rowSpan,
  annotations,
  className,
  compact,
}: {
  pointer: string;
  label: string;
  children: ReactNode;
  colSpan?: number;
  rowSpan?: number;
  annotations?: ViewAnnotations | undefined;
  className?: string;
  /** A narrow cell: findings as a marker with a tooltip. */
  compact?: boolean;
}) {
  const findings = annotations?.findings?.get(pointer);
  const sev = worstSeverity(findings);
  const pick = annotations?.onPick;
  return (
    <td
      id={fieldDomId(pointer)}
      colSpan={colSpan}
      rowSpan={rowSpan}
      className={[
        className,
        sev ? `has-${sev}` : '',
        pick ? 'pickable' : '',
        annotations?.changed?.has(pointer) ? 'changed-since-review' : '',
      ]
        .filter(Boolean)
        .join(' ')}
      onClick={pick ? () => pick(pointer, label) : undefined}
      tabIndex={pick ? 0 : undefined}
      onKeyDown={pick ? (e) => e.key === 'Enter' && pick(pointer, label) : undefined}
      title={pick ? `点击对“${label}”写审核意见` : undefined}
    >
      <div className="cell-text">{children}</div>
      {compact ? <FindingBadge findings={findings} /> : <FieldFindings findings={findings} />}
      {annotations?.extra?.(pointer)}
    </td>
  );
}
