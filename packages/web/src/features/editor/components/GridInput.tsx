// One keyboard-driven cell of the indicator grid: keeps its own text while focused (so typing is never
// reformatted under the caret), reports navigation keys and table pastes to the grid.
import { useEffect, useLayoutEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { Input } from 'antd';
import { usePendingEdits } from '../hooks/pending-edits-context.ts';
import type { NavKey } from '../utils/grid-navigation.ts';

const NAV_KEYS = new Set(['Tab', 'Enter', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

export function GridInput({
  id,
  value,
  label,
  multiline,
  list,
  onText,
  onNavKey,
  onTablePaste,
  onFocusChange,
  commitPauseMs,
}: {
  id: string;
  value: string;
  label: string;
  multiline?: boolean;
  list?: string;
  onText: (text: string) => void;
  /** Returns true when the grid handled the key (the default action is then prevented). */
  onNavKey: (key: NavKey) => boolean;
  /** Returns true when the pasted text was a table and the grid took it. */
  onTablePaste: (text: string) => boolean;
  /** Told when the cell gains or loses the focus (the grid shows library suggestions there). */
  onFocusChange?: (focused: boolean) => void;
  /**
   * When set, the text is handed on once typing pauses this long (and at once on leaving the cell or a
   * navigation key), so that a keystroke re-renders only this cell in a large form.
   */
  commitPauseMs?: number | undefined;
}) {
  const [text, setText] = useState(value);
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (!focused) setText(value);
  }, [value, focused]);
  /** Text typed and not handed on yet. */
  const pending = useRef<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const onTextRef = useRef(onText);
  useLayoutEffect(() => {
    onTextRef.current = onText;
  });
  const flush = () => {
    window.clearTimeout(timer.current);
    const t = pending.current;
    pending.current = null;
    if (t !== null) onTextRef.current(t);
  };
  // Text typed just before the page goes (a link, the browser's back button, a closed tab) is handed on
  // rather than dropped with the timer: the form's draft keeps it (see use-form-draft.ts). And the grid's
  // actions, save and submit flush it first (pending-edits.ts), so a row never moves with its text behind.
  const pendingEdits = usePendingEdits();
  useEffect(() => {
    const release = pendingEdits.hold(flush);
    window.addEventListener('pagehide', flush);
    return () => {
      release();
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [pendingEdits]); // flush reads only refs

  const keyDown = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (!NAV_KEYS.has(e.key) || e.nativeEvent.isComposing || e.ctrlKey || e.metaKey) return;
    // Alt+↑/↓ move the row; Alt with any other key is the browser's.
    const rowMove = e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown');
    if (e.altKey && !rowMove) return;
    const el = e.currentTarget;
    const start = el.selectionStart ?? 0;
    const end = el.selectionEnd ?? 0;
    // In a multi-line cell, ↑/↓ move inside the text unless the caret is on its first/last line.
    if (multiline && !rowMove && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      const before = el.value.slice(0, start);
      const after = el.value.slice(end);
      if ((e.key === 'ArrowUp' && before.includes('\n')) || (e.key === 'ArrowDown' && after.includes('\n')))
        return;
    }
    flush();
    const handled = onNavKey({
      key: e.key,
      shift: e.shiftKey,
      alt: e.altKey,
      caretAtStart: start === 0 && end === 0,
      caretAtEnd: start === el.value.length && end === el.value.length,
    });
    if (handled) e.preventDefault();
  };
  const paste = (e: ClipboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const data = e.clipboardData.getData('text/plain');
    // What was typed goes first, so that a pending commit cannot later overwrite the pasted rows.
    flush();
    if (onTablePaste(data)) e.preventDefault();
  };
  const common = {
    id,
    value: text,
    'aria-label': label,
    onFocus: () => {
      setFocused(true);
      onFocusChange?.(true);
    },
    onBlur: () => {
      flush();
      setFocused(false);
      onFocusChange?.(false);
    },
    onKeyDown: keyDown,
    onPaste: paste,
    variant: 'borderless' as const,
    className: 'grid-input',
  };
  const change = (next: string) => {
    setText(next);
    if (commitPauseMs === undefined) return onText(next);
    pending.current = next;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(flush, commitPauseMs);
  };
  return multiline ? (
    <Input.TextArea
      {...common}
      autoSize={{ minRows: 1, maxRows: 6 }}
      onChange={(e) => change(e.target.value)}
    />
  ) : (
    <Input {...common} list={list} onChange={(e) => change(e.target.value)} />
  );
}
