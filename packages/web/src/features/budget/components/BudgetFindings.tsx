// The checks' findings on the budget (computed in the browser with the same core rules as the server).
import type { Finding } from '@jixiao/core';
import { Alert, List, Tag } from 'antd';
import { RuleHint } from '../../forms/components/FindingList.tsx';

const SEVERITY: Record<Finding['severity'], [string, string]> = {
  error: ['red', '错误'],
  warning: ['orange', '警告'],
  info: ['blue', '提示'],
};

export function BudgetFindings({ findings }: { findings: Finding[] }) {
  if (findings.length === 0)
    return <Alert type="success" showIcon message="审核通过：预算数据收支平衡，科目编码与名称一致" />;
  return (
    <List
      size="small"
      bordered
      header={`审核发现 ${findings.length} 项`}
      dataSource={findings}
      renderItem={(f) => (
        <List.Item>
          <span>
            <Tag color={SEVERITY[f.severity][0]}>{SEVERITY[f.severity][1]}</Tag>
            {f.message}
            <RuleHint rule={f.rule} />
          </span>
        </List.Item>
      )}
    />
  );
}
