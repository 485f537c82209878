// An amount cell (万元): the text typed stays as typed; a valid number is passed on exactly as a decimal
// string, anything else is marked and not passed on.
import { Input } from 'antd';
import { useEffect, useState } from 'react';
import { formatWan } from '../../../ui/format.ts';
import { readAmount } from '../utils/budget-edit.ts';

/** An amount at rest as every amount of the system is written (万元, two decimals); nothing for zero. */
const atRest = (value: string) => {
  const shown = formatWan(value, { grouping: false });
  return shown === '0.00' ? '' : shown;
};

export function AmountInput({
  value,
  onChange,
  label,
  disabled,
}: {
  value: string;
  onChange: (v: string) => void;
  label: string;
  disabled?: boolean;
}) {
  const [text, setText] = useState(() => atRest(value));
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (!focused) setText(atRest(value));
  }, [value, focused]);
  const invalid = readAmount(text) === null;
  return (
    <Input
      size="small"
      className="amount-input"
      aria-label={label}
      value={text}
      disabled={disabled}
      status={invalid ? 'error' : undefined}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      onChange={(e) => {
        setText(e.target.value);
        const v = readAmount(e.target.value);
        if (v !== null) onChange(v);
      }}
    />
  );
}
