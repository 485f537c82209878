// An indicator row whose cells ran together in the header's order name | 指标值 | 指标值内容 | 评分标准 | 度量单位 |
// 指标值类型 (a page's table copied without cell borders): 学生补助标准17元/人.每天反映学生每天用餐标准按标准发放得10分,
// 每少1元扣1分-定量. The name ends where its value begins — the first figure (with the comparison written before
// it in signs or words and the unit and bound after it), a date, or a qualitative value of the lexicon — and
// what follows the value is the row's other columns, kept as one text. The 度量单位 and 指标值类型 a row ends in
// (-定量: no unit, quantitative) are cut off it.
import { QUALITATIVE_VALUES } from './lexicon-columns.ts';
import { COMPARATOR_WORDS, unitAt } from './evaluation-atoms.ts';
import { COMPARATOR_SIGNS } from './evaluation-value-words.ts';

/** Comparisons written in words before a figure; 大于 and 小于 too, here: the name has ended before them. */
const WORDS = [...COMPARATOR_WORDS, '大于', '小于', '高于', '低于'].sort((a, b) => b.length - a.length);
const OPERATOR = new RegExp(`^(?:>=|<=|[${COMPARATOR_SIGNS}])+\\s*(?=\\d)`);
const NUMBER = /^\d+(?:\.\d+)?/;
const DATE = /^(?:19|20)\d\d年(?:(?:0?[1-9]|1[0-2])月(?:[0-3]?\d日)?)?(?:底前|末前|底|前|末|以前)?/;
const BOUND = /^(?:及以上|及以下|以上|以下|以内|左右)/;
/** The words an explanation opens with: a value's per-base unit runs up to them (元/人.每天反映…). */
const EXPLANATION_OPENER = /^([./·][^\d反]{1,4}?)(?=反映)/;
/** The 度量单位 (a dash for none) and 指标值类型 a run-together row ends in. */
const UNIT_AND_KIND = /\s*[-－—]?\s*(定量|定性)\s*$/;

/** The value at the start of `text`, or null. */
export function valueAt(text: string): string | null {
  const date = DATE.exec(text);
  if (date && date[0].length > 5) return date[0];
  const word = QUALITATIVE_VALUES.find((w) => text.startsWith(w));
  if (word) return word;
  let at = 0;
  const op =
    OPERATOR.exec(text)?.[0] ?? WORDS.find((w) => text.startsWith(w) && /^\d/.test(text.slice(w.length)));
  if (op) at = op.length;
  const n = NUMBER.exec(text.slice(at));
  if (!n) return null;
  at += n[0].length;
  at += unitAt(text.slice(at)).length;
  at += EXPLANATION_OPENER.exec(text.slice(at))?.[1]!.length ?? 0;
  at += BOUND.exec(text.slice(at))?.[0].length ?? 0;
  return text.slice(0, at);
}

/** Whether the whole text is one value: a figure with its comparison and unit, a date, a qualitative value. */
export const wholeValue = (text: string): boolean => text !== '' && valueAt(text) === text;

/**
 * The name, the value and the rest of a row run together name first, or null where no value follows a name of
 * two Han characters at least, or nothing follows the value (a name with its value glued on is gluedValue's).
 */
export function nameValueRest(text: string): { name: string; value: string; rest: string } | null {
  const t = text.trim();
  for (let i = 2; i < t.length && i < 60; i++) {
    if (!/[\p{Script=Han}）)]/u.test(t[i - 1]!)) continue;
    const value = valueAt(t.slice(i));
    if (value === null) continue;
    const name = t.slice(0, i);
    if (!/\p{Script=Han}.*\p{Script=Han}/u.test(name)) return null;
    const rest = t
      .slice(i + value.length)
      .replace(UNIT_AND_KIND, '')
      .trim();
    return rest === '' ? null : { name, value, rest };
  }
  return null;
}

/** A row's end alone (-定性: the unit and kind columns of a 二级 printed without an indicator). */
export const isUnitAndKindOnly = (text: string): boolean => /^[-－—]\s*(定量|定性)$/.test(text.trim());
