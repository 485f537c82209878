// The cells the 监控表 and the 自评表 draw alike: the head of an indicator row (merged 一级/二级, 三级 with
// the row's refused-save messages, 年度指标值), and input cells that show plain text once read-only.
import { Input, Select } from 'antd';
import type { ReactNode } from 'react';
import { MergedLevelCells } from '../forms/components/MergedLevelCells.tsx';
import type { RowSpans } from '../forms/utils/row-spans.ts';

interface SheetIndicator {
  goal: string | null;
  level1: string | null;
  level2: string | null;
  name: string | null;
  target: { raw: string };
}

/** 一级 | 二级 (merged as on paper) | 三级 with the row's errors | 年度指标值. */
export function IndicatorHeadCells({
  indicator,
  span,
  errors,
}: {
  indicator: SheetIndicator;
  span: RowSpans;
  errors: string[] | undefined;
}) {
  return (
    <>
      <MergedLevelCells span={span} indicator={indicator} />
      <td>
        {indicator.name}
        {errors && <div className="row-error">{errors.join('；')}</div>}
      </td>
      <td>{indicator.target.raw}</td>
    </>
  );
}

/** A text the unit types (one line, or several with `multiline`); the stored text when read-only. */
export function TextCell({
  editable,
  value,
  shown,
  onChange,
  id,
  multiline = false,
}: {
  editable: boolean;
  value: string | null;
  shown: ReactNode;
  onChange: (value: string) => void;
  id?: string;
  multiline?: boolean;
}) {
  return (
    <td className="edit-cell">
      {!editable ? (
        shown
      ) : multiline ? (
        <Input.TextArea id={id} autoSize value={value ?? ''} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <Input id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value)} />
      )}
    </td>
  );
}

/** A choice from a dictionary (clearable); the chosen word when read-only. */
export function ChoiceCell<T extends string>({
  editable,
  value,
  choices,
  onChange,
}: {
  editable: boolean;
  value: T | null;
  choices: readonly T[];
  onChange: (value: T | null) => void;
}) {
  return (
    <td className="edit-cell">
      {editable ? (
        <Select
          allowClear
          style={{ width: '100%' }}
          value={value}
          options={choices.map((c) => ({ value: c, label: c }))}
          onChange={(v: T | undefined) => onChange(v ?? null)}
        />
      ) : (
        value
      )}
    </td>
  );
}
