// The smallest pieces of a 自评表 whose cells came run together: a value (an operator, a number and its
// unit: ≥266米, 100%, 20万元) or a piece of text, each remembering the cell it came from. A run of digits
// that holds several cells (20100% = 分值 20 and 指标值 100%) is cut only later, by the columns it must fill
// and the arithmetic of the form (see evaluation-fused.ts).
import { matchUnit } from '@jixiao/core';
import { COMPARATOR_SIGNS, MEASURE_WORDS, PER_MEASURE_WORDS } from './evaluation-value-words.ts';
import { JUDGEMENT_WORDS } from './lexicon-columns.ts';
import { withoutUnstatedUnit } from './bracket-stated-unit.ts';
import { isListedFigure } from './listed-figures.ts';
import { countsAge } from './age-figure.ts';

export interface Atom {
  kind: 'value' | 'text';
  text: string;
  /** Index of the cell (as extracted or as the tokenizer cut it) the atom stands in. */
  cell: number;
  /** True when the atom follows the one before it without a gap (no space, same cell). */
  glued?: boolean;
  /** The number a text of letters OCR confuses with digits reads as (IO → 10): a figure only where a column says so. */
  misread?: string;
  /** The phrase every row prints in one column (达成预期指标): a cell of its own, never part of a name. */
  repeated?: boolean;
  /**
   * A piece cut off the text before it by meaning (worded-value-cuts.ts): what a reading pays where a cell starts
   * here, the text not being printed apart.
   */
  parted?: number;
}

/** Letters OCR gives for digits: O and o for 0, I and l for 1. */
const DIGIT_LOOKALIKES: Record<string, string> = { O: '0', o: '0', I: '1', l: '1' };
const LOOKALIKE_RUN = /^[OoIl]{1,3}(?![A-Za-z\d])/;

/** The number a run of look-alike letters at the start of `text` reads as, when it reads as a well-formed one. */
export function lookalikeNumberAt(text: string): { letters: string; number: string } | null {
  const run = LOOKALIKE_RUN.exec(text)?.[0];
  if (!run) return null;
  const number = [...run].map((ch) => DIGIT_LOOKALIKES[ch]).join('');
  return isWellFormedNumber(number) ? { letters: run, number } : null;
}

const OPERATOR = `(?:>=|<=|[${COMPARATOR_SIGNS}±])`;
const VALUE_START = new RegExp(`^${OPERATOR}*\\s*\\d`);
// Built once: partsOf runs for every candidate cell of every reading of a row (the costliest call of a batch).
const LEADING_OPERATOR = new RegExp(`^${OPERATOR}*\\s*`);
const NUMBER = /^\d[\d.]*/;
/** A span of years (2018-2022, 2021—2023年): a period named in an indicator, not a figure of the row. */
const YEAR_SPAN = /^(?:19|20)\d\d\s*[-–—~～至到]\s*(?:19|20)\d\d年?(?:度)?/;
/** A year and month (2021年12月, 2021年12月31日), with the digits of a figure run into its year before it. */
const DATE = /^(\d{0,3}?)((?:19|20)\d\d年(?:0?[1-9]|1[0-2])月(?:[0-3]?\d日)?)/;
/**
 * A month's date closed by its words (12月底, 6月末, 6月30日) with the digits of a figure run into it before: the
 * figure, then the date (no leading 0 on the month: 1006月30日 is 100 | 6月30日).
 */
const MONTH_DATE = /^(\d{2,12})(月(?:[底末]|[0-3]?\d日))/;

/**
 * The figure and the month's date at the start of `rest` (206612月底: 2066 | 12月底), the month the last two digits
 * where they are one (10 to 12), else the last; null where no digits are left before it (12月底 alone).
 */
function monthDateAt(rest: string): { figure: string; date: string } | null {
  const m = MONTH_DATE.exec(rest);
  if (!m) return null;
  const run = m[1]!;
  const digits = /^1[0-2]$/.test(run.slice(-2)) ? 2 : run.endsWith('0') ? 0 : 1;
  if (digits === 0 || run.length <= digits) return null;
  const close = /^(?:之前|以前|前)/u.exec(rest.slice(m[0].length))?.[0] ?? '';
  return { figure: run.slice(0, -digits), date: run.slice(-digits) + m[2]! + close };
}
/**
 * 2、 at the head of a cell: the page's numbering of its paragraphs or rows, no figure and no part of a name.
 * Before a figure only 、 numbers (2、100%: a page cut a row there; 2.5 is a decimal).
 */
const CELL_NUMBERING = /^\d{1,2}(?:[、．.](?=\p{Script=Han})|、(?=\d))/u;

/**
 * Comparators written in words that only ever stand before a figure (达到, 大于 and 小于 alone end names too:
 * 医疗收入达到5亿元 is a name).
 */
export const COMPARATOR_WORDS = [
  '大于或等于',
  '小于或等于',
  '大于等于',
  '小于等于',
  '不少于',
  '不低于',
  '不小于',
  '不超过',
  '不高于',
  '不多于',
  '不大于',
  '不超出',
];

/** The unit right after a number: a known unit, or a measure word with an optional 万/千/亿 (550万粒). */
export function unitAt(text: string): string {
  // 600余人, 30余万元: 余 (some more than) between a figure and its unit is the unit's.
  if (text.startsWith('余') && /^\p{Script=Han}/u.test(text.slice(1))) {
    const after = unitAt(text.slice(1));
    if (after !== '' && !after.startsWith('余')) return `余${after}`;
  }
  // １０３．２１％: a template that types its figures full-width types the percent sign so too (the digits come
  // here half-width, clean-cell.ts; ％ stays as printed). It is the figure's unit as % is.
  if (text.startsWith('％')) return '％';
  const known = matchUnit(text) ?? '';
  const scaled = /^[万千亿百]/.test(text)
    ? text.slice(0, 1) + (matchUnit(text.slice(1)) ?? measureAt(text.slice(1)))
    : '';
  const measure = measureAt(text);
  const best = [known, scaled.length > 1 ? scaled : '', measure].sort((a, b) => b.length - a.length)[0]!;
  // 10万10万100%: an amount written with 万 (亿) alone, short for 万元, before a figure or the text's end.
  if (best === '' && /^[万亿](?!\p{Script=Han})/u.test(text)) return text[0]!;
  // 2个季度: a count of periods the units data knows only in months (个月).
  const periods = COUNTED_PERIODS.exec(text)?.[0];
  if (periods && periods.length > best.length) return periods;
  // 11月底前10月, 6月末: the words that close a calendar month's date are the figure's — but not before a judgement
  // that goes on with them (12月底之前完成 may be the next row's name, the figure before it a row's).
  if (best === '月') {
    const close = MONTH_CLOSE.exec(text.slice(1))?.[0] ?? '';
    const after = text.slice(1 + close.length);
    return JUDGEMENT_WORDS.some((w) => w.length >= 2 && after.startsWith(w)) ? best : best + close;
  }
  return best === '' ? best : compoundUnit(text, best);
}

/** The words after a month that close a date: 底 or 末, then 之前 / 以前 / 前; or 之前 / 以前 alone. */
const MONTH_CLOSE = /^(?:[底末](?:之前|以前|前)?|之前|以前)/u;

/** Periods counted with 个 (2个季度, 1个学期) — the units data writes 个月 and 个工作日 whole. */
const COUNTED_PERIODS = /^个(?:季度|学期|星期)/u;
/**
 * The terms a rate is given per that are no unit of the data: 元/学期, and 生 for a pupil (元/生, 元/生·年 — how
 * school funds print their 生均 standard), only ever after the `/` or `·` of a compound unit.
 */
const PER_TERMS = ['学期', '生'];

/**
 * A unit and the units it is divided by (元/学期, 元/人·月): `/` or `·` and a unit the data knows (or a school term),
 * as often as the text writes them; the unit alone where no such part follows.
 */
function compoundUnit(text: string, unit: string): string {
  let out = unit;
  while (/^[/·]/u.test(text.slice(out.length)) && out.length < 16) {
    const rest = text.slice(out.length + 1);
    const per = matchUnit(rest) ?? PER_TERMS.find((t) => rest.startsWith(t)) ?? '';
    if (!/^\p{Script=Han}/u.test(per)) break;
    out += text[out.length]! + per;
  }
  return out;
}

function measureAt(text: string): string {
  return MEASURE_WORDS.find((m) => text.startsWith(m)) ?? '';
}

/**
 * A bound word written after a figure (95%以上, 3%以内): the value's, as printed, where the figure's word ends, the
 * next figure starts or an actual's wording follows (5%以内达成目标); before other words (95%以上学生) it opens a name.
 */
const BOUND_AFTER = /^(及以上|及以下|以上|以下|以内|左右)(?=$|\s|\d|达成|完成|已|未|基本|全部|部分)/;

/** One value at the start of `text`: operator, number, unit. */
function valueAt(text: string): string | null {
  // .32: an amount whose integer part the extraction lost still holds its cell (it reads as no amount).
  const lost = /^\.\d[\d.]*/.exec(text);
  if (lost) return lost[0];
  if (!VALUE_START.test(text)) return null;
  const op = LEADING_OPERATOR.exec(text)![0];
  const num = NUMBER.exec(text.slice(op.length))![0].replace(/\.+$/, '');
  const unit = unitAt(text.slice(op.length + num.length));
  return text.slice(0, op.length + num.length) + unit;
}

/**
 * 126部分群众不愿…, 43个别人未…: a measure word that opens 部分 or 个别 with the character after it, the words then
 * saying what fell short (不, 未, 没, 无), is the start of a reason run into the figure, not the figure's unit
 * (12部分类上架 keeps its 部: no shortfall follows).
 */
const WORD_AFTER_FIGURE = /^(?:部分|个别)\p{Script=Han}{0,6}?[不未没无]/u;

function withoutWordOpener(v: string | null, rest: string): string | null {
  if (v === null) return null;
  const unit = partsOf(v).unit;
  return unit.length === 1 && WORD_AFTER_FIGURE.test(rest.slice(v.length - 1)) ? v.slice(0, -1) : v;
}

const OPERATOR_ONLY = new RegExp(`^${OPERATOR}+$`);

/**
 * ≥ 735 人次, ≥ 95 %: a cell that is one value written with spaces between its operator, its number and its unit
 * (a template's spaced writing, copied a cell at a time) — the value without the spaces; null for any other cell.
 * Only whole cells: in a space-aligned row the spaces part cells (95 10 is a target and a 分值).
 */
export function spacedValue(cellText: string): string | null {
  const parts = cellText.trim().split(/[ \t\u3000]+/);
  if (parts.length < 2 || parts.length > 3) return null;
  let k = 0;
  if (OPERATOR_ONLY.test(parts[k]!)) k++;
  if (!/^\d[\d.,]*$/.test(parts[k] ?? '')) return null;
  k++;
  // After the number at most its unit: a number after a number is two cells.
  if (parts.length - k > 1 || (k < parts.length && unitAt(parts[k]!) !== parts[k])) return null;
  return parts.join('');
}

/** The word a template numbers its rows after (指标1, 任务2), at the end of the text read so far. */
const ROW_NUMBER_WORD = /(指标|任务)$/;

const SPACED_POINTS_NOTE = /([（(]\d+(?:\.\d+)?)[ \t\u3000]+(分[)）])/g;

/**
 * The atoms of cells: each cell cut into values and text. Spaces part atoms (a space-aligned extraction
 * parts its cells with them); a value run into text (5000吨稻谷) stays a value and a text.
 */
export function atomsOf(cells: readonly string[]): Atom[] {
  const out: Atom[] = [];
  cells.forEach((written, cell) => {
    // (80 分): a section's points note with the space a copy put before 分, one piece of text as (80分) is.
    const cellText = written.replace(SPACED_POINTS_NOTE, '$1$2');
    const spaced = spacedValue(cellText);
    if (spaced !== null) {
      out.push({ kind: 'value', text: spaced, cell });
      return;
    }
    cellText.split(/[ \t\u3000]+/).forEach((part, k) => {
      let rest = k === 0 ? part.replace(CELL_NUMBERING, '') : part;
      let text = '';
      let first = true;
      const push = (atom: Atom) => {
        out.push(first ? atom : { ...atom, glued: true });
        first = false;
      };
      const flush = () => {
        if (text !== '') push({ kind: 'text', text, cell });
        text = '';
      };
      while (rest.length > 0) {
        // 指标1, 指标2 (任务1, 任务2 in a 部门整体 template): the template's numbering of rows, part of the text it
        // stands in. 指标2: at a cell's end is the template's empty numbered row, no figure either.
        const numbering = ROW_NUMBER_WORD.test(text)
          ? /^\d{1,2}(?:[:：、.．]?(?=\p{Script=Han})|[:：]$)/u.exec(rest)
          : null;
        if (numbering) {
          // 个别人未及时完成任务2:健康档案…: the number after words run on from the row before opens the next row's
          // cell (the template numbers every row); the words before it end the cell before.
          const word = ROW_NUMBER_WORD.exec(text)![0];
          if (/\p{Script=Han}{2}$/u.test(text.slice(0, -word.length)) && /[:：、]$/.test(numbering[0])) {
            text = text.slice(0, -word.length);
            flush();
            text = word;
          }
          text += numbering[0];
          rest = rest.slice(numbering[0].length);
          continue;
        }
        const span = YEAR_SPAN.exec(rest);
        if (span) {
          text += span[0];
          rest = rest.slice(span[0].length);
          // 取得2018-20222、监测资料: a page's paragraph numbering right after the span (the line break lost).
          rest = rest.replace(/^\d{1,2}、(?=\p{Script=Han})/u, '');
          continue;
        }
        // 2021年12月完成: a date is a text of its own (the target as printed), and digits run into its year
        // (52021年 under 分值 | 指标值) are a figure before it.
        const date = DATE.exec(rest);
        // 指标12021年11月30日前…: after the template's 指标 the digits before the year number the row.
        if (date && ROW_NUMBER_WORD.test(text) && /^\d{1,2}$/.test(date[1]!)) {
          text += date[0];
          rest = rest.slice(date[0].length);
          continue;
        }
        if (date) {
          if (date[1] !== '') {
            flush();
            push({ kind: 'value', text: date[1]!, cell });
          }
          flush();
          text = date[2]!;
          rest = rest.slice(date[0].length);
          continue;
        }
        // 2370人IO指标: look-alike letters right after a figure, where a figure may stand, kept as letters that
        // may be read as a number (the columns decide, evaluation-fused.ts).
        const lookalike =
          text === '' && out.at(-1)?.kind === 'value' && out.at(-1)?.cell === cell
            ? lookalikeNumberAt(rest)
            : null;
        if (lookalike) {
          push({ kind: 'text', text: lookalike.letters, cell, misread: lookalike.number });
          rest = rest.slice(lookalike.letters.length);
          continue;
        }
        // 完成1部宣传片,2套方案完成1部宣传片,2套方案: words holding figures written twice in a row where a cell begins
        // are a target and its actual alike, two whole cells — their figures are words of them, no cells.
        // 100%覆盖100%覆盖 (10 before it under 得分): a figure with words after it written twice, the points before.
        // (After a name's words too: WIFI布点全覆盖 | 100%覆盖 | 100%覆盖.)
        const figured = text === '' || /\p{Script=Han}$/u.test(text) ? doubledFigureWordsAt(rest) : null;
        if (figured) {
          flush();
          if (figured.points !== '') push({ kind: 'value', text: figured.points, cell });
          push({ kind: 'text', text: figured.words, cell });
          push({ kind: 'text', text: figured.words, cell });
          rest = rest.slice(figured.points.length + 2 * figured.words.length);
          continue;
        }
        const twice = text === '' ? doubledFigureTextAt(rest) : null;
        if (twice) {
          push({ kind: 'text', text: twice, cell });
          push({ kind: 'text', text: twice, cell });
          rest = rest.slice(2 * twice.length);
          continue;
        }
        // 100%2、100%: a page's paragraph numbering run in between two figures (the text lost its line break).
        const numbered = text === '' && out.at(-1)?.kind === 'value' ? /^\d{1,2}、(?=\d)/.exec(rest) : null;
        if (numbered) {
          rest = rest.slice(numbered[0].length);
          continue;
        }
        // 社会认可的办学环境.社会认可的办学环境.8: the stop that closes a sentence written twice (指标值 and 实际 alike),
        // then the next cell's figure. Elsewhere .32 after a label is an amount that lost its integer part.
        if (rest[0] === '.' && /\p{Script=Han}$/u.test(text) && doubledHalf(`${text}.`) !== null) {
          text += '.';
          rest = rest.slice(1);
          continue;
        }
        // 研究项目数量//支持…: two slashes between a name and the next are the row's target and actual left empty
        // as a template's unused row is marked (/ | /), not part of either name.
        if (
          rest.startsWith('//') &&
          /\p{Script=Han}$/u.test(text) &&
          /^(\p{Script=Han}|$)/u.test(rest.slice(2))
        ) {
          flush();
          push({ kind: 'text', text: '/', cell });
          push({ kind: 'text', text: '/', cell });
          rest = rest.slice(2);
          continue;
        }
        // ＝100 | ％资金节约率: a percent sign opening a text is the unit of the figure before it (a 计量单位 column's
        // cell run into the next name), never a name's first character: a text of its own.
        if (text === '' && /^[%％‰](?=\p{Script=Han})/u.test(rest)) {
          push({ kind: 'text', text: rest[0]!, cell });
          rest = rest.slice(1);
          continue;
        }
        // 206612月底之前完成 (得分 | 目标 | 实际 20 | 6 | 6, then the next row's name): digits run into a month's date
        // leave it the month that closes them — the date's words (12月底, 6月30日) a text of their own, the figure
        // before it what is left (monthDateAt).
        const month = monthDateAt(rest);
        if (month) {
          flush();
          push({ kind: 'value', text: month.figure, cell });
          rest = rest.slice(month.figure.length + month.date.length);
          // (12月底之前完成: before a judgement the date's words go on as one text, a name or a worded target; before
          // other words, 11月底前科普宣传时限, the date is a value of its own and the next name opens after it.)
          if (JUDGEMENT_WORDS.some((w) => w.length >= 2 && rest.startsWith(w))) text = month.date;
          else push({ kind: 'value', text: month.date, cell });
          continue;
        }
        const read = withoutWordOpener(valueAt(rest), rest);
        const v = read === null ? null : withoutUnstatedUnit(text, read, rest);
        // 65岁以上老年人…: a bare figure counting years of age opens (or goes on in) a name's words (age-figure.ts);
        // digits run into it from a figure before (1065岁以上: points 10) leave it its two (or one, 103岁以下: 3).
        const age = v !== null && /^\d+$/.test(v) && countsAge(rest.slice(v.length)) ? ageDigits(v) : null;
        if (age !== null) {
          if (age.length < v!.length) {
            flush();
            push({ kind: 'value', text: v!.slice(0, -age.length), cell });
          }
          text += age;
          rest = rest.slice(v!.length);
          continue;
        }
        // 每年3月、9月份发放: a figure in a list of the words around it is one of those words (listed-figures.ts).
        if (v && isListedFigure(text, v, rest)) {
          text += v;
          rest = rest.slice(v.length);
          continue;
        }
        // 10101.预算执行率…: a figure run into a numbered note (1. …) leaves the note its number; so does one run
        // into a numbered list of criteria (17180151、提供…: 17180 | 15 and the list's 1、).
        if (v && /^\d{2,}$/.test(v) && /^[.、]\p{Script=Han}/u.test(rest.slice(v.length))) {
          flush();
          push({ kind: 'value', text: v.slice(0, -1), cell });
          text = v.slice(-1);
          rest = rest.slice(v.length);
          continue;
        }
        if (v) {
          // 不低于95%: a comparator written in words before the figure is the value's, not the name's.
          // 每亩300: a cell that opens with the measure the figure is per (每亩, 每人) holds one value, the rate as
          // printed; its digits are no run of cells to cut.
          // (开放时间每周不少于42小时: run on after a name of two characters or more, before a comparison's word,
          // likewise — but 配套资金每人每年75元: before a bare figure the per words may end the name, which says what is
          // paid per, and stay there.)
          const compared = COMPARATOR_AT_END.exec(text);
          const perAt = PER_AT_END.exec(compared ? text.slice(0, compared.index) : text);
          const per =
            perAt && (perAt.index === 0 || (compared && perAt.index >= 2))
              ? text.slice(perAt.index)
              : undefined;
          // 已支出158.4万元, 平均18小时: the words of progress an actual opens with are the value's too.
          const progress = PROGRESS_OPENER.exec(text);
          // (After a comma, 按进度执行,已使用约40%, the words before are the value's clause too: left as they are.)
          const before = progress ? text.slice(0, progress.index) : '';
          const opened =
            progress && (before.match(/\p{Script=Han}/gu)?.length ?? 0) >= 2 && !/[,，、]$/.test(before)
              ? progress[0]
              : undefined;
          // 发放时间学期结束后1个月内: a time span with 内 after it is a deadline, the value's; so is the event it counts
          // from, where a timeliness name (…时间, …时限) closes before it.
          // (Not where words go on after 内 with no event before the span: 森林火灾6小时内扑灭率 is a name holding it.)
          const spanned = withinSpan(v, rest.slice(v.length));
          const from = spanned ? DEADLINE_FROM.exec(text)?.[1] : undefined;
          const within = spanned && (from !== undefined || !/^内\p{Script=Han}/u.test(rest.slice(v.length)));
          const word = per ?? COMPARATOR_WORDS.find((w) => text.endsWith(w)) ?? opened ?? from;
          if (word) text = text.slice(0, -word.length);
          // 已支出158.4万元,约44%: a worded value going on past its figure, a comma and 约 before a second figure.
          const last = out.at(-1);
          if (
            /^[,，]约?$/.test(text) &&
            last?.kind === 'value' &&
            last.cell === cell &&
            PROGRESS_OPENING.test(last.text)
          ) {
            const bound = BOUND_AFTER.exec(rest.slice(v.length))?.[1] ?? '';
            last.text += text + v + bound;
            text = '';
            rest = rest.slice(v.length + bound.length);
            continue;
          }
          flush();
          // 98%以上, 3%以内: a bound word closing the figure's word (or run into the next figure) is the value's.
          const bound = within ? '内' : (BOUND_AFTER.exec(rest.slice(v.length))?.[1] ?? '');
          push({ kind: 'value', text: (word ?? '') + v + bound, cell });
          rest = rest.slice(v.length + bound.length);
        } else {
          text += rest[0]!;
          rest = rest.slice(1);
        }
      }
      flush();
    });
  });
  return out;
}

/** The digits of an age at the end of a bare figure: two, or one where the two would open with 0. */
function ageDigits(figure: string): string {
  const two = figure.slice(-2);
  return two.length === 2 && two.startsWith('0') ? figure.slice(-1) : two;
}

/** What a value is counted per, closing the words before its figure (每亩, 每周): 每 and a period or a measure. */
const PER_AT_END = new RegExp(`每(?:${[...PER_MEASURE_WORDS, '周', '季度', '学期'].join('|')})$`, 'u');
/** A comparison's word closing the words before a figure (不少于). */
const COMPARATOR_AT_END = new RegExp(`(?:${COMPARATOR_WORDS.join('|')})$`, 'u');

/**
 * Words of progress an actual opens with before its figure (已支出158.4万元, 已拨付2个季度, 平均18小时, 累计36人,
 * 已使用约40%): 已 and a verb of paying or spending, an average or a running total, 约 after them. (Not 已完成: a judgement of its own, the
 * figure after it a score as often as its count.)
 */
const PROGRESS_WORDS = '已(?:支出|拨付|支付|发放|下达|使用)|平均|累计';
const PROGRESS_OPENER = new RegExp(`(?:${PROGRESS_WORDS})约?$`, 'u');
const PROGRESS_OPENING = new RegExp(`^(?:${PROGRESS_WORDS})约?\\d`, 'u');

/** A time span's unit: a deadline counts so long (30日内, 1个月内, 15个工作日内). */
const SPAN_UNIT = /\d(?:个月|个工作日|工作日|天|日|周|小时)$/u;
/** 内 closing a span, not opening a word of its own (内部, 内容, 内控 …). */
const WITHIN = /^内(?![部容控涵业外勤地陆])/u;
/** Whether the value `v` is a time span the text after it closes with 内 (1个月内). */
function withinSpan(v: string, after: string): boolean {
  return SPAN_UNIT.test(v) && WITHIN.test(after);
}
/**
 * The event a deadline counts from (学期结束后, 资金下达后), where a timeliness name closes on its measure (…发放时间,
 * …时限, …期限) right before it: two to ten characters ending in 后.
 */
const DEADLINE_FROM = /(?:时间|时限|期限)(\p{Script=Han}{2,10}?后)$/u;

/** The longest words written twice looked for at a cell's start, in characters. */
const MAX_DOUBLED = 30;

/**
 * The words `rest` opens with written twice in a row, where they open with a Han character and hold a figure among
 * two Han characters or more (完成1部宣传片,2套方案 twice): the longest such, else null. Words without a figure are
 * left to the readers of worded cells (worded-value-cuts.ts), a figure alone to the figures' reading.
 */
function doubledFigureTextAt(rest: string): string | null {
  if (!/^\p{Script=Han}/u.test(rest) || !/\d/.test(rest.slice(0, MAX_DOUBLED))) return null;
  for (let len = Math.min(MAX_DOUBLED, Math.floor(rest.length / 2)); len >= 4; len--) {
    const words = rest.slice(0, len);
    if (
      rest.startsWith(words, len) &&
      /\d/.test(words) &&
      (words.match(/\p{Script=Han}/gu)?.length ?? 0) >= 2 &&
      doubledHalf(words) === null
    )
      return words;
  }
  return null;
}

/**
 * A figure and the words after it written twice in a row where a cell begins (100%覆盖100%覆盖: target and actual
 * alike), maybe after a few digits of points (10 | 100%覆盖 | 100%覆盖): the words hold two Han characters or more
 * and are more than one value (not 95%以上, a figure and its bound, which the figures' reading keeps). Null otherwise.
 */
function doubledFigureWordsAt(rest: string): { points: string; words: string } | null {
  if (!/^\d/.test(rest)) return null;
  for (let p = 0; p <= 3 && /^\d*$/.test(rest.slice(0, p)); p++) {
    const from = rest.slice(p);
    for (let len = Math.min(MAX_DOUBLED, Math.floor(from.length / 2)); len >= 4; len--) {
      const words = from.slice(0, len);
      if (
        /^[1-9]|^0(?!\d)/.test(words) &&
        /\p{Script=Han}$/u.test(words) &&
        from.startsWith(words, len) &&
        (words.match(/\p{Script=Han}/gu)?.length ?? 0) >= 2 &&
        figureThenWords(words)
      )
        return { points: rest.slice(0, p), words };
    }
  }
  return null;
}

/**
 * A figure printed with its unit and words of two Han characters or more after it (100%覆盖) — not a bare figure
 * before words (10有效: points and a judgement, each a cell) nor a figure and its bound (95%以上).
 */
function figureThenWords(words: string): boolean {
  const value = valueAt(words) ?? '';
  const after = words.slice(value.length);
  return (
    partsOf(value).unit !== '' &&
    /^\p{Script=Han}{2}/u.test(after) &&
    !/^(?:及以上|及以下|以上|以下|以内|左右)$/.test(after)
  );
}

/** A number as printed in a cell of its own: no leading zero but in 0 and 0.x. */
export const isWellFormedNumber = (t: string): boolean => /^(0|[1-9]\d*)(\.\d+)?$/.test(t);

/** The parts of a value: operator, number, unit (≥266米 → ≥, 266, 米). */
export function partsOf(value: string): { op: string; number: string; unit: string } {
  const op = LEADING_OPERATOR.exec(value)![0];
  const number = NUMBER.exec(value.slice(op.length))?.[0] ?? '';
  return { op, number, unit: value.slice(op.length + number.length) };
}

/** The decimal places a number is printed to when they are a format (10.00, 9.50: ending in 0), else null. */
function printedPlaces(t: string): number | null {
  const fraction = /\.(\d+)$/.exec(partsOf(t).number)?.[1];
  return fraction?.endsWith('0') ? fraction.length : null;
}

/**
 * Whether two figures of a row agree in their printed places: where one is printed to a fixed number of places
 * (10.00), the other has as many (9.00, not 9); figures without such a format (10 | 9.5) always agree.
 */
export function samePlaces(a: string, b: string): boolean {
  const format = printedPlaces(a) ?? printedPlaces(b);
  return format === null || (placesOf(a) === format && placesOf(b) === format);
}

/** The decimal places a figure is printed to (0 without a fraction). */
function placesOf(t: string): number {
  return /\.(\d+)$/.exec(partsOf(t).number)?.[1]?.length ?? 0;
}

/**
 * The ways to read a value as `k` cells printed without a gap: its digits cut into `k` well-formed numbers,
 * the operator kept on the first and the unit on the last (20100% → 20 | 100%; 901010010 → 90 | 10 | 100 | 10).
 * At most `limit` readings.
 */
export function cutValue(value: string, k: number, limit = 5000, maxDecimals = 6): string[][] {
  const { op, number, unit } = partsOf(value);
  if (k === 1) return [[value]];
  if (number.length < k) return [];
  const out = cutsFrom({ number, limit, maxDecimals, memo: new Map() }, 0, k);
  return out.map((p) => {
    const q = [...p];
    q[0] = op + q[0]!;
    q[q.length - 1] = q.at(-1)! + unit;
    return q;
  });
}

/**
 * One cutting of a number: its digits, the most readings and decimals, and the readings of each state worked out.
 * (Module functions over this state, not closures made per call: cutValue runs for every figure a reading tries,
 * and tsx names each closure it makes.)
 */
interface Cutting {
  number: string;
  limit: number;
  maxDecimals: number;
  memo: Map<number, string[][]>;
}

function wellFormedPiece(piece: string, maxDecimals: number): boolean {
  const dot = piece.indexOf('.');
  return isWellFormedNumber(piece) && (dot < 0 || piece.length - dot - 1 <= maxDecimals);
}

/** The readings of number[at..] as `left` pieces, each state worked out once. */
function cutsFrom(c: Cutting, at: number, left: number): string[][] {
  const key = at * 64 + left;
  const known = c.memo.get(key);
  if (known) return known;
  const { number, limit, maxDecimals } = c;
  const found: string[][] = [];
  if (left === 1) {
    const last = number.slice(at);
    if (wellFormedPiece(last, maxDecimals)) found.push([last]);
  } else {
    for (let end = at + 1; end <= number.length - (left - 1) && found.length < limit; end++) {
      const piece = number.slice(at, end);
      // A piece that starts with 0 is well formed only as 0 or 0.x; a fraction too long stays too long.
      if (piece.length > 1 && piece.startsWith('0') && !piece.startsWith('0.')) break;
      const dot = piece.indexOf('.');
      if (dot >= 0 && piece.length - dot - 1 > maxDecimals) break;
      if (!wellFormedPiece(piece, maxDecimals)) continue;
      for (const tail of cutsFrom(c, end, left - 1)) {
        found.push([piece, ...tail]);
        if (found.length >= limit) break;
      }
    }
  }
  c.memo.set(key, found);
  return found;
}

/**
 * Text written twice without a gap (是是, 显著提升显著提升), or twice as sentences each ended by its stop
 * (社会认可的办学环境.社会认可的办学环境.): its half, else null.
 */
export function doubledHalf(text: string): string | null {
  const n = text.length;
  if (n >= 2 && n % 2 === 0 && text.slice(0, n / 2) === text.slice(n / 2)) return text.slice(0, n / 2);
  const t = text.replace(STOP_AT_END, '');
  const mid = (t.length - 1) / 2;
  if (t.length < 5 || t.length % 2 !== 1 || !STOP.test(t[mid]!)) return null;
  return t.slice(0, mid) === t.slice(mid + 1) ? t.slice(0, mid) : null;
}
const STOP = /[.。；;]/;
const STOP_AT_END = /[.。；;]$/;

/**
 * Whether a unit may as well be the first character of a word: a measure word of one character (家, 人), scaled
 * or not (万元 as in 万元GDP能耗). A unit of several characters (平方米, 万平方米, 公里, 人次) opens no name: 757万平方米养护
 * 全覆盖 is a figure with its unit and the words after it, not 757 and a name 万平方米养护全覆盖.
 */
function mayOpenWord(unit: string): boolean {
  return unit.replace(/^[万千亿百]/, '').length === 1;
}

/**
 * A value whose unit is a word (10家, 500吨) run straight into text: the unit may as well be the first
 * character of the next name (1010家长满意度 = 分值 10, 得分 10, then 家长满意度). Such a value is given as the bare
 * number and its unit as a text of its own, so that a reading may take the unit with the value (≥50 | 厘米)
 * or with the name after it.
 */
export function looseUnits(atoms: readonly Atom[]): Atom[] {
  const out: Atom[] = [];
  atoms.forEach((a, i) => {
    const next = atoms[i + 1];
    const { op, number, unit } = partsOf(a.text);
    if (
      a.kind === 'value' &&
      next?.kind === 'text' &&
      next.glued &&
      /^\p{Script=Han}+$/u.test(unit) &&
      mayOpenWord(unit)
    ) {
      out.push({ ...a, text: op + number }, { kind: 'text', text: unit, cell: a.cell, glued: true });
    } else out.push(a);
  });
  return out;
}

/**
 * A 是 / 否 answer (是否核心指标, the column after a row's points) run straight into the next row's name
 * (22否基础信息完善): given as a text of its own, so that a reading may take it as the row's last cell or keep it
 * with the name after it. Only after two figures (the points and the score, 2 | 2): after one (8是基本达到) the words
 * are a value that opens with 是. 是否… opens names of its own (是否按时完成) and is left whole.
 */
export function looseAnswers(atoms: readonly Atom[]): Atom[] {
  const out: Atom[] = [];
  atoms.forEach((a, i) => {
    const before = atoms[i - 1];
    if (
      a.kind === 'text' &&
      a.glued &&
      before?.kind === 'value' &&
      atoms[i - 2]?.kind === 'value' &&
      /^[是否]\p{Script=Han}{2}/u.test(a.text) &&
      !a.text.startsWith('是否')
    )
      out.push(
        { ...a, text: a.text.charAt(0) },
        { kind: 'text', text: a.text.slice(1), cell: a.cell, glued: true },
      );
    else out.push(a);
  });
  return out;
}
