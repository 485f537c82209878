// Word's automatic numbering (w:numPr → word/numbering.xml): the label Word prints before a numbered paragraph
// (1. 2. 3., 一、二、, (1), ①, a.), counted as Word counts it — per list and level, a level's count restarted
// after a higher level's item, start values and their overrides honoured. Bullets and numbering of format none
// print no text. Numbering a paragraph style carries (styles.xml) is not read: forms number their cells directly.
import type { XmlHandler } from './xml-walk.ts';

interface Level {
  start: number;
  format: string;
  /** The label's pattern: %1 … %9 stand for the counts of levels 1 … 9. */
  text: string;
  /** What separates the label from the text: a tab (Word's default), a space or nothing. */
  suffix: string;
}

interface List {
  abstractId: string;
  /** Start values a num sets for some levels over its abstract definition. */
  starts: Map<number, number>;
}

/** Most levels a list has (Word's 0–8). */
const LEVELS = 9;

const local = (name: string): string => name.slice(name.indexOf(':') + 1);

/** The definitions of numbering.xml, read from its walk's events. */
export class NumberingDefinitions implements XmlHandler {
  readonly abstracts = new Map<string, Map<number, Level>>();
  readonly lists = new Map<string, List>();
  private abstract: Map<number, Level> | null = null;
  private level: Level | null = null;
  private list: List | null = null;
  private override: number | null = null;

  open(name: string, attrs: Record<string, string>): void {
    const n = local(name);
    const val = attrs['w:val'];
    if (n === 'abstractNum' && attrs['w:abstractNumId'] !== undefined) {
      this.abstract = new Map();
      this.abstracts.set(attrs['w:abstractNumId'], this.abstract);
    } else if (n === 'num' && attrs['w:numId'] !== undefined) {
      this.list = { abstractId: '', starts: new Map() };
      this.lists.set(attrs['w:numId'], this.list);
    } else if (n === 'abstractNumId' && this.list && val !== undefined) {
      this.list.abstractId = val;
    } else if (n === 'lvlOverride' && this.list) {
      this.override = levelIndex(attrs['w:ilvl']);
    } else if (n === 'startOverride' && this.list && this.override !== null && val !== undefined) {
      this.list.starts.set(this.override, whole(val, 1));
    } else if (n === 'lvl' && this.abstract && !this.list) {
      const index = levelIndex(attrs['w:ilvl']);
      if (index === null) return;
      this.level = { start: 1, format: 'decimal', text: `%${index + 1}.`, suffix: 'tab' };
      this.abstract.set(index, this.level);
    } else if (this.level && val !== undefined) {
      if (n === 'start') this.level.start = whole(val, 1);
      else if (n === 'numFmt') this.level.format = val;
      else if (n === 'lvlText') this.level.text = val;
      else if (n === 'suff') this.level.suffix = val;
    }
  }

  close(name: string): void {
    const n = local(name);
    if (n === 'lvl') this.level = null;
    else if (n === 'abstractNum') this.abstract = null;
    else if (n === 'num') this.list = null;
    else if (n === 'lvlOverride') this.override = null;
  }

  text(): void {}
}

/** The labels of a document's numbered paragraphs, in document order. */
export class ListLabels {
  private readonly counts = new Map<string, number[]>();

  constructor(private readonly definitions: NumberingDefinitions | null) {}

  /**
   * The label Word prints before the next paragraph of list `numId` at level `ilvl`, with its separator ('' for a
   * bullet, no numbering (numId 0) or a list the document does not define). Every call counts one paragraph.
   */
  next(numId: string, ilvl: number): string {
    const list = this.definitions?.lists.get(numId);
    const levels = list ? this.definitions!.abstracts.get(list.abstractId) : undefined;
    const level = levels?.get(ilvl);
    if (!list || !levels || !level) return '';
    let counts = this.counts.get(numId);
    if (!counts) this.counts.set(numId, (counts = new Array<number>(LEVELS).fill(0)));
    const startOf = (k: number) => list.starts.get(k) ?? levels.get(k)?.start ?? 1;
    counts[ilvl] = counts[ilvl]! === 0 ? startOf(ilvl) : counts[ilvl]! + 1;
    for (let k = ilvl + 1; k < LEVELS; k++) counts[k] = 0; // a higher item restarts the levels under it
    if (level.format === 'bullet' || level.format === 'none') return '';
    const label = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      return formatCount(counts[k]! || startOf(k), levels.get(k)?.format ?? 'decimal');
    });
    if (label === '') return '';
    // A label closed by its own punctuation (1. 一、 (1) ①) needs no space where Word puts its tab.
    return level.suffix === 'nothing' || /[^\p{L}\p{N}]$/u.test(label) ? label : `${label} `;
  }
}

function levelIndex(value: string | undefined): number | null {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isInteger(n) && n >= 0 && n < LEVELS ? n : null;
}

function whole(value: string, fallback: number): number {
  const n = Number.parseInt(value, 10);
  return Number.isInteger(n) && n >= 0 && n < 100_000 ? n : fallback;
}

const CHINESE_DIGITS = '〇一二三四五六七八九';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';

/** A count as a level's number format writes it. */
export function formatCount(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'ideographTraditional':
      return chineseCount(n, CHINESE_DIGITS, '十');
    case 'chineseLegalSimplified':
      return chineseCount(n, LEGAL_DIGITS, '拾');
    case 'ideographDigital':
      return [...String(n)].map((d) => CHINESE_DIGITS[Number(d)]).join('');
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    default:
      return String(n);
  }
}

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (to 999; larger counts in figures). */
function chineseCount(n: number, digits: string, ten: string): string {
  if (n <= 0 || n > 999) return String(n);
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let out = hundreds > 0 ? `${digits[hundreds]}${digits === LEGAL_DIGITS ? '佰' : '百'}` : '';
  if (tens > 0) out += `${tens === 1 && hundreds === 0 ? '' : digits[tens]}${ten}`;
  else if (hundreds > 0 && ones > 0) out += '零';
  if (ones > 0) out += digits[ones];
  return out;
}

/** 1 → A, 26 → Z, 27 → AA (Word repeats the letter). */
function letters(n: number): string {
  if (n <= 0) return String(n);
  const letter = String.fromCharCode(65 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [value, symbol] of table)
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  return out;
}
