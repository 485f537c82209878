// A name with its value glued on, and rows run together in one text: the cuts between names and values.
import { KNOWN_UNITS } from '@jixiao/core';
import { COMPARATOR_WORDS } from './evaluation-atoms.ts';
import { COMPARATOR_SIGNS, MEASURE_WORDS, PER_MEASURE_WORDS } from './evaluation-value-words.ts';
import { splitJoinedRows } from './joined-rows.ts';
import { QUALITATIVE_VALUES } from './lexicon-columns.ts';
import { measureListRow } from './measure-list.ts';
import { clauseTargetAt, sentenceTargetRows } from './sentence-target-rows.ts';
import { judgementsBetweenNames, restatedName, rowsOpeningAlike, targetAtEnd } from './target-at-end.ts';
import { isValueShaped } from './tokenize.ts';

/** A name with an operator-led value or a percentage glued on after a Han character. */
const GLUED_VALUE = new RegExp(
  `^(.*\\p{Script=Han}[）)]?)((?:[${COMPARATOR_SIGNS}]|>=|<=)\\s*\\d[\\d.,]*\\s*\\S{0,4}|\\d[\\d.]*\\s*[%‰％])$`,
  'u',
);
/**
 * Under a header with a 指标解释 / 标准 column before the value, a row copied with single spaces whose last two
 * words both start with a number (各类书籍审稿率 100%(计划标准) 1, 按时发放补贴 60% ≥60%): the name, the
 * explanation and the value, the value last. Null for any other text.
 */
export function spacedExplanationRow(text: string): string[] | null {
  const m = /^(.*\S)[ \u3000]+(\d\S*)[ \u3000]+(\S+)$/u.exec(text.trim());
  if (!m || !/\p{Script=Han}/u.test(m[1]!) || !isValueShaped(m[3]!)) return null;
  return [m[1]!, m[2]!, m[3]!];
}

/**
 * Rows run together in one piece of text (joined-rows.ts), the last row's value cut off too: name, value, name …;
 * null where the text holds one row or none.
 */
export function joinedRows(text: string, closes: boolean): string[] | null {
  // 物管服务面积建筑面积2.6万平方米,展示面积1万平方米: a name and the measures its target lists, one row.
  const listed = measureListRow(text);
  if (listed) return [listed.name, listed.value];
  // 成本控制按照资金测算控制各项成本。补贴数量…: targets written as sentences, each closed by its 。.
  const sentences = sentenceTargetRows(text);
  if (sentences) {
    const { rows, rest } = sentences;
    return rest === '' ? rows : [...rows, ...(joinedRows(rest, closes) ?? [rest])];
  }
  // 档案查阅利用效率显著提高数字化成果合格率: a judgement between two names is the first row's target, as a marked
  // value between them is.
  const parts = (splitJoinedRows(text) ?? [text]).flatMap((p, k) =>
    k % 2 === 0 ? judgementsBetweenNames(p) : [p],
  );
  // 经费支出合规性较高经费支出时效性及时支出: rows of one 二级 whose names open alike, where the piece closes its rows.
  const alike = closes ? rowsOpeningAlike(parts.at(-1)!) : null;
  if (alike) return [...parts.slice(0, -1), ...alike];
  if (parts.length === 1) return null;
  // 资金到位率资金到位率达 | 100%: a name written again opens its target.
  for (let k = 0; k + 1 < parts.length; k += 2) {
    const once = restatedName(parts[k]!, parts[k + 1]!);
    [parts[k], parts[k + 1]] = [once.name, once.value];
    // 全年检测次数咨询检测1000人次以上,病人筛查 | 600人次以上: a value listing bounded figures, cut at its last one —
    // the name ends before the list (countedBeforeValues).
    const listed = BOUNDED_FIGURE.test(parts[k]!) ? countedBeforeValues(parts[k]! + parts[k + 1]!) : null;
    if (listed) [parts[k], parts[k + 1]] = [listed.name, listed.value];
  }
  const end = parts.at(-1)!;
  // (The last row's value cut off its name as a row's alone would be, where the piece closes its row.)
  const last = gluedValue(end) ?? unitValueAtEnd(end) ?? (closes ? targetAtEnd(end) : null);
  if (last) return [...parts.slice(0, -1), last.name, last.value];
  return (closes ? clauseAroundFigure(parts) : null) ?? parts;
}

/**
 * 成本控制严格按照预算标准 | 1000元/人 | 给补助对象兑付补助, a piece that must close its row: where the words after the
 * last figure read as no row (no value of their own) and a clause opener starts a target in the words before it, the
 * figure stands inside one worded target (严格按照预算标准1000元/人给补助对象兑付补助) — not between two rows, the
 * second without a value. Null where the pieces do not read so.
 */
function clauseAroundFigure(parts: readonly string[]): string[] | null {
  if (parts.length < 3) return null;
  const before = parts.at(-3)!;
  const end = parts.at(-1)!;
  if (!/^\p{Script=Han}{2}/u.test(end) || /\d/.test(end)) return null;
  const at = clauseTargetAt(before);
  if (at === null) return null;
  return [...parts.slice(0, -3), before.slice(0, at), before.slice(at) + parts.at(-2)! + end];
}

/** Units a figure may end in (the core's, 百分比, the measure words of 指标值), longest first, for a pattern. */
const UNIT_WORDS = [...new Set([...KNOWN_UNITS, '百分比', ...MEASURE_WORDS])]
  .sort((a, b) => b.length - a.length)
  .map((u) => u.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
  .join('|');
/** A figure closed by its unit after a name's last Han character or bracket: 补助1600元/亩, 年增粮食3500公斤. */
const UNIT_VALUE_AT_END = new RegExp(
  `^(.*[\\p{Script=Han}）)])(\\d[\\d.,]*(?:${UNIT_WORDS})(?:[/·]\\p{Script=Han}{1,2})?)$`,
  'u',
);
/** A bare figure after the unit a name names in brackets: 实施营造林总面积(亩)80000. */
const FIGURE_AFTER_UNIT_NOTE = new RegExp(`^(.*[（(](?:${UNIT_WORDS})[)）])(\\d[\\d.,]*)$`, 'u');

/**
 * A run-together row's name with its value written without a sign or a percentage after it, that a unit closes
 * (年增粮食3500公斤) or whose unit the name gives in brackets (受益人数(人)132); null for any other text. Only for
 * text the tokens cut out of a longer line: a cell of its own may be a name that holds such a figure.
 */
export function unitValueAtEnd(text: string): { name: string; value: string } | null {
  const t = text.trim();
  const m = UNIT_VALUE_AT_END.exec(t) ?? FIGURE_AFTER_UNIT_NOTE.exec(t);
  if (!m || m[1]!.replace(/[（）()]/g, '').length < 2 || /\d$/.test(m[1]!)) return null;
  // 流转土地补助标准不高于475元/亩: a comparison's word before the figure is the value's, no word of the name; and
  // 项目完成时限2025年12月 is a date (the name ends at its words, not after its year or month: 2025年 | 12月, 2023年12月 | 31日).
  const lead =
    VALUE_LEAD_AT_END.exec(m[1]!) ?? (/^\d{1,2}[月日]/.test(m[2]!) ? DATE_LEAD_AT_END.exec(m[1]!) : null);
  if (lead && lead.index >= 2) return perOpening(m[1]!.slice(0, lead.index), lead[0] + m[2]!);
  return { name: m[1]!, value: m[2]! };
}

/** What a value is counted per, written before it (每周, 每亩, 每人): 每 and a period or a measure. */
const PER_AT_END = new RegExp(`每(?:${[...PER_MEASURE_WORDS, '周', '季度', '学期'].join('|')})$`, 'u');

/** A comparator sign opening a value (≥42小时). */
const LEADING_SIGN = new RegExp(`^(?:[${COMPARATOR_SIGNS}]|>=|<=)`);

/**
 * 开放时间每周 | 不少于42小时: the period or measure a value is counted per, closing the words before the value, opens
 * the value (每周不少于42小时) — a name says what is measured, the 每 how often; the name keeps two characters at least.
 * Only before a comparison (a word or a sign): before a bare figure the per words may end the name (配套资金每人每年 | 75元).
 */
function perOpening(name: string, value: string): { name: string; value: string } {
  const per = PER_AT_END.exec(name);
  if (!per || per.index < 2) return { name, value };
  return { name: name.slice(0, per.index), value: per[0] + value };
}

/** The words of a comparison a value opens with (不低于, 大于), longest first. */
const LEAD_WORDS = [...COMPARATOR_WORDS, '大于', '小于', '高于', '低于'].sort((a, b) => b.length - a.length);
/** A comparison's word closing the text (不低于, 大于): the opening of the value after it. */
const VALUE_LEAD_AT_END = new RegExp(`(?:${LEAD_WORDS.join('|')})$`, 'u');
/** A date's opening closing the text (2025年, 2021年1月-, 2020年1月--2020年): its month follows. */
const DATE_LEAD_AT_END = /\d{4}年(?:\d{1,2}月)?(?:(?:[-—–~～至]{1,2})(?:\d{4}年)?)?$/u;

/**
 * A name with its value glued on after a Han character: an operator-led value, a percentage (合格率100%) or a
 * qualitative value of the lexicon (发展情况稳步提高).
 */
export function gluedValue(text: string): { name: string; value: string } | null {
  const t = text.trim();
  const word = QUALITATIVE_VALUES.find((w) => t.endsWith(w) && t.length - w.length >= 4);
  if (word && /\p{Script=Han}$/u.test(t.slice(0, -word.length)))
    return { name: t.slice(0, -word.length), value: word };
  const m = GLUED_VALUE.exec(t) ?? BOUNDED_GLUED_VALUE.exec(t);
  // 100％: a full-width percent sign is the figure's unit as % is.
  if (!m || m[1]!.length < 2 || !isValueShaped(m[2]!.replace(/％$/, '%'))) return null;
  // 检测1000人次以上,筛查600人次以上: a name holding bounded figures of its own is a sentence of several values,
  // none of them the row's alone — the value is the whole sentence where a name ending in what it counts opens it.
  if (BOUNDED_FIGURE.test(m[1]!)) return countedBeforeValues(t);
  // 综合利用率不低于90%, 验收合格率大于92%: a comparator's word before the figure is the value's, not the name's.
  const comparator = LEAD_WORDS.find((w) => m[1]!.endsWith(w) && m[1]!.length - w.length >= 2);
  if (comparator) return perOpening(m[1]!.slice(0, -comparator.length), comparator + m[2]!);
  return LEADING_SIGN.test(m[2]!) ? perOpening(m[1]!, m[2]!) : { name: m[1]!, value: m[2]! };
}

/** The words a name ends in when it counts or measures something (检测次数, 培训人数, 合格率). */
const COUNTED = /(?:次数|人数|人次|个数|户数|数量|比例|率)$/;

/**
 * 全年检测次数咨询检测1000人次以上,病人筛查600人次以上: a name ending in what it counts, run into a value of several
 * parts, each with a bounded figure (a list parted by commas). The name ends at the first such word with no figure
 * before it; null where no name of four characters or more ends so, or the rest is no such list.
 */
function countedBeforeValues(text: string): { name: string; value: string } | null {
  for (let end = 4; end < text.length; end++) {
    const name = text.slice(0, end);
    if (/\d/.test(name)) return null;
    if (!COUNTED.test(name)) continue;
    const value = text.slice(end);
    const parts = value.split(/[,，;；、]/).filter((p) => p.trim() !== '');
    if (/^\p{Script=Han}/u.test(value) && parts.length >= 2 && parts.every((p) => BOUNDED_FIGURE.test(p)))
      return { name, value };
  }
  return null;
}

/** A value opened by a comparison's word (不低于85%, 大于3次): a target, never a name with its value glued on. */
export const opensWithComparison = (text: string) =>
  LEAD_WORDS.some((w) => text.startsWith(w) && /^\s*\d/.test(text.slice(w.length)));

/** A figure, its unit and the word that bounds it from one side: 2次以上, 150人以上, 3%以内. */
export const BOUNDED_FIGURE = /\d[\d.,]*\s*(?:%|‰|\p{Script=Han}{1,3}?)?(?:以上|以下|以内)/u;
/** 培训次数2次以上: a name with such a value glued on after a Han character. */
const BOUNDED_GLUED_VALUE =
  /^(.*?\p{Script=Han}[）)]?)(\d[\d.,]*\s*(?:%|‰|\p{Script=Han}{1,3}?)?(?:以上|以下|以内))$/u;

/** The empty 指标解释 / 标准 column between the name and the value, or -1. */
