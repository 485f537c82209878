// A template numbers the indicator rows it prints for the unit to fill (1. 2. 3. 4. under each 一级): the number is
// no part of the name, and a slot the unit left empty keeps only its number.

/** One item number before words (1. 档案扫描总页数, 2、合格率): not a decimal (1.5万亩), not 12350… */
const ITEM_NUMBER = /^\s*\d{1,2}\s*[.．、]\s*(?=[\p{Script=Han}A-Za-z“"《(（])/u;
/** A second item after the first: a list of items (1.完成扫描;2.完成著录) is a text, its numbers kept. */
const LATER_ITEM = /[\s;；，,。]\d{1,2}\s*[.．、]\s*[\p{Script=Han}]/u;

/** The name without its template's item number: "1. 档案扫描总页数" → "档案扫描总页数". */
export function withoutItemNumber(text: string): string {
  if (opensWithHan(text) || !ITEM_NUMBER.test(text) || LATER_ITEM.test(text)) return text;
  return text.replace(ITEM_NUMBER, '');
}

/** A template's numbered slot left empty: "3." or "4、" alone in the cell. */
export function isNumberOnly(text: string): boolean {
  return !opensWithHan(text) && NUMBER_ONLY.test(text);
}

const NUMBER_ONLY = /^\s*\d{1,2}\s*[.．、]\s*$/;

/**
 * Opens with a Han character (most names do): then it opens with no item number, which opens with a figure after
 * spaces at most — the patterns are not tried.
 */
function opensWithHan(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 0x4e00 && c <= 0x9fff;
}
