// Small helpers over rows used by every form recogniser.
import { parseAmount } from '@jixiao/core';
import { isBlankCell, labelKey, oneLine } from '../rows/clean-cell.ts';
import type { Row } from '../rows/row.ts';

/** The non-blank cells of a row, cleaned to one line each. */
// Rows are read many times by the recognisers and never change once cleaned: remember their filled cells.
const filledCache = new WeakMap<Row, string[]>();

export function filledCells(row: Row): string[] {
  let filled = filledCache.get(row);
  if (!filled) {
    filled = row.cells.map((c) => oneLine(c)).filter((c) => !isBlankCell(c));
    filledCache.set(row, filled);
  }
  return filled;
}

export function firstFilled(row: Row): string {
  return filledCells(row)[0] ?? '';
}

/** A row with a single piece of text: a paragraph, or a table row with one filled cell. */
export function soleText(row: Row): string | null {
  const f = filledCells(row);
  return f.length === 1 ? f[0]! : null;
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

/**
 * The option a tick-box cell has ticked: "新增项目□ 延续项目√" and "□新增项目 ☑延续项目" → 延续项目.
 * Null when the text has no tick boxes or none is ticked.
 */
export function tickedOption(text: string): string | null {
  if (!new RegExp(BOX).test(text) && !new RegExp(`${TICK}`).test(text)) return null;
  const mark = `(?:${TICK}|${BOX})`;
  const option = '([^\\s√✓✔☑■▣□☐]+)';
  const markFirst = new RegExp(`^\\s*${mark}`).test(text);
  const re = markFirst
    ? new RegExp(`(${mark})\\s*${option}`, 'g')
    : new RegExp(`${option}\\s*(${mark})`, 'g');
  const ticked: string[] = [];
  for (const m of text.matchAll(re)) {
    const [markText, optionText] = markFirst ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
    if (new RegExp(TICK).test(markText)) ticked.push(optionText);
  }
  return ticked.length > 0 ? ticked.join('、') : null;
}
