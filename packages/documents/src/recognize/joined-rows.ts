// Indicator rows run together in one piece of text (a form copied without cell breaks, under a header whose only
// column after the name is its 指标值): 竣工验收合格率100%完工项目县畜禽粪污综合利用率不低于90% is two rows. A row
// is cut after a value whose figure a sign or a comparator's word opens (≥95%, 不低于90%) or a percentage closes
// (100%, 100％), where a name's words go on after it; figures without such a mark (1600元/亩, 5亿元) may be words
// of a name and are left to the readers of one row.
import { COMPARATOR_SIGNS } from './evaluation-value-words.ts';
import { COMPARATOR_WORDS } from './evaluation-atoms.ts';
import { KNOWN_UNITS } from '@jixiao/core';
import { opensName, unitAtStart, unitOpeningName } from './unit-opening-name.ts';
import { isListedFigure } from './listed-figures.ts';
import { PER_BASE_PRICE } from './per-base-price.ts';

const WORDS = [...COMPARATOR_WORDS].sort((a, b) => b.length - a.length).join('|');
/** A marked value: a sign or a word and a figure (its unit read after it), or a percentage; a name follows. */
const MARKED_VALUE = new RegExp(
  `(?:(?:[${COMPARATOR_SIGNS}]|>=|<=|${WORDS})\\s*\\d[\\d.,]*[%％‰]?|\\d[\\d.,]*[%％‰])(?=\\p{Script=Han}|(?<=[%％‰])\\d)`,
  'gu',
);
/** Units a figure may end in (the core's and 百分比), longest first, for a pattern. */
const UNIT_WORDS = [...KNOWN_UNITS, '百分比']
  .sort((a, b) => b.length - a.length)
  .map((u) => u.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
  .join('|');
/**
 * A value that no sign marks but its unit (3500公斤, 5000户): a figure closed by a unit the units data knows, or a
 * bare figure after the unit a name gives in brackets (受益人数(人)132); a name follows. A price per a base the
 * units data need not know (490元/平米: per-base-price.ts) is tried first, as the longest unit a figure can take.
 */
const UNIT_VALUE = new RegExp(
  `(?:${PER_BASE_PRICE}|\\d[\\d.,]*(?:${UNIT_WORDS})|(?<=[（(](?:${UNIT_WORDS})[)）])\\d[\\d.,]*)(?=\\p{Script=Han})`,
  'gu',
);
/** A name that opens with a figure and its words (7岁以下儿童健康管理率, 3 岁以下…): four Han characters at least. */
const FIGURE_OPENED_NAME = /^\d{1,3}\s?\p{Script=Han}{4}/u;
/** A figure that may be a year: four digits from 1900 to 2099, or a longer run ending in four (a year glued on). */
const YEAR_FIGURE = /(?:^|\d)(?:19|20)\d\d$/;
/** A bare figure right before a name's words: a value only where a unit opens those words or a count closes the name. */
const BARE_FIGURE = /\d[\d.]*(?=\p{Script=Han})/gu;
/** The words a name ends in when it counts (车辆数, 安排数量, 项目比例): a bare figure after them is its value. */
const COUNTED_END = /(?:数|数量|比例)$/u;

/**
 * The words that close a date: 2025年10月底前, 12月底, 6月末, 11月底之前 — 底 or 末, then 之前 / 以前 / 前 as one
 * class (either part alone too).
 */
const DATE_CLOSE = /^(?:[底末](?:之前|以前|前)?|之前|以前|前)/u;
/** The words closing a year as a date (2025年 | 年底前, 2025年 | 底): its end, 年 written again or not. */
const YEAR_END = /^年?[底末](?:之前|以前|前)?/u;
/** Words that bound a value from one side, written after it. */
const BOUND = /^(?:及以上|及以下|以上|以下|以内|左右)/;
/** A unit a marked value keeps before the next name: the longest a measure takes (公里, 万元, 元/亩). */
const UNIT_AFTER =
  /^(?:[万千亿]?(?:元\/亩|元\/人|公里|公斤|平方米|立方米|个|人次|人|次|户|件|台|套|项|所|家|场|篇|种|天|日|年|月|亩|元|吨|米|座|辆|册|份|株|只|头|条|处|名|批|期|课时|小时|分钟|分))/u;

/** The words a name ends in when it counts or measures (培训次数, 培训人次, 误差率, 覆盖面积): its value may be bounded. */
const MEASURED_END = /(?:数|数量|比例|率|度|量|次|人次|面积|里程|时间|时限|周期|金额|标准|规模)$/u;
/** A bounded figure (1000人次以上, 3%以内) in a clause of a list. */
const BOUNDED_CLAUSE = /\d[\d.,]*\s*(?:%|‰|\p{Script=Han}{1,3}?)?(?:以上|以下|以内)/u;

/**
 * Whether the words before a bounded value are a row's name (免疫规划知识培训次数), or a name with the clauses of a
 * list its value writes before that figure, each holding a bounded figure and closed by a comma (全年检测次数自愿咨询
 * 检测1000人次以上,结核病人筛查): the value is the list's last clause then, glued-values.ts gives the name back its
 * list. No figure stands in a name's words outside such clauses.
 */
function namesBeforeBound(words: string): boolean {
  const clauses = words.split(/[,，;；]/);
  const last = clauses.at(-1)!;
  if (!/\p{Script=Han}{2}/u.test(last) || /\d/.test(last)) return false;
  // (资助 | 5岁以上儿童…: words that end in no measure are a name going on into a bounded figure of its own.)
  return clauses.length > 1
    ? clauses.slice(0, -1).every((c) => BOUNDED_CLAUSE.test(c))
    : MEASURED_END.test(last);
}

/**
 * The text cut into name and value pieces in turn (name, value, name, value …), or null where no marked value
 * stands between two names. The last piece is left as written (the readers of one row cut its value).
 */
export function splitJoinedRows(text: string): string[] | null {
  const out: string[] = [];
  let at = 0;
  const byUnit = [...text.matchAll(UNIT_VALUE)];
  const bare = new Set(text.matchAll(BARE_FIGURE));
  const values = [...text.matchAll(MARKED_VALUE), ...byUnit, ...bare].sort((a, b) => a.index - b.index);
  for (const m of values) {
    const start = m.index;
    // …全年报告和11期景气报告: a figure in a list of the words around it is one of those words (listed-figures.ts).
    if (start > at && isListedFigure(text.slice(at, start), m[0], text.slice(start))) continue;
    // 声光报警、紧急按钮、指示灯30只气体灭火控制器…, 配备车辆数10雾炮车风炮射程…: a bare figure is a row's value where a
    // unit the core's data or the measure words know opens the words after it (the name then starts after the unit),
    // or where the name before it ends in what it counts.
    if (bare.has(m)) {
      // (A year, 2023 | 年…, is a date's figure opening the next words, no count: 享受资助人数2100 is a count.)
      if (start <= at || !/\p{Script=Han}/u.test(text[start - 1] ?? '') || YEAR_FIGURE.test(m[0])) continue;
      const opening = unitOpeningName(text.slice(start + m[0].length, start + m[0].length + 12));
      // (The name's last words only: a long text with many figures is not copied at each of them.)
      if (!opening && !COUNTED_END.test(text.slice(Math.max(at, start - 4), start))) continue;
      const value = m[0] + (opening?.unit ?? '');
      const after = text.slice(start + value.length, start + value.length + 8);
      // (3岁以下: a measure no list knows before a bound is the figure's, the name's words go on.)
      // (总页数600万页: a unit right after the counted figure is its own, the row's end — not a name.)
      const bounded =
        BOUND.test(after) || (!opening && (BOUND.test(after.slice(1)) || unitAtStart(after) !== null));
      if (!/^\p{Script=Han}{2}/u.test(after) || bounded || start - at < 2) continue;
      out.push(text.slice(at, start), value);
      at = start + value.length;
      continue;
    }
    // A value stands after a name's words: a Han character or a closing bracket before it.
    if (start <= at || !/[\p{Script=Han}）)]/u.test(text[start - 1] ?? '')) continue;
    // 完成时限2025年10月底前项目…: a month after a year is the date's, which is the value, with the words that
    // close a date (底前, 底, 末).
    const year = /\d{4}年$/.exec(text.slice(0, start));
    if (year) {
      const dateEnd =
        start + m[0].length + (DATE_CLOSE.exec(text.slice(start + m[0].length))?.[0].length ?? 0);
      // (2020年1月--2020年11月: a range's second date takes its first with it.)
      const range = /\d{4}年\d{1,2}月(?:\d{1,2}日)?[-—–~～至]{1,2}$/u.exec(text.slice(0, year.index));
      const from = range ? range.index : year.index;
      if (/\d月$/.test(m[0]) && from > at && /[\p{Script=Han}）)]/u.test(text[from - 1] ?? '')) {
        const after = text.slice(dateEnd);
        if (/^\p{Script=Han}{2}/u.test(after) && !BOUND.test(after)) {
          out.push(text.slice(at, from), text.slice(from, dateEnd));
          at = dateEnd;
        }
      }
      continue;
    }
    // ≥100公里年增粮食: a known unit after the figure is the value's.
    // (A value its unit marked has it already; a month's, 11月底之前, the words closing it as a date — where a name
    // or the text's end follows them: 12月底前100%到位 is one value going on, whose end this cut does not know.)
    const rest = text.slice(start + m[0].length);
    const closed = /^\d{1,2}月$/.test(m[0]) ? DATE_CLOSE.exec(text.slice(start + m[0].length)) : null;
    const closing =
      closed && /^(?:\p{Script=Han}{2}|$)/u.test(text.slice(start + m[0].length + closed[0].length))
        ? closed
        : null;
    // (不低于100组实验室…: a measure word the list above does not hold is the figure's where a name's words follow it,
    // as after a bare figure; 不少于300人均增收额: one that begins a word names open with is the name's.)
    const listed = UNIT_AFTER.exec(rest)?.[0];
    // (2025年年底前, 2025年底: a year's end is the date's words, not a name's — 年 | 年底前 would stand as a row.)
    const yearEnd = /^\d{4}年$/.test(m[0]) ? YEAR_END.exec(rest)?.[0] : undefined;
    const value =
      /[%％‰]$/.test(m[0]) || byUnit.includes(m)
        ? m[0] + (closing?.[0] ?? yearEnd ?? '')
        : m[0] +
          (listed !== undefined && !(listed.length === 1 && opensName(rest))
            ? listed
            : (unitOpeningName(rest.slice(0, 12))?.unit ?? ''));
    const end = start + value.length;
    // The next name must begin with words: two Han characters or more that do not bound the value (95%以上).
    const after = text.slice(end);
    // 培训次数2次以上 | 培训人次…: the word bounding the value from one side is the value's, and a name may follow it —
    // where the words before are a name, or a name and the bounded figures its value lists before this one, and the
    // words after are a name of four characters at least (服务人数3岁以下婴幼儿: who is served, the name going on).
    const bound = BOUND.exec(after)?.[0];
    if (
      bound !== undefined &&
      /^\p{Script=Han}{4}/u.test(after.slice(bound.length)) &&
      namesBeforeBound(text.slice(at, start))
    ) {
      out.push(text.slice(at, start), value + bound);
      at = end + bound.length;
      continue;
    }
    // (90%7岁以下儿童健康管理率: a percent sign closes its figure; a figure after it with a name's words opens the next
    // row's name.)
    const figureOpened = /[%％‰]$/.test(value) && FIGURE_OPENED_NAME.test(after);
    if ((!/^\p{Script=Han}{2}/u.test(after) && !figureOpened) || BOUND.test(after)) continue;
    out.push(text.slice(at, start), value);
    at = end;
  }
  if (out.length === 0) return null;
  out.push(text.slice(at));
  return out;
}
