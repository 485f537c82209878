// Exact decimal arithmetic for 万元 amounts, shares and rates (never binary floats for sums).
import { Decimal } from 'decimal.js';
import { MONEY_WORD_END, parseCapitalAmount } from './capital-amount.ts';
import { TextMemo } from '../memo/text-memo.ts';

export { Decimal };

const AMOUNT = /^([-+]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$/;

/**
 * Reads a written amount ("4,804.64", "200万", "200.0000", "5 万元", "1200元", and in numerals 壹佰贰拾万元整) as a
 * decimal string in 万元, keeping its written digits. Returns null when the text is not an amount.
 */
export function parseAmount(
  text: string | null | undefined,
  defaultUnit: '万元' | '元' = '万元',
): string | null {
  if (text == null) return null;
  let t = text
    .replace(/[\s\u3000]/g, '')
    .replace(/[，,](?=\d{3}(\D|$))/g, ',')
    .replace(/^[¥￥]/, '');
  let unit: '万元' | '元' | '亿元' = defaultUnit;
  const suffix = /(亿元|万元|万|元)$/.exec(t);
  if (suffix) {
    unit = suffix[1] === '万' ? '万元' : (suffix[1] as '万元' | '元' | '亿元');
    t = t.slice(0, -suffix[1]!.length);
  }
  const m = AMOUNT.exec(t);
  // An amount in numerals always says 元 (or 角 / 分): it is in 元 whatever unit the form's figures are in.
  if (!m) return MONEY_WORD_END.test(text.trimEnd()) ? parseCapitalAmount(text) : null;
  const digits = `${m[1] === '-' ? '-' : ''}${m[2]!.replace(/,/g, '')}${m[3] ?? ''}`;
  if (unit === '万元') return digits;
  const d = new Decimal(digits);
  return (unit === '元' ? d.div(10000) : d.mul(10000)).toFixed();
}

/** A decimal from a decimal string; null stays null. */
export function dec(value: string | null | undefined): Decimal | null {
  if (value == null || value === '') return null;
  try {
    return new Decimal(value);
  } catch {
    return null;
  }
}

// Decimals are immutable and the same few numbers are written again and again (100, 95, 1): a number read
// once is read from here, keyed by its text (never by the object it came from, so an edited form cannot be
// answered stale). Bounded (text-memo.ts).
const READ_LIMIT = 10_000;
const readDecimals = new TextMemo<Decimal | null>('decOfText', READ_LIMIT);

/** `dec` for a text read again and again (indicator values): the same Decimal for the same text. */
export function decOfText(value: string): Decimal | null {
  let d = readDecimals.get(value);
  if (d === undefined) {
    d = dec(value);
    readDecimals.set(value, d);
  }
  return d;
}

/** Number of decimal places a written number carries ("59.32" → 2, "956" → 0). */
export function decimalPlaces(value: string): number {
  const i = value.indexOf('.');
  return i < 0 ? 0 : value.length - i - 1;
}

/**
 * Whether a figure printed to its own last digit states an exact amount: "18976.76" (万元, two decimals) states
 * 18976.7551 (a table in 元, 18,976,755.10): a document rounds to the places it prints, so a difference of at
 * most half a unit of the printed figure's last digit is agreement, not a second figure.
 */
export function agreesAsPrinted(printed: string, exact: string): boolean {
  const half = new Decimal(10).pow(-decimalPlaces(printed)).div(2);
  return new Decimal(printed).minus(exact).abs().lte(half);
}

/** Σ of decimal strings, nulls counted as zero. */
export function sumDecimals(values: Array<string | null | undefined>): Decimal {
  return values.reduce<Decimal>((acc, v) => acc.plus(dec(v) ?? 0), new Decimal(0));
}

/**
 * The largest difference the document's own rounding allows between a total and the sum of its parts:
 * each written number may be off by half a unit of its last digit.
 */
export function roundingTolerance(values: Array<string | null | undefined>): Decimal {
  return values.reduce<Decimal>((acc, v) => {
    if (v == null || v === '') return acc;
    return acc.plus(new Decimal(10).pow(-decimalPlaces(v)).div(2));
  }, new Decimal(0));
}

/** Reads a share or rate written as "35.48%", "100%", "98 %" → "35.48"; null if not a percentage. */
export function parsePercent(text: string | null | undefined): string | null {
  if (text == null) return null;
  const m = /^([-+]?\d+(?:\.\d+)?)\s*[%％]$/.exec(text.replace(/\s/g, ''));
  return m ? m[1]! : null;
}
