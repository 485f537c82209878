// Small helpers over rows used by every form recogniser.
import { parseAmount } from '@jixiao/core';
import { isBlankCell, labelKey, oneLine } from '../rows/clean-cell.ts';
import type { Row } from '../rows/row.ts';

/** The non-blank cells of a row, cleaned to one line each. */
// Asked of every row by several recognisers: a plain loop costs less than remembering the answer would.
export function filledCells(row: Row): string[] {
  const filled: string[] = [];
  for (const c of row.cells) {
    const t = oneLine(c);
    if (!isBlankCell(t)) filled.push(t);
  }
  return filled;
}

export function firstFilled(row: Row): string {
  for (const c of row.cells) {
    const t = oneLine(c);
    if (!isBlankCell(t)) return t;
  }
  return '';
}

/** A row with a single piece of text: a paragraph, or a table row with one filled cell. */
export function soleText(row: Row): string | null {
  // Asked of every row by some readers: stops at the second filled cell, builds no array.
  let only: string | null = null;
  for (const c of row.cells) {
    const t = oneLine(c);
    if (isBlankCell(t)) continue;
    if (only !== null) return null;
    only = t;
  }
  return only;
}

/**
 * The row's one cell holding more than white space, trimmed; null when it has none or several. Several passes ask
 * it of every row: a loop that stops at the second such cell, no array built.
 */
export function soleTrimmedCell(row: Row | undefined): string | null {
  if (row === undefined) return null;
  let only: string | null = null;
  for (const c of row.cells) {
    if (c.trim() === '') continue;
    if (only !== null) return null;
    only = c;
  }
  return only === null ? null : only.trim();
}

export function isAmount(text: string): boolean {
  return parseAmount(text) !== null;
}

/** Strips list numbering: "1. 财政拨款" → "财政拨款", "（一）工资" → "工资". */
export function stripNumbering(text: string): string {
  return text.replace(/^\s*([（(]?[一二三四五六七八九十\d]+[)）.、．]\s*)+/, '').trim();
}

export function keyOf(text: string): string {
  return labelKey(oneLine(text));
}

/** Text of a multi-line cell, keeping its line breaks but trimming template placeholders. */
export function cellText(text: string): string | null {
  // Most cells are one line: trimmed, and emptied when they are nothing but ……, as the lines below would be.
  if (!text.includes('\n')) {
    const line = text.trim();
    const t = line.includes('…') && /^[…]+$/.test(line) ? '' : line;
    return t.length > 0 && !isBlankCell(t) ? t : null;
  }
  const t = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .join('\n')
    .replace(/^[…]+$/, '')
    .trim();
  return t.length > 0 && !isBlankCell(t) ? t : null;
}

const TICK = '[√✓✔☑■▣]';
const BOX = '[□☐]';
// The patterns are built once (matchAll works on a copy of a global pattern, so the shared ones keep no state).
const TICK_RE = new RegExp(TICK);
const BOX_RE = new RegExp(BOX);
const MARK = `(?:${TICK}|${BOX})`;
const OPTION = '([^\\s√✓✔☑■▣□☐]+)';
const MARK_FIRST = new RegExp(`^\\s*${MARK}`);
const MARK_THEN_OPTION = new RegExp(`(${MARK})\\s*${OPTION}`, 'g');
const OPTION_THEN_MARK = new RegExp(`${OPTION}\\s*(${MARK})`, 'g');

/**
 * The option a tick-box cell has ticked: "新增项目□ 延续项目√" and "□新增项目 ☑延续项目" → 延续项目.
 * Null when the text has no tick boxes or none is ticked.
 */
export function tickedOption(text: string): string | null {
  if (!BOX_RE.test(text) && !TICK_RE.test(text)) return null;
  const markFirst = MARK_FIRST.test(text);
  const ticked: string[] = [];
  for (const m of text.matchAll(markFirst ? MARK_THEN_OPTION : OPTION_THEN_MARK)) {
    const [markText, optionText] = markFirst ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
    if (TICK_RE.test(markText)) ticked.push(optionText);
  }
  return ticked.length > 0 ? ticked.join('、') : null;
}

const LEADING_AMOUNT = /^\s*([-+]?\d[\d,，]*(?:\.\d+)?)\s*(亿元|万元|万|元)?/;

/**
 * An amount written first in a longer text, and the parts listed after it in brackets:
 * "854万(高标准农田建设400万元,示范建设295万元)" → 854 with two parts; "854万854万(…)" → 854.
 */
export function leadingAmount(
  text: string,
  unit: '万元' | '元',
): { amount: string; parts: Array<{ name: string; amount: string | null }> } | null {
  const m = LEADING_AMOUNT.exec(text);
  if (!m) return null;
  const amount = parseAmount(m[0], unit);
  if (amount === null) return null;
  const bracket = /[（(]([^）)]{2,400})[）)]/.exec(text.slice(m[0].length));
  const parts = (bracket?.[1] ?? '')
    .split(/[,，;；、]/)
    .map((p) => /^(\D{2,30}?)[：:]?\s*(\d[\d,]*(?:\.\d+)?\s*(?:万元|万|元)?)$/.exec(p.trim()))
    .filter((p): p is RegExpExecArray => p !== null)
    .map((p) => ({ name: p[1]!.trim(), amount: parseAmount(p[2]!, unit) }));
  return { amount, parts };
}
