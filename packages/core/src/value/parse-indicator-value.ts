// The 指标值 grammar: written text → IndicatorValue (MODEL.md, DOMAIN.md R-IND-07/08).
// Returns a value for every input; `problem` carries a stable code when the text is only partly understood.
import type { Comparator, IndicatorValue } from '../model/indicator-value.ts';
import type { ValueProblem } from '../model/value-problem.ts';
import { normalizeComparators, stripSpaces, toHalfWidth } from './normalize.ts';
import { matchUnit } from './units.ts';

/** Comparator words written before the number (R-IND-08). Longest first. */
const PREFIX_WORDS: ReadonlyArray<[string, Comparator]> = [
  ['大于或等于', '≥'],
  ['大于等于', '≥'],
  ['小于或等于', '≤'],
  ['小于等于', '≤'],
  ['不少于', '≥'],
  ['不低于', '≥'],
  ['不小于', '≥'],
  ['不超过', '≤'],
  ['不高于', '≤'],
  ['不多于', '≤'],
  ['不大于', '≤'],
  ['不超出', '≤'],
  ['控制在', '≤'],
  ['至少', '≥'],
  ['达到', '≥'],
  ['超过', '>'],
  ['高于', '>'],
  ['大于', '>'],
  ['多于', '>'],
  ['低于', '<'],
  ['小于', '<'],
  ['少于', '<'],
  ['等于', '='],
  ['为', '='],
];
const PREFIX = new Map<string, Comparator>(PREFIX_WORDS);
const PREFIX_SORTED = [...PREFIX.keys()].sort((a, b) => b.length - a.length);
/** The last characters of the comparator words: text before the number ending otherwise has none. */
const PREFIX_ENDS = new Set([...PREFIX.keys()].map((w) => w.at(-1)!));

/** Comparator words written after the number and unit: 95%以上, 10个工作日以内. */
const SUFFIX_WORDS: ReadonlyArray<[string, Comparator]> = [
  ['及以上', '≥'],
  ['以上', '≥'],
  ['或以上', '≥'],
  ['及以下', '≤'],
  ['以下', '≤'],
  ['或以下', '≤'],
  ['以内', '≤'],
  ['之内', '≤'],
  ['内', '≤'],
  ['以下', '≤'],
];

const SYMBOLS: ReadonlyMap<string, Comparator> = new Map<string, Comparator>([
  ['≥', '≥'],
  ['≤', '≤'],
  ['=', '='],
  ['>', '>'],
  ['<', '<'],
]);

const SPACE_RUN = /[\s\u3000]/;
const PLACEHOLDER = /^[…．.·。\-—_/\s□]*$/;
const NUMBER = /^(-?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/;

function empty(raw: string): IndicatorValue {
  return { raw, kind: 'empty', op: null, value: null, unit: null, text: null, label: null, problem: null };
}

function qualitative(raw: string, problem: ValueProblem | null = null): IndicatorValue {
  return { raw, kind: 'qualitative', op: null, value: null, unit: null, text: raw, label: null, problem };
}

const DEADLINE =
  /^(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日|(底|末|中旬|上旬|下旬))?(?:前|之前|以前|内|止)?(?:完成|办结|上线|验收)?$/;

/** 12月31日前, 2024年6月底前 → "12-31", "2024-06-30"; null when the text is not a deadline. */
function readDeadline(s: string): string | null {
  if (!s.includes('月')) return null;
  const m = DEADLINE.exec(s);
  if (!m) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const lastDay = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  const day = m[3] ? Number(m[3]) : m[4] === '中旬' ? 20 : m[4] === '上旬' ? 10 : lastDay;
  if (day < 1 || day > lastDay) return null;
  const md = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return m[1] ? `${m[1]}-${md}` : md;
}

/** The written text with its spaces folded, trimmed: what a value keeps as `raw`. */
function rawOf(input: string | null | undefined): string {
  const written = input ?? '';
  // Most values have no space to fold: testing costs less than replacing.
  return (SPACE_RUN.test(written) ? written.replace(/[\s\u3000]+/g, ' ') : written).trim();
}

// Asked of every figure read: the patterns compiled once (a pattern written in a function is a new object per call).
const FIRST_DIGIT = /-?\d/;
/** The other end of a range after the figure: 90%-95%, 5~10天. */
const RANGE_END = /^(%|[^\d~-]{0,4})[-~至到](\d+(?:\.\d+)?)/;
/** A compound unit's per-part after a known unit: 元/人·月, 次/年. */
const PER_BASE =
  /^[/·][\p{Script=Han}]{1,2}(?:[·/][\p{Script=Han}]{1,2})?(?=$|[^\p{Script=Han}]|以|及|或|之|内)/u;
/** A unit the grammar does not know: a short run of letters or Han characters. */
const SHORT_UNIT = /^[\p{Script=Han}A-Za-z/]{1,4}$/u;

/** The characters a value's label keeps (满意率 of 满意率≥95%): Han and Latin letters. */
const LABEL_ONLY = /^[\p{Script=Han}A-Za-z]*$/u;
const NOT_LABEL = /[^\p{Script=Han}A-Za-z]/gu;
const PROSE_PUNCTUATION = /[,.;:!?，。；：]/;

interface Head {
  op: Comparator | null;
  label: string;
  /** The text from the number on. */
  rest: string;
  num: RegExpExecArray;
}

/**
 * What opens a figure (words, a comparator, the number) in the normalised text; null when the text is no
 * figure (a qualitative value).
 */
function readHead(s: string): Head | null {
  // Words before the comparator or number: 满意率≥95%, 达到95%. The number starts at the first digit
  // (or its minus sign); a comparator, if any, is written right before it.
  const firstDigit = s.search(FIRST_DIGIT);
  if (firstDigit < 0) return null;
  let before = s.slice(0, firstDigit);
  let op: Comparator | null = null;
  const sym = SYMBOLS.get(before.at(-1) ?? '');
  if (sym) {
    op = sym;
    before = before.slice(0, -1);
  } else if (PREFIX_ENDS.has(before.at(-1) ?? '')) {
    const word = PREFIX_SORTED.find((w) => before.endsWith(w));
    if (word) {
      op = PREFIX.get(word)!;
      before = before.slice(0, -word.length);
    }
  }
  // Most labels are Han characters alone: tested once rather than character by character.
  const label = before === '' || LABEL_ONLY.test(before) ? before : before.replace(NOT_LABEL, '');
  const rest = s.slice(firstDigit);
  const num = NUMBER.exec(rest);
  if (!num) return null;
  // A label longer than a short subject (满意率, 群众满意度) is prose with a number in it, e.g. 完成12项工作任务.
  if (label.length > 8 || PROSE_PUNCTUATION.test(before)) return null;
  return { op, label, rest, num };
}

/**
 * True when parseIndicatorValue would read the text as a quantitative value (a figure, not prose or a
 * deadline), without reading the rest of it: for the readers that only ask whether a cell is a figure.
 */
export function isQuantitativeValue(input: string | null | undefined): boolean {
  const raw = rawOf(input);
  if (PLACEHOLDER.test(raw)) return false;
  const s = normalizeComparators(stripSpaces(toHalfWidth(raw)));
  return readDeadline(s) === null && readHead(s) !== null;
}

/** Parses a written 指标值. Never throws. */
export function parseIndicatorValue(input: string | null | undefined): IndicatorValue {
  const raw = rawOf(input);
  if (PLACEHOLDER.test(raw)) return empty(raw);
  // `raw` keeps what was printed; the reading works on the normalised text (≧ ＞＝ ═ ≥ = → ≥ …).
  const s = normalizeComparators(stripSpaces(toHalfWidth(raw)));
  const deadline = readDeadline(s);
  if (deadline) return { ...qualitative(raw), deadline };

  const head = readHead(s);
  if (!head) return qualitative(raw, !/-?\d/.test(s) && /^[≥≤=><]/.test(s) ? 'missing-number' : null);
  const { label, num } = head;
  let { op, rest } = head;

  // Thousands separators and leading zeros are rare: looked for before they are replaced.
  const digits = (num[2]!.includes(',') ? num[2]!.replace(/,/g, '') : num[2]!) + (num[3] ?? '');
  const value = num[1]! + (digits.startsWith('0') ? digits.replace(/^0+(?=\d)/, '') : digits);
  rest = rest.slice(num[0].length);

  let problem: ValueProblem | null = null;
  // Ranges: 90%-95%, 5~10天.
  const range = RANGE_END.exec(rest);
  if (range) {
    problem = 'range';
    rest = rest.slice(range[0].length);
    if (rest.length === 0) rest = range[1]!;
    op ??= '≥';
  }

  let unit = matchUnit(rest);
  if (unit) rest = rest.slice(unit.length);
  // Compound units: a known unit per a period or a base, 元/人·月, 次/年, 人次/年.
  const per = unit ? PER_BASE.exec(rest) : null;
  if (per && unit) {
    unit += per[0];
    rest = rest.slice(per[0].length);
  }

  for (const [w, c] of SUFFIX_WORDS) {
    if (rest.startsWith(w)) {
      if (op && op !== c && !(op === '>' && c === '≥') && !(op === '<' && c === '≤'))
        problem ??= 'conflicting-comparators';
      op ??= c;
      rest = rest.slice(w.length);
      break;
    }
  }
  if (!unit && rest.length > 0) {
    // A unit this grammar does not know: a short run of letters or Han characters ends the value.
    const m = SHORT_UNIT.exec(rest);
    if (m) {
      unit = m[0];
      rest = '';
    }
  }
  if (rest.length > 0) {
    if (/^\(.*\)$/.test(rest)) rest = '';
    else if (NUMBER.test(rest.replace(/^[,;、]/, '')) || /\d/.test(rest)) problem ??= 'several-values';
    else problem ??= 'trailing-text';
  }

  const opImplied = op === null;
  return {
    raw,
    kind: 'quantitative',
    op: op ?? '=',
    value,
    unit,
    text: rest.length > 0 ? rest : null,
    label: label.length > 0 ? label : null,
    opImplied,
    problem,
  };
}

/** Renders a typed value back to the single 指标值 string (KPI_VAL), e.g. `≥95%` (DOMAIN R-DATA-02). */
export function formatIndicatorValue(v: IndicatorValue): string {
  if (v.kind === 'empty') return '';
  if (v.kind === 'qualitative') return v.text ?? v.raw;
  return `${v.label ?? ''}${v.op ?? ''}${v.value ?? ''}${v.unit ?? ''}`;
}
