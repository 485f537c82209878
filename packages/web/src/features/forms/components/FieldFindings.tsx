// Findings shown right under the field they are about.
import { Tooltip } from 'antd';
import type { Finding } from '@jixiao/core';
import { SEVERITY_LABELS, worstSeverity } from '../utils/finding-paths.ts';

export function FieldFindings({ findings }: { findings: readonly Finding[] | undefined }) {
  if (!findings || findings.length === 0) return null;
  return (
    <ul className="field-findings">
      {findings.map((f, i) => (
        <li key={i} className={`sev-${f.severity}`} title={f.rule}>
          {f.message}
        </li>
      ))}
    </ul>
  );
}

/** For narrow cells: one marker with the count; the messages in a tooltip. */
export function FindingBadge({ findings }: { findings: readonly Finding[] | undefined }) {
  const sev = worstSeverity(findings);
  if (!findings || !sev) return null;
  return (
    <Tooltip title={<FieldFindings findings={findings} />} color="#fff">
      <span
        className={`finding-badge sev-${sev}`}
        tabIndex={0}
        aria-label={findings.map((f) => f.message).join('；')}
      >
        {SEVERITY_LABELS[sev]} {findings.length}
      </span>
    </Tooltip>
  );
}
