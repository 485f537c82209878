// A 预算单位's code, changed as a whole: typed into a draft and applied on leaving the field (or Enter), so the
// unit's lines follow the finished code rather than each keystroke (a partial code may be another unit's).
import { Input } from 'antd';
import { useState } from 'react';

export function UnitCodeInput({
  label,
  code,
  disabled,
  onCommit,
}: {
  label: string;
  code: string;
  disabled: boolean;
  onCommit: (code: string) => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null && draft !== code) onCommit(draft);
    setDraft(null);
  };
  return (
    <Input
      size="small"
      aria-label={label}
      value={draft ?? code}
      disabled={disabled}
      onChange={(e) => setDraft(e.target.value.trim())}
      onBlur={commit}
      onPressEnter={commit}
      style={{ width: 90 }}
    />
  );
}
