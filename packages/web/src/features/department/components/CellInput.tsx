// A cell of a fund table (项目 name or 万元 amount) that keeps what is typed to itself and hands the value
// on when the typing pauses or the cell is left: a keystroke re-renders this one input, not the form
// around it (the totals, shares and checks follow a moment later, once).
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Input } from 'antd';
import type { Finding } from '@jixiao/core';
import { formatWan, parseWanInput } from '../../../ui/format.ts';
import { FieldFindings, FindingBadge } from '../../forms/components/FieldFindings.tsx';
import { fieldDomId, worstSeverity } from '../../forms/utils/finding-paths.ts';
import { COMMIT_PAUSE_MS } from '../../editor/utils/commit-pause.ts';
import { usePendingEdits } from '../../editor/hooks/pending-edits-context.ts';

type Parsed = { ok: true; value: string | null } | { ok: false; message: string };

export interface CellKind {
  show(value: string | null): string;
  parse(text: string): Parsed;
  className: string;
  inputMode?: 'decimal';
  /** Narrow cells show their findings as a marker with the messages on hover (the panel lists them too). */
  badge?: boolean;
}

export const MONEY_CELL: CellKind = {
  show: (v) => formatWan(v, { grouping: false }),
  parse: parseWanInput,
  className: 'edit-cell money',
  inputMode: 'decimal',
  badge: true,
};

/** A fund line's name; `refuse` says why a name cannot be taken (or null when it can). */
export function nameCell(refuse: (name: string) => string | null): CellKind {
  return {
    show: (v) => v ?? '',
    parse: (t) => {
      const why = refuse(t.trim());
      return why ? { ok: false, message: why } : { ok: true, value: t.trim() };
    },
    className: 'edit-cell',
  };
}

export function CellInput({
  kind,
  pointer,
  label,
  value,
  findings,
  onCommit,
}: {
  kind: CellKind;
  pointer: string;
  label: string;
  value: string | null;
  findings: readonly Finding[] | undefined;
  onCommit: (value: string | null) => void;
}) {
  const [text, setText] = useState(() => kind.show(value));
  const [error, setError] = useState<string | null>(null);
  /** Text typed and not handed on yet (null when there is none). */
  const pending = useRef<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  /** A focused cell is never reformatted under the caret (a value handed on mid-typing stays as typed). */
  const focused = useRef(false);
  const commitRef = useRef(onCommit);
  useLayoutEffect(() => {
    commitRef.current = onCommit;
  });
  useEffect(() => {
    if (pending.current === null && !focused.current) setText(kind.show(value));
  }, [value, kind]);
  // Text typed just before the page goes is handed on, not dropped with the timer (as in GridInput); so
  // is text typed just before a save or a change of the form's structure (pending-edits.ts).
  const flushRef = useRef<() => void>(() => undefined);
  const pendingEdits = usePendingEdits();
  useEffect(() => {
    const leave = () => flushRef.current();
    const release = pendingEdits.hold(leave);
    window.addEventListener('pagehide', leave);
    return () => {
      release();
      window.removeEventListener('pagehide', leave);
      leave();
    };
  }, [pendingEdits]);

  /** Hands on the typed value, if any; returns what the cell now holds. */
  const flush = (): string | null => {
    window.clearTimeout(timer.current);
    const typed = pending.current;
    if (typed === null) return value;
    pending.current = null;
    const parsed = kind.parse(typed);
    if (!parsed.ok) return value;
    if (parsed.value !== value) commitRef.current(parsed.value);
    return parsed.value;
  };
  useLayoutEffect(() => {
    flushRef.current = () => void flush();
  });
  const change = (next: string) => {
    setText(next);
    const parsed = kind.parse(next);
    setError(parsed.ok ? null : parsed.message);
    pending.current = next;
    window.clearTimeout(timer.current);
    if (parsed.ok) timer.current = window.setTimeout(() => void flush(), COMMIT_PAUSE_MS);
  };
  const sev = error ? 'error' : worstSeverity(findings);
  return (
    <td className={kind.className}>
      <Input
        id={fieldDomId(pointer)}
        value={text}
        aria-label={label}
        inputMode={kind.inputMode}
        status={sev === 'error' ? 'error' : sev === 'warning' ? 'warning' : undefined}
        onChange={(e) => change(e.target.value)}
        onFocus={() => {
          focused.current = true;
        }}
        onBlur={() => {
          focused.current = false;
          const now = flush();
          if (!error) setText(kind.show(now));
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') flush();
        }}
      />
      {error && <div className="field-local-error">{error}</div>}
      {kind.badge ? <FindingBadge findings={findings} /> : <FieldFindings findings={findings} />}
    </td>
  );
}
