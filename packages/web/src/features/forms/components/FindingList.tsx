// The findings of the checks as a list: severity and the message first (what to change); the rule id only
// on hover, for those who look rules up. Many findings of one kind are one line with their count, opened
// on request. A click jumps to the field. The list is rebuilt by every check run (on each value the form
// takes): lines are keyed by what they say, not by position, and a line that says the same is not rendered
// again.
import { memo } from 'react';
import { Empty, List, Tag } from 'antd';
import type { Finding } from '@jixiao/core';
import { SEVERITY_LABELS } from '../utils/finding-paths.ts';
import {
  entryKeys,
  findingKey,
  groupFindings,
  stableKeys,
  type FindingEntry,
} from '../utils/group-findings.ts';
import { sameFindings } from '../utils/same-findings.ts';

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

interface FindingLineProps {
  finding: Finding;
  onJump?: ((path: string) => void) | undefined;
}

const FindingLine = memo(
  function FindingLine({ finding: f, onJump }: FindingLineProps) {
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
  },
  (a, b) => a.onJump === b.onJump && sameFindings([a.finding], [b.finding]),
);

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
  const entries = groupFindings(findings);
  const keys = new Map(entryKeys(entries).map((k, i) => [entries[i]!, k]));
  return (
    <List<FindingEntry>
      size="small"
      className="finding-list"
      dataSource={entries}
      rowKey={(e) => keys.get(e)!}
      renderItem={(e) =>
        e.kind === 'one' ? (
          <List.Item>
            <FindingLine finding={e.finding} onJump={onJump} />
          </List.Item>
        ) : (
          <List.Item>
            <details className={`finding-group sev-${e.severity}`}>
              <summary>
                <SeverityTag severity={e.severity} />
                <span className="finding-message">{e.title}</span>
                <span className="finding-group-open">（展开）</span>
              </summary>
              {stableKeys(e.findings.map(findingKey)).map((key, j) => (
                <FindingLine key={key} finding={e.findings[j]!} onJump={onJump} />
              ))}
            </details>
          </List.Item>
        )
      }
    />
  );
}
