// 版本对比: pick any two saved versions of a form and list what changed between them.
import { useEffect, useState } from 'react';
import { Card, Select, Space, Spin, Typography } from 'antd';
import type { Form } from '@jixiao/core';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { formatDateTime } from '../../../ui/format.ts';
import { useFormDiff, useFormVersions } from '../hooks/use-form-diff.ts';
import { ChangeList } from './ChangeList.tsx';

export function VersionDiffCard({ formId, form }: { formId: string; form: Form }) {
  const versions = useFormVersions(formId);
  const items = versions.data?.items ?? [];
  const latest = items.at(-1)?.version ?? null;
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  // Until the user picks versions: the previous one against the latest, following new saves.
  const [chosen, setChosen] = useState(false);
  useEffect(() => {
    if (latest !== null && !chosen) {
      setTo(latest);
      setFrom(latest > 1 ? latest - 1 : latest);
    }
  }, [latest, chosen]);
  const diff = useFormDiff(formId, from, to);
  if (items.length < 2) return null;
  const options = items.map((v) => ({
    value: v.version,
    label: `第 ${v.version} 版 · ${formatDateTime(v.createdAt)}`,
  }));
  return (
    <Card size="small" title="版本对比" id="version-diff">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space wrap size={4}>
          <Select
            size="small"
            aria-label="对比的旧版本"
            style={{ width: 190 }}
            value={from}
            onChange={(v) => (setChosen(true), setFrom(v))}
            options={options}
          />
          <Typography.Text type="secondary">→</Typography.Text>
          <Select
            size="small"
            aria-label="对比的新版本"
            style={{ width: 190 }}
            value={to}
            onChange={(v) => (setChosen(true), setTo(v))}
            options={options}
          />
        </Space>
        {diff.isFetching && <Spin size="small" />}
        <ErrorAlert error={diff.error} />
        {from === to && <Typography.Text type="secondary">请选择两个不同的版本</Typography.Text>}
        {diff.data && from !== to && (
          <div className="change-scroll">
            <ChangeList diff={diff.data} form={form} />
          </div>
        )}
      </Space>
    </Card>
  );
}
