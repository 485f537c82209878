// Field comparison as a careful person would do it: tolerant of spaces, full/half-width forms, ★ marks,
// pinyin glosses and the written form of an amount; strict on the values themselves.
import { dec, parseAmount, parseIndicatorValue, parsePercent, toHalfWidth } from '@jixiao/core';
import { spellings, type Spelling } from './truth.ts';

// A gloss needs a tone mark, so 预算数(A) or (km) stay.
const PINYIN_GLOSS = /\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜń][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń]*\)/giu;

/** Text with layout noise removed: NFKC, spaces, ★ marks, pinyin glosses, quotes and end punctuation. */
export function normText(s: string): string {
  return toHalfWidth(s.normalize('NFKC'))
    .replace(PINYIN_GLOSS, '')
    .replace(/[\s\u3000\u00a0\u200b]+/g, '')
    .replace(/[★☆*]+/g, '')
    .replace(/[“”「」『』"']/g, '')
    .replace(/[〔［【]/g, '[')
    .replace(/[〕］】]/g, ']')
    .replace(/[。.;；,，、:：]+$/u, '')
    .toLowerCase();
}

/** A name with a leading unit code (813-, (433001)) removed, then normalised. */
export function normName(s: string): string {
  return normText(s).replace(/^[([]?\d{3,}[)\]]?-?/, '');
}

export function sameName(expected: Spelling, got: string | null | undefined): boolean {
  if (!got) return false;
  const g = normName(got);
  return spellings(expected).some((e) => normName(e) === g);
}

/** Dice coefficient of character bigrams (0…1), on normalised names: how forms are matched to the truth. */
export function nameSimilarity(a: string, b: string): number {
  const x = normName(a);
  const y = normName(b);
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  const grams = (s: string) => {
    const m = new Map<string, number>();
    for (let i = 0; i < s.length - 1; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const gx = grams(x);
  const gy = grams(y);
  let common = 0;
  for (const [k, n] of gx) common += Math.min(n, gy.get(k) ?? 0);
  return (2 * common) / (x.length - 1 + y.length - 1);
}

/** Amounts equal as decimals in 万元: "6070.00" = "6070", "24,268.22" = "24268.22". */
export function sameAmount(expected: string, got: unknown): boolean {
  const g = typeof got === 'number' ? String(got) : typeof got === 'string' ? parseAmount(got) : null;
  const e = dec(parseAmount(expected));
  const gd = dec(g);
  return e !== null && gd !== null && e.eq(gd);
}

/**
 * A rate as printed ("100%", "100.00%", "86.5%") equal as a number of percent. A rate printed as a ratio (1, 0.958
 * under 执行率, the truth's notes say so) is that many hundred percent: the model holds the rate in percent
 * (docs/model.md), so a reading of 95.8 is the printed 0.958 — and a reading of 0.958 still is, as printed.
 */
export function sameRate(expected: string, got: unknown): boolean {
  const text = typeof got === 'number' ? String(got) : typeof got === 'string' ? got : null;
  if (text === null) return false;
  const e = dec(parsePercent(expected) ?? parseAmount(expected));
  const g = dec(parsePercent(text) ?? parseAmount(text.replace(/%$/, '')));
  if (e === null || g === null) return false;
  const ratio = !/[%％]/.test(expected) && e.lte(1);
  return e.eq(g) || (ratio && e.mul(100).eq(g));
}

/** A score or weight ("10", "19.6", 7.93). */
export function sameNumber(expected: string, got: unknown): boolean {
  const text =
    typeof got === 'number' ? String(got) : typeof got === 'string' ? normText(got).replace(/分$/, '') : null;
  const e = dec(expected);
  const g = dec(text);
  return e !== null && g !== null && e.eq(g);
}

/**
 * A 指标值 or 实际值: the same text once normalised, or the same reading (comparator, number, unit) when the
 * form wrote the columns 指标性质/指标值/计量单位 together differently. A missing unit on one side is
 * tolerated (a separate 计量单位 column); a different unit, number or comparator is not.
 */
export function sameValue(expected: Spelling, got: string | null | undefined): boolean {
  if (got == null) return false;
  const g = normText(got);
  return spellings(expected).some((e) => {
    if (normText(e) === g) return true;
    const pe = parseIndicatorValue(e);
    const pg = parseIndicatorValue(got);
    if (pe.kind !== 'quantitative' || pg.kind !== 'quantitative') return false;
    const ve = dec(pe.value);
    const vg = dec(pg.value);
    if (!ve || !vg || !ve.eq(vg)) return false;
    if ((pe.op ?? '=') !== (pg.op ?? '=')) return false;
    return !pe.unit || !pg.unit || pe.unit === pg.unit;
  });
}
