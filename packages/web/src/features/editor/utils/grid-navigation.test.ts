import { describe, expect, it } from 'vitest';
import { navigate, type NavInput } from './grid-navigation.ts';

const base: Omit<NavInput, 'key' | 'pos'> = {
  shift: false,
  caretAtStart: false,
  caretAtEnd: false,
  rows: 3,
  cols: 3,
};
const nav = (key: string, row: number, col: number, extra: Partial<NavInput> = {}) =>
  navigate({ ...base, key, pos: { row, col }, ...extra });

describe('navigate', () => {
  it('Tab moves right and wraps to the next row; past the end asks for a row', () => {
    expect(nav('Tab', 0, 0)).toEqual({ kind: 'move', pos: { row: 0, col: 1 } });
    expect(nav('Tab', 0, 2)).toEqual({ kind: 'move', pos: { row: 1, col: 0 } });
    expect(nav('Tab', 2, 2)).toEqual({ kind: 'append-row', after: 2, col: 0 });
  });
  it('Shift+Tab moves left and wraps back; stops at the first cell', () => {
    expect(nav('Tab', 1, 0, { shift: true })).toEqual({ kind: 'move', pos: { row: 0, col: 2 } });
    expect(nav('Tab', 0, 0, { shift: true })).toEqual({ kind: 'none' });
  });
  it('Enter goes down the column, appending at the last row; Shift+Enter goes up', () => {
    expect(nav('Enter', 0, 1)).toEqual({ kind: 'move', pos: { row: 1, col: 1 } });
    expect(nav('Enter', 2, 1)).toEqual({ kind: 'append-row', after: 2, col: 1 });
    expect(nav('Enter', 2, 1, { shift: true })).toEqual({ kind: 'move', pos: { row: 1, col: 1 } });
  });
  it('arrows move up/down always, left/right only at the edge of the text', () => {
    expect(nav('ArrowDown', 0, 0)).toEqual({ kind: 'move', pos: { row: 1, col: 0 } });
    expect(nav('ArrowDown', 2, 0)).toEqual({ kind: 'none' });
    expect(nav('ArrowUp', 0, 0)).toEqual({ kind: 'none' });
    expect(nav('ArrowLeft', 0, 1)).toEqual({ kind: 'none' });
    expect(nav('ArrowLeft', 0, 1, { caretAtStart: true })).toEqual({ kind: 'move', pos: { row: 0, col: 0 } });
    expect(nav('ArrowRight', 0, 1, { caretAtEnd: true })).toEqual({ kind: 'move', pos: { row: 0, col: 2 } });
    expect(nav('ArrowRight', 0, 2, { caretAtEnd: true })).toEqual({ kind: 'none' });
    expect(nav('a', 0, 0)).toEqual({ kind: 'none' });
    expect(nav('Tab', 0, 0, { rows: 0 })).toEqual({ kind: 'none' });
  });
});

describe('navigate with Alt', () => {
  it('Alt+↑/↓ move the row itself, whatever the caret; other Alt keys are left to the browser', () => {
    expect(nav('ArrowUp', 1, 0, { alt: true })).toEqual({ kind: 'move-row', direction: -1 });
    expect(nav('ArrowDown', 1, 2, { alt: true, caretAtEnd: true })).toEqual({
      kind: 'move-row',
      direction: 1,
    });
    expect(nav('ArrowLeft', 1, 1, { alt: true, caretAtStart: true })).toEqual({ kind: 'none' });
    expect(nav('Tab', 1, 1, { alt: true })).toEqual({ kind: 'none' });
    expect(nav('ArrowUp', 1, 0, { alt: true, shift: true })).toEqual({ kind: 'none' });
  });
});
