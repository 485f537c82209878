// One editable cell of the official table: text, long text, 万元 amount or year, bound to a JSON pointer,
// with the findings about it right underneath.
import { memo, useEffect, useState } from 'react';
import { Input } from 'antd';
import type { Finding } from '@jixiao/core';
import { formatWan, parseWanInput } from '../../../ui/format.ts';
import { FieldFindings } from '../../forms/components/FieldFindings.tsx';
import { fieldDomId, worstSeverity } from '../../forms/utils/finding-paths.ts';
import { sameFindings } from '../../forms/utils/same-findings.ts';

export type FieldKind = 'text' | 'textarea' | 'money' | 'year';

export interface EditableFieldProps {
  pointer: string;
  label: string;
  value: string | number | null;
  kind?: FieldKind;
  findings?: Finding[] | undefined;
  onChange: (pointer: string, value: string | number | null) => void;
  colSpan?: number;
  placeholder?: string;
}

function display(kind: FieldKind, value: string | number | null): string {
  if (value === null) return '';
  if (kind === 'money') return formatWan(String(value), { grouping: false });
  return String(value);
}

function EditableFieldView({
  pointer,
  label,
  value,
  kind = 'text',
  findings,
  onChange,
  colSpan,
  placeholder,
}: EditableFieldProps) {
  const [text, setText] = useState(() => display(kind, value));
  const [focused, setFocused] = useState(false);
  const [localError, setLocalError] = useState<string | null>(null);
  useEffect(() => {
    if (!focused) setText(display(kind, value));
  }, [value, kind, focused]);

  const change = (next: string) => {
    setText(next);
    if (kind === 'money') {
      const parsed = parseWanInput(next);
      setLocalError(parsed.ok ? null : parsed.message);
      if (parsed.ok) onChange(pointer, parsed.value);
    } else if (kind === 'year') {
      const t = next.trim();
      const ok = t === '' || /^\d{4}$/.test(t);
      setLocalError(ok ? null : '年度请填写四位数字，例如 2025');
      if (ok) onChange(pointer, t === '' ? null : Number(t));
    } else onChange(pointer, next.trim() === '' ? null : next);
  };
  const sev = localError ? 'error' : worstSeverity(findings);
  const common = {
    id: fieldDomId(pointer),
    value: text,
    'aria-label': label,
    placeholder,
    status: sev === 'error' ? ('error' as const) : sev === 'warning' ? ('warning' as const) : undefined,
    onFocus: () => setFocused(true),
    onBlur: () => {
      setFocused(false);
      if (!localError) setText(display(kind, value));
    },
  };
  return (
    <td colSpan={colSpan} className={kind === 'money' ? 'edit-cell money' : 'edit-cell'}>
      {kind === 'textarea' ? (
        <Input.TextArea
          {...common}
          autoSize={{ minRows: 2, maxRows: 12 }}
          onChange={(e) => change(e.target.value)}
        />
      ) : (
        <Input
          {...common}
          suffix={kind === 'money' ? '万元' : undefined}
          onChange={(e) => change(e.target.value)}
          inputMode={kind === 'money' || kind === 'year' ? 'decimal' : undefined}
        />
      )}
      {localError && <div className="field-local-error">{localError}</div>}
      <FieldFindings findings={findings} />
    </td>
  );
}

/**
 * Memoised: a form's findings are rebuilt on every keystroke, and a field re-renders only when its own
 * value or findings changed (given a stable onChange, as the department editor hands it).
 */
export const EditableField = memo(
  EditableFieldView,
  (a, b) =>
    a.pointer === b.pointer &&
    a.label === b.label &&
    a.value === b.value &&
    a.kind === b.kind &&
    a.colSpan === b.colSpan &&
    a.placeholder === b.placeholder &&
    a.onChange === b.onChange &&
    sameFindings(a.findings, b.findings),
);
