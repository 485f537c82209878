// 预算年度: the fiscal years forms can be declared for; the administrator opens the next one.
import { useState } from 'react';
import { App, Button, Card, InputNumber, Space, Tag } from 'antd';
import { errorText } from '../../../ui/ErrorAlert.tsx';
import { useCreateYear, type FiscalYear } from '../api/admin-api.ts';

export function YearsCard({ years, loading }: { years: FiscalYear[]; loading: boolean }) {
  const { message } = App.useApp();
  const create = useCreateYear();
  const next = years.length ? Math.max(...years.map((y) => y.year)) + 1 : new Date().getFullYear() + 1;
  const [year, setYear] = useState<number | null>(null);
  const value = year ?? next;
  return (
    <Card size="small" title="预算年度" loading={loading}>
      <Space wrap style={{ marginBottom: 12 }}>
        {years.map((y) => (
          <Tag key={y.year} color={y.status === 'open' ? 'blue' : undefined}>
            {y.year}年度{y.status === 'open' ? '' : '（已关闭）'}
          </Tag>
        ))}
        {years.length === 0 && <span>尚无预算年度</span>}
      </Space>
      <Space.Compact>
        <InputNumber
          aria-label="新增的预算年度"
          min={2000}
          max={2100}
          value={value}
          onChange={(v) => setYear(v)}
        />
        <Button
          loading={create.isPending}
          onClick={() =>
            create.mutateAsync(value).then(
              () => (message.success(`已新增 ${value} 年度`), setYear(null)),
              (e: unknown) => message.error(errorText(e)),
            )
          }
        >
          新增年度
        </Button>
      </Space.Compact>
    </Card>
  );
}
