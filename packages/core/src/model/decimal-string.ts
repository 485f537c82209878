// Decimal numbers written as strings ("4804.64", "200.0000"): never a binary float (MODEL.md). Bounded by
// the domain: at most 14 integer digits (100 万亿 — beyond any budget in 万元, and what NUMERIC(18,4) holds),
// and amounts of money are never negative.
import { z } from 'zod';

/** The largest integer part any number of the model may have. */
export const MAX_INTEGER_DIGITS = 14;

const integerDigits = (s: string) =>
  s
    .replace(/^-/, '')
    .split('.')[0]!
    .replace(/^0+(?=\d)/, '').length;
const TOO_LARGE = `数值过大：整数部分最多 ${MAX_INTEGER_DIGITS} 位`;

/** A signed decimal (scores, weights, rates). */
export const decimalString = z
  .string()
  .max(64, TOO_LARGE)
  .regex(/^-?\d+(\.\d+)?$/, '金额须为十进制数字字符串')
  .refine((s) => integerDigits(s) <= MAX_INTEGER_DIGITS, TOO_LARGE);

/** An amount of money (万元 unless said otherwise): a decimal that is not negative. */
export function amountSchema(formatMessage = '金额须为十进制数字字符串，如 4804.64') {
  return z
    .string()
    .max(64, TOO_LARGE)
    .regex(/^-?\d+(\.\d+)?$/, formatMessage)
    .refine((s) => !s.startsWith('-') || /^-0+(\.0+)?$/.test(s), '金额不能为负数')
    .refine(
      (s) => integerDigits(s) <= MAX_INTEGER_DIGITS,
      `金额过大：整数部分最多 ${MAX_INTEGER_DIGITS} 位（不超过 100 万亿）`,
    );
}
export const amountString = amountSchema();
