// Findings of a scoring (R-EVAL-06 deviation analysis missing, R-EVAL-08 target possibly too low, R-EVAL-09
// stated total differs) in plain Chinese.
import { List, Tag } from 'antd';
import type { Finding } from '@jixiao/core';
import { RuleHint } from '../../forms/components/FindingList.tsx';

const LOOK = { error: ['red', '错误'], warning: ['orange', '需说明'], info: ['blue', '提示'] } as const;

export function EvaluationFindings({ findings }: { findings: Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <List
      id="evaluation-findings"
      size="small"
      bordered
      header="审核提示"
      style={{ marginTop: 16 }}
      dataSource={findings}
      renderItem={(f) => (
        <List.Item className={`finding-item sev-${f.severity}`}>
          <Tag color={LOOK[f.severity][0]}>{LOOK[f.severity][1]}</Tag>
          {f.message}
          <RuleHint rule={f.rule} />
        </List.Item>
      )}
    />
  );
}
