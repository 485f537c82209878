// An amount written in Chinese numerals, as forms print the 大写 of a sum (壹佰贰拾万元整, 人民币叁万伍仟元伍角) and
// some write it in plain numerals (一百二十万元): read as 万元, exactly. Checked on npm first: the maintained converters
// (nzh) read a number (壹拾万零壹佰) but not an amount's 元 角 分 and 整, which is what a form prints, so this reads both.
import { Decimal } from 'decimal.js';

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  壹: 1,
  一: 1,
  贰: 2,
  貳: 2,
  二: 2,
  两: 2,
  叁: 3,
  參: 3,
  三: 3,
  肆: 4,
  四: 4,
  伍: 5,
  五: 5,
  陆: 6,
  陸: 6,
  六: 6,
  柒: 7,
  七: 7,
  捌: 8,
  八: 8,
  玖: 9,
  九: 9,
};

/** Units inside a 万 section. */
const SMALL_UNITS: Readonly<Record<string, number>> = {
  拾: 10,
  十: 10,
  佰: 100,
  百: 100,
  仟: 1000,
  千: 1000,
};
/** Section units: what the sections before them count. */
const SECTION_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** What may stand around the numerals: 人民币 / （大写） / 大写： before, 整 / 正 after. */
const LEAD = /^(?:人民币|[(（]?大写[)）]?[:：]?|[¥￥])+/;
const TAIL = /[整正]$/;
/** How such an amount ends: the cheap test before any reading. */
export const MONEY_WORD_END = /[元圆角分整正]$/;

/**
 * The amount in 万元 as a decimal string ("壹佰贰拾万元整" → "120", "叁万伍仟元伍角" → "3.50005"), or null when the text
 * is not wholly an amount in numerals with its 元 (or 角 / 分): a number without a money unit, a sentence, a
 * malformed run (壹壹元, 拾拾元) are not read.
 */
export function parseCapitalAmount(text: string): string | null {
  let t = text.replace(/[\s\u3000]/g, '').replace(LEAD, '');
  t = t.replace(TAIL, '');
  if (t === '') return null;
  const yuanAt = t.search(/[元圆]/);
  const whole = yuanAt < 0 ? '' : t.slice(0, yuanAt);
  const fraction = yuanAt < 0 ? t : t.slice(yuanAt + 1);
  if (yuanAt < 0 && !/[角分]/.test(fraction)) return null;
  if (whole === '' && fraction === '') return null; // 元 alone
  const yuan = whole === '' ? 0 : integerOf(whole);
  const cents = fractionOf(fraction);
  if (yuan === null || cents === null) return null;
  return new Decimal(yuan).mul(100).plus(cents).div(1_000_000).toFixed();
}

/** 壹佰贰拾万 → 1200000, 壹亿零伍佰万 → 105000000, 拾万 → 100000; null when malformed. */
function integerOf(text: string): number | null {
  let total = 0; // sections closed by 亿
  let upper = 0; // the section closed by 万, under the current 亿
  let section = 0; // the section being read (under 万)
  let digit: number | null = null;
  let lastUnit = Infinity; // the last small unit, so that they fall (仟 before 佰)
  for (const ch of text) {
    if (ch in DIGITS) {
      if (digit !== null && digit !== 0) return null; // two figures side by side: 壹壹
      digit = DIGITS[ch]!;
    } else if (ch in SMALL_UNITS) {
      const unit = SMALL_UNITS[ch]!;
      if (unit >= lastUnit) return null;
      // 拾万 and a section opening with 拾 (壹万拾元 is malformed, 拾元 is ten)
      const d = digit ?? (section === 0 && unit === 10 ? 1 : null);
      if (d === null || d === 0) return null;
      section += d * unit;
      digit = null;
      lastUnit = unit;
    } else if (ch in SECTION_UNITS) {
      const unit = SECTION_UNITS[ch]!;
      const value = section + (digit ?? 0);
      if (unit === 1e4) {
        if (value === 0 && upper === 0 && total === 0) return null;
        upper += value * unit;
      } else {
        if (value === 0 && upper === 0 && total === 0) return null;
        total = (total + upper + value) * unit;
        upper = 0;
      }
      section = 0;
      digit = null;
      lastUnit = Infinity;
    } else return null;
  }
  const value = total + upper + section + (digit ?? 0);
  return Number.isSafeInteger(value * 100) ? value : null;
}

/** 伍角 → 50, 伍角陆分 → 56, 零陆分 → 6, '' → 0 (in 分); null when malformed. */
function fractionOf(text: string): number | null {
  const m = /^零?(?:(.)角)?零?(?:(.)分)?$/.exec(text);
  if (!m) return null;
  const jiao = m[1] === undefined ? 0 : DIGITS[m[1]];
  const fen = m[2] === undefined ? 0 : DIGITS[m[2]];
  if (jiao === undefined || fen === undefined) return null;
  return jiao * 10 + fen;
}
