// The findings of the checks as a list: severity and the message first (what to change); the rule id only
// on hover, for those who look rules up. Many findings of one kind are one line with their count, opened
// on request. A click jumps to the field.
import { Empty, List, Tag } from 'antd';
import type { Finding } from '@jixiao/core';
import { SEVERITY_LABELS } from '../utils/finding-paths.ts';
import { groupFindings, type FindingEntry } from '../utils/group-findings.ts';

const COLORS = { error: 'red', warning: 'orange', info: 'blue' } as const;

export function SeverityTag({ severity }: { severity: Finding['severity'] }) {
  return <Tag color={COLORS[severity]}>{SEVERITY_LABELS[severity]}</Tag>;
}

/** The rule id behind a finding, shown on hover (and read by screen readers), not in the text. */
export function RuleHint({ rule }: { rule: string }) {
  return (
    <span className="finding-rule" title={`规则编号：${rule}`} aria-label={`规则编号 ${rule}`}>
      ⓘ
    </span>
  );
}

function FindingLine({
  finding: f,
  onJump,
}: {
  finding: Finding;
  onJump?: ((path: string) => void) | undefined;
}) {
  return (
    <div
      className={`finding-item sev-${f.severity}${onJump ? ' clickable' : ''}`}
      onClick={onJump ? () => onJump(f.path) : undefined}
      tabIndex={onJump ? 0 : undefined}
      onKeyDown={onJump ? (e) => e.key === 'Enter' && onJump(f.path) : undefined}
    >
      <SeverityTag severity={f.severity} />
      <span className="finding-message">{f.message}</span>
      <RuleHint rule={f.rule} />
    </div>
  );
}

export function FindingList({
  findings,
  onJump,
  emptyText,
}: {
  findings: readonly Finding[];
  onJump?: (path: string) => void;
  emptyText?: string;
}) {
  if (findings.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText ?? '未发现问题'} />;
  return (
    <List<FindingEntry>
      size="small"
      className="finding-list"
      dataSource={groupFindings(findings)}
      renderItem={(e, i) =>
        e.kind === 'one' ? (
          <List.Item key={`${e.finding.rule}-${e.finding.path}-${i}`}>
            <FindingLine finding={e.finding} onJump={onJump} />
          </List.Item>
        ) : (
          <List.Item key={e.key}>
            <details className={`finding-group sev-${e.severity}`}>
              <summary>
                <SeverityTag severity={e.severity} />
                <span className="finding-message">{e.title}</span>
                <span className="finding-group-open">（展开）</span>
              </summary>
              {e.findings.map((f, j) => (
                <FindingLine key={`${f.path}-${j}`} finding={f} onJump={onJump} />
              ))}
            </details>
          </List.Item>
        )
      }
    />
  );
}
