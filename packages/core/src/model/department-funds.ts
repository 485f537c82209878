// The 部门整体 fund tables (收入构成 / 支出构成) as the official layout has them: 当年金额, 占比 and the
// 近两年收支金额 columns, each table closed by its 合计 line. The 合计 is part of the stored form (it is
// read as written, MODEL.md), so the editor and the checks agree on one rule for it:
//  - a 合计 is the sum of its parts; an editor shows it read-only and never lets it be typed or deleted;
//  - when a part is edited, the 合计 of that column follows — unless the written 合计 already disagreed
//    with its parts (as a document may be imported). Such a disagreement is kept as written, reported by
//    R-DEPT-02 at the 合计 cell, and only replaced when someone chooses to (adoptComputedTotals): a figure
//    from an official document is never changed without a person deciding it.
import { compareTotal, isTotalLine } from '../checks/helpers/amounts.ts';
import { dec, decimalPlaces, Decimal, sumDecimals } from '../money/decimal.ts';
import type { DepartmentForm, FundLine } from './department-form.ts';

/** A column of a fund table: null is 当年金额, a string is a 近两年 column's label ("2023"). */
export type FundColumnKey = string | null;

export const TOTAL_LINE_NAME = '合计';

export function isFundTotalLine(line: Pick<FundLine, 'name'>): boolean {
  return isTotalLine(line.name);
}

/**
 * The labels of the 近两年收支金额 columns: those the tables carry (sorted), else the two years before the
 * form's year, else 前年/上年 — the official layout always has two.
 */
export function fundHistoryKeys(form: Pick<DepartmentForm, 'funds' | 'year'>): string[] {
  const keys = new Set<string>();
  for (const l of [...form.funds.income, ...form.funds.expenditure])
    for (const k of Object.keys(l.history)) keys.add(k);
  if (keys.size > 0) return [...keys].sort();
  return form.year !== null ? [String(form.year - 2), String(form.year - 1)] : ['前年', '上年'];
}

/** A 近两年 column's heading: "2023年" for a year, the label itself otherwise. */
export function fundColumnLabel(key: string): string {
  return /^\d{4}$/.test(key) ? `${key}年` : key;
}

export function fundCell(line: FundLine, key: FundColumnKey): string | null {
  return key === null ? line.current : (line.history[key] ?? null);
}

function withCell(line: FundLine, key: FundColumnKey, value: string | null): FundLine {
  return key === null ? { ...line, current: value } : { ...line, history: { ...line.history, [key]: value } };
}

/** Σ of the parts (every line but the 合计) in one column, written to the parts' precision; null if none has a value. */
export function fundPartsSum(lines: readonly FundLine[], key: FundColumnKey): string | null {
  const values = lines
    .filter((l) => !isFundTotalLine(l))
    .map((l) => fundCell(l, key))
    .filter((v): v is string => v !== null);
  if (values.length === 0) return null;
  const places = Math.max(...values.map(decimalPlaces));
  return sumDecimals(values).toFixed(places);
}

export interface FundColumnTotal {
  /** Σ of the parts, null when no part has a value. */
  computed: string | null;
  /** The 合计 line's figure as stored, null when there is no 合计 line or it is empty. */
  written: string | null;
  /** The written 合计 differs from the parts by more than the rounding of the written figures. */
  disagrees: boolean;
}

export function fundColumnTotal(lines: readonly FundLine[], key: FundColumnKey): FundColumnTotal {
  const computed = fundPartsSum(lines, key);
  const line = lines.find(isFundTotalLine);
  const written = line ? fundCell(line, key) : null;
  const disagrees =
    written !== null &&
    compareTotal(
      written,
      lines.filter((l) => !isFundTotalLine(l)).map((l) => fundCell(l, key)),
    ).outcome === 'mismatch';
  return { computed, written, disagrees };
}

/**
 * A share as every table of the system writes it: two decimals ("98%" → "98.00%"), so that a column never
 * mixes "100%" and "35.48%". Text that is not a percentage is returned as it is.
 */
export function shareText(share: string | null): string | null {
  if (share === null) return null;
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*[%％]\s*$/.exec(share);
  return m ? `${new Decimal(m[1]!).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)}%` : share;
}

/** "35.48%": a part's share of a whole, two decimals half up; null without a positive whole. */
export function fundShare(part: string | null, whole: string | null): string | null {
  const p = dec(part);
  const w = dec(whole);
  if (p === null || w === null || w.lte(0)) return null;
  return `${p.div(w).mul(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)}%`;
}

function emptyTotalLine(keys: readonly string[]): FundLine {
  return {
    name: TOTAL_LINE_NAME,
    current: null,
    share: null,
    history: Object.fromEntries(keys.map((k) => [k, null])),
  };
}

/** The lines with a 合计 line (appended at the end when there is none); the parts unchanged. */
function ensureTotalLine(lines: readonly FundLine[], keys: readonly string[]): FundLine[] {
  return lines.some(isFundTotalLine) ? [...lines] : [...lines, emptyTotalLine(keys)];
}

/**
 * Shares of every line in the 当年 total (the written 合计 when there is one, else Σ parts). A line whose
 * share stays the same keeps its identity, so that an editor re-renders only the rows that changed.
 */
function withShares(lines: FundLine[]): FundLine[] {
  const t = fundColumnTotal(lines, null);
  const whole = t.written ?? t.computed;
  const positive = dec(whole)?.gt(0) ?? false;
  return lines.map((l) => {
    const share = isFundTotalLine(l) ? (positive ? '100.00%' : null) : fundShare(l.current, whole);
    return share === l.share ? l : { ...l, share };
  });
}

/** Replaces the 合计 of the given columns by the sum of the parts. */
function totalFollows(lines: FundLine[], keys: readonly FundColumnKey[]): FundLine[] {
  return lines.map((l) =>
    isFundTotalLine(l) ? keys.reduce((acc, k) => withCell(acc, k, fundPartsSum(lines, k)), l) : l,
  );
}

/**
 * One part's cell edited: the part gets the value, the column's 合计 follows the parts when it agreed
 * with them before (or was empty), and the shares are recomputed. A 合计 line is added if the table had
 * none, so what is stored is what the editor shows.
 */
export function editFundCell(
  lines: readonly FundLine[],
  index: number,
  key: FundColumnKey,
  value: string | null,
  historyKeys: readonly string[],
): FundLine[] {
  const target = lines[index];
  if (!target || isFundTotalLine(target)) return [...lines];
  const before = fundColumnTotal(lines, key);
  const hadTotal = lines.some(isFundTotalLine);
  const edited = ensureTotalLine(
    lines.map((l, i) => (i === index ? withCell(l, key, value) : l)),
    historyKeys,
  );
  // A 合计 line just added is computed in every column; an existing one follows in the edited column.
  const follow: FundColumnKey[] = hadTotal ? (before.disagrees ? [] : [key]) : [null, ...historyKeys];
  return withShares(totalFollows(edited, follow));
}

/** A part renamed; a part cannot take the name 合计 (the table has one 合计, kept by the system). */
export function renameFundLine(lines: readonly FundLine[], index: number, name: string): FundLine[] {
  const target = lines[index];
  if (!target || isFundTotalLine(target) || isTotalLine(name)) return [...lines];
  return lines.map((l, i) => (i === index ? { ...l, name } : l));
}

/** A new empty part, placed before the 合计 line. */
export function addFundLine(lines: readonly FundLine[], historyKeys: readonly string[]): FundLine[] {
  const blank: FundLine = { ...emptyTotalLine(historyKeys), name: '' };
  const at = lines.findIndex(isFundTotalLine);
  if (at < 0) return [...lines, blank];
  return [...lines.slice(0, at), blank, ...lines.slice(at)];
}

/** A part removed; the 合计 follows as for an edit of every column. The 合计 line itself is not removable. */
export function removeFundLine(
  lines: readonly FundLine[],
  index: number,
  historyKeys: readonly string[],
): FundLine[] {
  const target = lines[index];
  if (!target || isFundTotalLine(target)) return [...lines];
  const columns: FundColumnKey[] = [null, ...historyKeys];
  const agreeing = columns.filter((k) => !fundColumnTotal(lines, k).disagrees);
  const rest = lines.filter((_, i) => i !== index);
  if (rest.every(isFundTotalLine)) return []; // no parts left: no 合计 to keep
  return withShares(totalFollows(rest, agreeing));
}

/** Every column's 合计 set to the sum of its parts: what a person chooses after reading R-DEPT-02. */
export function adoptComputedTotals(lines: readonly FundLine[], historyKeys: readonly string[]): FundLine[] {
  if (!lines.some((l) => !isFundTotalLine(l))) return [...lines];
  return withShares(totalFollows(ensureTotalLine(lines, historyKeys), [null, ...historyKeys]));
}
