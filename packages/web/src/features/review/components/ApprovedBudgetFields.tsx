// 批复金额: the approved budget (万元), prefilled with what was asked; finance may approve less. When the
// total changes, the 资金来源 are approved too, so that the 批复表 adds up (the server checks it again).
import { useEffect, useState } from 'react';
import { Card, Form as AntForm, Input, Typography } from 'antd';
import { Decimal } from '@jixiao/core';
import type { TransitionBody } from '@jixiao/core/contracts';
import { formatWan, parseWanInput } from '../../../ui/format.ts';

type ApprovedBudgetBody = NonNullable<TransitionBody['approvedBudget']>;
type Source = NonNullable<ApprovedBudgetBody['sources']>[number];

export interface ApprovedBudget {
  value: ApprovedBudgetBody;
  /** Why it cannot be sent yet (a bad amount, more than asked for the year), or null. */
  problem: string | null;
}

function read(text: string, label: string): { value?: string; problem: string | null } {
  const r = parseWanInput(text);
  if (!r.ok) return { problem: `${label}：${r.message}` };
  return r.value === null ? { problem: null } : { value: r.value, problem: null };
}

/** A 合计 line of the sources as written: it follows the total, it is not a source of its own. */
const isTotalLine = (s: Source) => /^(合计|小计|总计)/.test(s.name.replace(/\s/g, ''));

export function ApprovedBudgetFields({
  asked,
  onChange,
}: {
  asked: { total: string | null; current: string | null; sources?: Source[] };
  onChange: (b: ApprovedBudget) => void;
}) {
  const [total, setTotal] = useState(asked.total ?? '');
  const [current, setCurrent] = useState(asked.current ?? '');
  const askedSources = asked.sources ?? [];
  const [amounts, setAmounts] = useState<string[]>(askedSources.map((s) => s.amount ?? ''));
  const t = read(total, '批复总额');
  const c = read(current, '批复当年金额');
  const over =
    t.value !== undefined && c.value !== undefined && Number(c.value) > Number(t.value)
      ? '批复当年金额不能大于批复总额'
      : null;
  const changed = t.value !== undefined && asked.total !== null && !new Decimal(t.value).eq(asked.total);
  const editable = askedSources
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => !isTotalLine(s) && s.amount !== null);
  const sourceReads = editable.map(({ s, i }) => ({ i, ...read(amounts[i] ?? '', s.name) }));
  const sourceProblem = changed ? (sourceReads.find((r) => r.problem)?.problem ?? null) : null;
  const sum = sourceReads.reduce((a, r) => a.plus(r.value ?? '0'), new Decimal(0));
  const mismatch =
    changed && editable.length > 0 && !sourceProblem && !sum.eq(t.value!)
      ? `资金来源合计 ${sum.toFixed(2)} 万元，与批复总额 ${formatWan(t.value)} 万元不一致：请调整各项来源`
      : null;
  const sources: Source[] | undefined =
    changed && editable.length > 0
      ? askedSources.map((s, i) => ({
          name: s.name,
          amount: isTotalLine(s)
            ? t.value!
            : s.amount === null
              ? null
              : (read(amounts[i] ?? '', s.name).value ?? null),
        }))
      : undefined;
  const problem = t.problem ?? c.problem ?? over ?? sourceProblem ?? mismatch;
  const sourcesKey = JSON.stringify(sources ?? null);
  useEffect(() => {
    onChange({
      value: {
        ...(t.value ? { total: t.value } : {}),
        ...(c.value ? { current: c.value } : {}),
        ...(sources ? { sources } : {}),
      },
      problem,
    });
    // onChange is a state setter of the parent; the values are what matter.
  }, [t.value, c.value, sourcesKey, problem]);
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
      {changed && (
        <Typography.Text type="warning">批复总额与申报额不同，批复表将以批复金额为准。</Typography.Text>
      )}
      {changed && editable.length > 0 && (
        <AntForm
          layout="vertical"
          size="small"
          component="div"
          id="approved-sources"
          style={{ marginTop: 8 }}
        >
          {editable.map(({ s, i }) => (
            <AntForm.Item
              key={i}
              label={`批复资金来源：${s.name}`}
              htmlFor={`approved-source-${i}`}
              help={`申报 ${formatWan(s.amount) || '—'} 万元`}
              style={{ marginBottom: 4 }}
            >
              <Input
                id={`approved-source-${i}`}
                value={amounts[i] ?? ''}
                onChange={(e) => setAmounts((a) => a.map((x, k) => (k === i ? e.target.value : x)))}
                suffix="万元"
              />
            </AntForm.Item>
          ))}
          {mismatch && (
            <Typography.Text type="danger" id="approved-sources-mismatch">
              {mismatch}
            </Typography.Text>
          )}
        </AntForm>
      )}
    </Card>
  );
}
