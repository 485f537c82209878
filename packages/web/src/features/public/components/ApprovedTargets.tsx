// The approved targets (批复) as a list readable on a phone: 一级 › 二级 headings, each indicator and its value.
import { List, Tag, Typography } from 'antd';
import type { Indicator } from '@jixiao/core';

interface Target {
  term?: string | null;
  level1?: string | null;
  level2?: string | null;
  name: string | null;
  target: Indicator['target'];
}

export function ApprovedTargets({ targets }: { targets: Target[] }) {
  const annual = targets.filter((t) => t.term !== 'long');
  const shown = (annual.length ? annual : targets).filter((t) => t.name || t.target.raw);
  if (shown.length === 0) return <Typography.Text type="secondary">无绩效指标</Typography.Text>;
  return (
    <List
      size="small"
      className="approved-targets"
      dataSource={shown}
      renderItem={(t, i) => {
        const prev = shown[i - 1];
        const heading = !prev || prev.level1 !== t.level1 || prev.level2 !== t.level2;
        return (
          <>
            {heading && (t.level1 || t.level2) && (
              <div className="target-heading">{[t.level1, t.level2].filter(Boolean).join(' › ')}</div>
            )}
            <List.Item>
              <div className="target-row">
                <span className="target-name">{t.name}</span>
                <Tag color={t.target.kind === 'quantitative' ? 'blue' : 'default'} className="target-value">
                  {t.target.raw || '—'}
                </Tag>
              </div>
            </List.Item>
          </>
        );
      }}
    />
  );
}
