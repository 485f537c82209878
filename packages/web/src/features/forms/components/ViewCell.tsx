// One value cell of a read-only official table, with its anchor id, findings and comments.
import type { ReactNode } from 'react';
import { annotatedPlace, type ViewAnnotations } from './annotations.ts';
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
  const { findings, props } = annotatedPlace(annotations, pointer, label, className);
  return (
    <td colSpan={colSpan} rowSpan={rowSpan} {...props}>
      <div className="cell-text">{children}</div>
      {compact ? <FindingBadge findings={findings} /> : <FieldFindings findings={findings} />}
      {annotations?.extra?.(pointer)}
    </td>
  );
}
