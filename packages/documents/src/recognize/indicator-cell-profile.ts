// What an indicator table's cell looks like (CellProfile) and how well it fits each column's role: the scores
// the row placement weighs shifts by.
import { isUnitText } from './unit-gloss.ts';
import { isUnitCell } from './evaluation-cells.ts';
import { isQuantitativeValue, TextMemo } from '@jixiao/core';
import { isBlankCell, labelKey, oneLine } from '../rows/clean-cell.ts';
import { isLevel1Name, isLevel2Name, isLevelName } from './level-names.ts';
import { BASIS_VALUES, type ColumnRole } from './lexicon-columns.ts';
import { COMPARATOR_SIGNS } from './evaluation-value-words.ts';

type Role = ColumnRole;

/**
 * A 指标值's look: a figure the value grammar reads. A sentence with a figure inside it (学校绿化覆盖达70%,优化校园生态
 * 环境。) reads so too, as a labelled figure with trailing text, but has no value's shape: words before the figure
 * and a clause after it are a name or a goal written as prose.
 */
export const looksLikeValue = (t: string) => /\d/.test(t) && isQuantitativeValue(t) && !isFigureInSentence(t);

/** Words, then a figure, then a clause (a break and words after it): a sentence, not a 指标值. */
const FIGURE_THEN_CLAUSE = /^[^\d]*\p{Script=Han}[^\d]*\d[^，,；;。]*[，,；;。]\s*\p{Script=Han}{2}/u;
const isFigureInSentence = (t: string) => !FIGURE_LED.test(t.trim()) && FIGURE_THEN_CLAUSE.test(t);
// Every basis word ends in 准: a cell without one is keyed no further (asked of every data cell).
export const isBasis = (t: string) => t.includes('准') && BASIS_VALUES.includes(labelKey(t));

/** A cell that opens with a figure or a comparator. */
const FIGURE_LED = new RegExp(`^(?:[${COMPARATOR_SIGNS}]|>=|<=|[\\d０-９])`);

/**
 * What a cell looks like, each trait worked out when first asked and kept for every shift tried (most rows
 * fit where they stand and are asked about a few traits only).
 */
export class CellProfile {
  readonly blank: boolean;
  private readonly text: string;
  private keyMemo: string | undefined;
  private l1Memo: boolean | undefined;
  private l2Memo: boolean | undefined;
  private l2WrittenMemo: boolean | undefined;
  private basisMemo: boolean | undefined;
  private valueMemo: boolean | undefined;

  constructor(raw: string) {
    this.text = raw.trim();
    this.blank = isBlankCell(this.text);
  }

  private get key(): string {
    return (this.keyMemo ??= labelKey(oneLine(this.text)));
  }

  get l1(): boolean {
    // A template's own 一级 names too (投入, 过程指标: level-names.ts), as a 一级 column holds them.
    return (this.l1Memo ??= !this.blank && (isLevel1Name(this.key) || isLevelName(this.text) === 'level1'));
  }

  get l2(): boolean {
    return (this.l2Memo ??= !this.blank && isLevel2Name(this.key));
  }

  /** A 二级 name of a framework or of a template outside them (可持续性发展影响指标). */
  get l2Written(): boolean {
    return (this.l2WrittenMemo ??= !this.blank && (this.l2 || isLevelName(this.text) === 'level2'));
  }

  /** Closed by 指标 (满意度指标), as a level is printed; 满意度 alone may name an indicator. */
  get endsInLevelWord(): boolean {
    return this.key.endsWith('指标');
  }

  get basis(): boolean {
    return (this.basisMemo ??= !this.blank && isBasis(this.text));
  }

  get value(): boolean {
    return (this.valueMemo ??= !this.blank && looksLikeValue(this.text));
  }

  /** The 指标值 look is worked out already (or needs no working out). */
  get valueKnown(): boolean {
    return this.blank || this.valueMemo !== undefined;
  }

  /** Led by a figure or a comparator (≥500份, 95%): a 指标值's look, which no goal's label has (长期绩效目标2). */
  get figureLed(): boolean {
    return FIGURE_LED.test(this.text);
  }

  get short(): boolean {
    return this.blank || this.key.length <= 10;
  }

  /** A comparator or a word for the kind of target (≥, 定量, 正向): an 指标性质 / 指标值类型 cell, never a name. */
  get op(): boolean {
    return !this.blank && OP_CELL.test(this.text);
  }

  /** A unit alone (万元, 个, 元/平米): a 计量单位 cell. */
  get unitOnly(): boolean {
    return !this.blank && (isUnitText(this.text) || isUnitCell(this.text));
  }

  /** A percent sign alone: a 计量单位 cell, never a 指标值 of its own. */
  get percentOnly(): boolean {
    return /^[%％‰]$/.test(this.text);
  }

  /**
   * Every trait a placement weighs, one bit each (a blank cell weighs nothing else): two rows whose cells have
   * the same traits under the same columns are placed alike (placementOf remembers by them).
   */
  get traits(): number {
    if (this.traitsMemo !== undefined) return this.traitsMemo;
    const bits = this.blank
      ? 1
      : 2 |
        (this.l1 ? 4 : 0) |
        (this.l2 ? 8 : 0) |
        (this.l2Written ? 16 : 0) |
        (this.basis ? 32 : 0) |
        (this.value ? 64 : 0) |
        (this.figureLed ? 128 : 0) |
        (this.short ? 256 : 0) |
        (this.op ? 512 : 0) |
        (this.percentOnly ? 1024 : 0);
    return (this.traitsMemo = bits);
  }

  private traitsMemo: number | undefined;
}

/**
 * What a filled cell adds to a placement's score under `role` (higher is better), `value` standing for its
 * 指标值 look (the one trait that parses the cell).
 */
export function cellScore(p: CellProfile, role: Role, value: boolean, roles: Role[]): number {
  switch (role) {
    case 'goal':
      // A 指标值 under the goal column belongs further right (see fitsPerfectly).
      return p.l1 || p.l2 || p.basis ? -3 : value && p.figureLed ? -2 : 0;
    case 'level1':
      return p.l1 ? 3 : -2;
    case 'level2':
      return p.l2 ? 3 : p.l1 || value || p.basis ? -2 : 0;
    case 'name':
      // A figure with its unit (3500公斤) is a 指标值, not a name: a row that lacks its level cells moves right.
      // (A name worded like a 二级, 社会公众满意度 | ≥90%, stays where it is rather than push its value into
      // the name column.) Under no 二级 column the indicators may be named by 二级 words (指标类型 | 指标名称:
      // 产出指标 | 数量指标 | 375万平方米): there such a name is in its place.
      if (p.basis || value || p.op) return -2;
      if (p.l1) return -1;
      return p.l2Written && roles.includes('level2') ? -1 : 1;
    case 'category':
      // 指标类型 holds 一级 names (产出指标) or kinds (定量); a 二级 word there belongs further right.
      return p.l2Written && !p.l1 ? -2 : 0;
    case 'value':
      // A level's name is never a 指标值 (质量指标 | 经费支出合规性 | 较高 | 质量指标: the last is the 年度 side's 二级).
      return p.basis ? -3 : p.l1 || p.l2 ? -2 : p.percentOnly ? -1 : value ? 2 : p.short ? 1 : 0;
    case 'basis':
      return p.basis ? 3 : value ? -1 : 0;
    default:
      return 0;
  }
}

/**
 * The most a filled cell can add under `role` (cellScore), from its cheap traits alone: a 指标值 look not worked
 * out yet is taken at its most favourable, and so are the traits (op, l2Written) only a name or category asks.
 */
export function cellMost(p: CellProfile, role: Role): number {
  const value = p.valueKnown ? p.value : null;
  switch (role) {
    case 'goal':
      return p.l1 || p.l2 || p.basis ? -3 : value === true && p.figureLed ? -2 : 0;
    case 'level1':
      return p.l1 ? 3 : -2;
    case 'level2':
      return p.l2 ? 3 : p.l1 || p.basis || value === true ? -2 : 0;
    case 'name':
      return p.basis || value === true ? -2 : p.l1 ? -1 : 1;
    case 'value':
      if (p.basis) return -3;
      if (p.l1 || p.l2) return -2;
      if (p.percentOnly) return -1;
      return value === false ? (p.short ? 1 : 0) : 2;
    case 'basis':
      return p.basis ? 3 : value === true ? -1 : 0;
    default:
      return 0;
  }
}

/** The least a filled cell can add under `role` (cellScore), from its cheap traits alone (as cellMost). */
export function cellLeast(p: CellProfile, role: Role): number {
  const value = p.valueKnown ? p.value : null;
  switch (role) {
    case 'goal':
      return p.l1 || p.l2 || p.basis ? -3 : value === false || !p.figureLed ? 0 : -2;
    case 'level1':
      return p.l1 ? 3 : -2;
    case 'level2':
      return p.l2 ? 3 : p.l1 || p.basis || value !== false ? -2 : 0;
    case 'name':
      return -2;
    case 'category':
      return p.l1 ? 0 : -2;
    case 'value':
      if (p.basis) return -3;
      if (p.l1 || p.l2) return -2;
      if (p.percentOnly) return -1;
      return value === true ? 2 : p.short ? 1 : 0;
    case 'basis':
      return p.basis ? 3 : value === false ? 0 : -1;
    default:
      return 0;
  }
}

/**
 * How a score is reckoned: 'exact' works out every trait it asks; 'most' and 'least' bound it from the cheap
 * traits (cellMost, cellLeast), parsing nothing.
 */
export type Reckoning = 'exact' | 'most' | 'least';

/**
 * Profiles by text, kept across rows and tables: a profile depends on its text alone, and the same texts come back
 * row after row and document after document (level names, basis words, units, the header's words).
 */
const profiles = new TextMemo<CellProfile>('indicator cell profiles');

/** The empty cell's profile, outside the map: a third of the cells asked are empty, and no lookup is cheaper. */
const EMPTY_PROFILE = new CellProfile('');

export function profileOf(text: string): CellProfile {
  if (text === '') return EMPTY_PROFILE;
  let p = profiles.get(text);
  if (p === undefined) {
    p = new CellProfile(text);
    profiles.set(text, p);
  }
  return p;
}

/**
 * A cell's score under `role` both ways its 指标值 look could go, beside the bounds alignRow passes shifts over
 * by (its look not worked out yet, then worked out): the bounds must hold every score (tests ask).
 */
export function cellScoreBounds(
  text: string,
  role: Role,
  roles: Role[],
): { scores: number[]; least: number; most: number; exact: number; knownLeast: number; knownMost: number } {
  const p = new CellProfile(text);
  const scores = [cellScore(p, role, true, roles), cellScore(p, role, false, roles)];
  const [least, most] = [cellLeast(p, role), cellMost(p, role)];
  const exact = cellScore(p, role, p.value, roles);
  return { scores, least, most, exact, knownLeast: cellLeast(p, role), knownMost: cellMost(p, role) };
}

/**
 * A cell's traits (CellProfile.traits) beside every score it can have under `role` — exact and both bounds —
 * for the tests that hold placementOf to it: cells alike in traits must score alike.
 */
export function cellTraitsAndScores(
  text: string,
  role: Role,
  roles: Role[],
): { traits: number; scores: number[] } {
  const p = new CellProfile(text);
  // The bounds before the 指标值 look is worked out (as a first row meets a cell), then after (traits asks it).
  const [least, most] = [cellLeast(p, role), cellMost(p, role)];
  const traits = p.traits;
  const known = [cellLeast(p, role), cellMost(p, role), cellScore(p, role, p.value, roles)];
  return { traits, scores: p.blank ? [] : [least, most, ...known] };
}

/** What a 指标性质 / 计算符号 cell holds: a comparator, or a word for the kind or direction of target. */
export const OP_CELL = new RegExp(
  `^(?:[${COMPARATOR_SIGNS}]+|>=|<=|定性|定量|定性指标|定量指标|正向|反向|正向指标|反向指标|不适用|大于|小于|等于|大于等于|小于等于|约等于|不低于|不高于|不少于|不超过)$`,
);
