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
  // Default: the previous version against the latest, once the list is known.
  useEffect(() => {
    if (latest !== null && to === null) {
      setTo(latest);
      setFrom(latest > 1 ? latest - 1 : latest);
    }
  }, [latest, to]);
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
            onChange={setFrom}
            options={options}
          />
          <Typography.Text type="secondary">→</Typography.Text>
          <Select
            size="small"
            aria-label="对比的新版本"
            style={{ width: 190 }}
            value={to}
            onChange={setTo}
            options={options}
          />
        </Space>
        {diff.isFetching && <Spin size="small" />}
        <ErrorAlert error={diff.error} />
        {from === to && <Typography.Text type="secondary">请选择两个不同的版本</Typography.Text>}
        {diff.data && from !== to && <ChangeList diff={diff.data} form={form} />}
      </Space>
    </Card>
  );
}
