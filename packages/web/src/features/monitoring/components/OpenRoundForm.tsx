// Finance: open a monitoring round — the year (the session's to start with) and the period, data up to month m (1—m月), the budget thresholds (红灯 below,
// 黄灯 below, in % of time progress) and the approved projects that take part.
import { useState } from 'react';
import { Alert, Button, Form, Input, InputNumber, Select, Space, Table } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { monitoringApi } from '../api/monitoring-api.ts';
import { useOpenRound } from '../hooks/use-open-round.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { formatWan } from '../../../ui/format.ts';

/** The years offered: the server accepts the last five and the next. */
function yearChoices(today: number): number[] {
  return Array.from({ length: 7 }, (_, k) => today + 1 - k);
}

export function OpenRoundForm({
  year: initialYear,
  onOpened,
}: {
  year: number;
  onOpened: (roundId: string) => void;
}) {
  const [year, setYear] = useState(initialYear);
  const [month, setMonth] = useState(7);
  const [red, setRed] = useState('60');
  const [yellow, setYellow] = useState('80');
  const [selected, setSelected] = useState<string[]>([]);
  const candidates = useQuery({
    queryKey: ['monitoring-candidates', year],
    queryFn: () => monitoringApi.candidates(year),
  });
  const open = useOpenRound();
  const submit = () =>
    open.mutate(
      { year, month, formIds: selected, thresholds: { budgetRed: red, budgetYellow: yellow } },
      { onSuccess: (r) => onOpened(r.round.id) },
    );
  return (
    <div id="open-round">
      <ErrorAlert error={candidates.error ?? open.error} />
      <Form layout="inline" style={{ marginBottom: 12 }}>
        <Form.Item label="年度" htmlFor="round-year">
          <Select
            id="round-year"
            style={{ width: 110 }}
            value={year}
            onChange={(y) => {
              setYear(y);
              setSelected([]); // the projects are the chosen year's
            }}
            options={yearChoices(new Date().getFullYear()).map((y) => ({ value: y, label: `${y}年` }))}
          />
        </Form.Item>
        <Form.Item label="监控期间">
          <Space>
            1—
            <InputNumber id="round-month" min={1} max={12} value={month} onChange={(v) => setMonth(v ?? 7)} />
            月
          </Space>
        </Form.Item>
        <Form.Item label="预算执行红灯低于">
          <Input
            id="round-red"
            style={{ width: 70 }}
            value={red}
            onChange={(e) => setRed(e.target.value)}
            suffix="%"
          />
        </Form.Item>
        <Form.Item label="黄灯低于">
          <Input
            id="round-yellow"
            style={{ width: 70 }}
            value={yellow}
            onChange={(e) => setYellow(e.target.value)}
            suffix="%"
          />
        </Form.Item>
      </Form>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title="预算执行进度 = 执行率 ÷ 时间进度（月份/12）× 100；低于阈值即预警。指标全年预计值达不到年度目标时亮黄灯，定性指标部分达成为黄灯、未达成为红灯。"
      />
      <Table
        rowKey="id"
        size="small"
        loading={candidates.isLoading}
        dataSource={candidates.data?.items ?? []}
        pagination={false}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) }}
        columns={[
          { title: '项目名称', dataIndex: 'name' },
          { title: '单位', dataIndex: 'orgName' },
          {
            title: '批复预算（万元）',
            render: (_, c) => formatWan(c.budgetCurrent ?? c.budgetTotal),
            align: 'right',
          },
        ]}
        locale={{ emptyText: '本年度没有已批复的项目' }}
      />
      <Button
        id="open-round-submit"
        type="primary"
        style={{ marginTop: 12 }}
        disabled={selected.length === 0}
        loading={open.isPending}
        onClick={submit}
      >
        开启{year}年1—{month}月监控（{selected.length} 个项目）
      </Button>
    </div>
  );
}
