// 批复金额: the approved budget (万元), prefilled with what was asked; finance may approve less.
import { useEffect, useState } from 'react';
import { Card, Form as AntForm, Input, Typography } from 'antd';
import { formatWan, parseWanInput } from '../../../ui/format.ts';

export interface ApprovedBudget {
  value: { total?: string; current?: string };
  /** Why it cannot be sent yet (a bad amount, more than asked for the year), or null. */
  problem: string | null;
}

function read(text: string, label: string): { value?: string; problem: string | null } {
  const r = parseWanInput(text);
  if (!r.ok) return { problem: `${label}：${r.message}` };
  return r.value === null ? { problem: null } : { value: r.value, problem: null };
}

export function ApprovedBudgetFields({
  asked,
  onChange,
}: {
  asked: { total: string | null; current: string | null };
  onChange: (b: ApprovedBudget) => void;
}) {
  const [total, setTotal] = useState(asked.total ?? '');
  const [current, setCurrent] = useState(asked.current ?? '');
  const t = read(total, '批复总额');
  const c = read(current, '批复当年金额');
  const over =
    t.value !== undefined && c.value !== undefined && Number(c.value) > Number(t.value)
      ? '批复当年金额不能大于批复总额'
      : null;
  const problem = t.problem ?? c.problem ?? over;
  useEffect(() => {
    onChange({
      value: { ...(t.value ? { total: t.value } : {}), ...(c.value ? { current: c.value } : {}) },
      problem,
    });
    // onChange is a state setter of the parent; the values are what matter.
  }, [t.value, c.value, problem]);
  return (
    <Card size="small" title="批复金额（万元）" id="approved-budget">
      <AntForm layout="vertical" size="small" component="div">
        <AntForm.Item
          label="批复资金总额"
          htmlFor="approved-total"
          validateStatus={t.problem ? 'error' : undefined}
          help={t.problem ?? `申报 ${formatWan(asked.total) || '—'} 万元`}
        >
          <Input id="approved-total" value={total} onChange={(e) => setTotal(e.target.value)} suffix="万元" />
        </AntForm.Item>
        <AntForm.Item
          label="其中：当年资金"
          htmlFor="approved-current"
          validateStatus={c.problem || over ? 'error' : undefined}
          help={c.problem ?? over ?? `申报 ${formatWan(asked.current) || '—'} 万元`}
          style={{ marginBottom: 0 }}
        >
          <Input
            id="approved-current"
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
            suffix="万元"
          />
        </AntForm.Item>
      </AntForm>
      {t.value && asked.total && t.value !== asked.total && (
        <Typography.Text type="warning">批复总额与申报额不同，批复表将以批复金额为准。</Typography.Text>
      )}
    </Card>
  );
}
