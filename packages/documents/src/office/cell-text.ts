// A spreadsheet cell's value as the text a person sees: cached formula results, rich text flattened,
// numbers without binary-float noise and with the decimals/percent of their number format, dates (and
// date serials under a date format) written as the format shows them: 2022年1月1日, 2022-01-01.
import type { CellValue } from 'exceljs';
import { withLineBreaks } from './xlsx-inline-strings.ts';

export function formatCellValue(value: CellValue, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number')
    return isDateFormat(numFmt) ? formatDate(serialToDate(value), numFmt) : formatNumber(value, numFmt);
  if (typeof value === 'string') return withLineBreaks(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return formatDate(value, numFmt);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText))
      return withLineBreaks(value.richText.map((r) => r.text).join(''));
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      if (result && typeof result === 'object' && 'error' in result)
        return String((result as { error: string }).error);
      return formatCellValue((result ?? null) as CellValue, numFmt);
    }
    if ('hyperlink' in value && 'text' in value) {
      const text = (value as { text: unknown }).text;
      return typeof text === 'string' ? text : formatCellValue(text as CellValue, numFmt);
    }
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

/** A number as written: the format's fixed decimals and percent applied, otherwise the shortest exact form. */
export function formatNumber(n: number, numFmt?: string): string {
  if (!Number.isFinite(n)) return String(n);
  const format = (numFmt ?? '').split(';')[0]!.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  if (format && format !== 'General' && /[0#]/.test(format)) {
    const percent = format.includes('%');
    const decimals = /\.([0#]+)/.exec(format)?.[1]?.length ?? 0;
    const scaled = percent ? n * 100 : n;
    const text = clean(scaled).toFixed(decimals);
    return percent ? `${text}%` : text;
  }
  return String(clean(n));
}

/** Removes binary-float noise: 0.30000000000000004 → 0.3, 4804.639999999999 → 4804.64. */
function clean(n: number): number {
  return Number(n.toPrecision(15));
}

/** The format's sections without quoted text, escapes, colours and locale tags: what its codes are. */
function formatCodes(numFmt: string): string {
  return numFmt
    .split(';')[0]!
    .replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '')
    .toLowerCase();
}

/** A number format that shows a date: year or day codes, or month codes outside a time (h:mm). */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt || numFmt === 'General') return false;
  const codes = formatCodes(numFmt);
  if (/[0#?]/.test(codes)) return false;
  return /[yde]/.test(codes) || /年|月|日/.test(numFmt) || (/m/.test(codes) && !/[hs]/.test(codes));
}

/** An Excel date serial (1900 system, days since 1899-12-30) as a UTC date. */
function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86400000));
}

/** A date as its format shows it: 年月日 when the format writes them, else year-month-day. */
function formatDate(d: Date, numFmt?: string): string {
  const pad = (x: number) => String(x).padStart(2, '0');
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  const codes = numFmt ? formatCodes(numFmt) : '';
  if (numFmt && /[hs]/.test(codes) && !/[yd]/.test(codes))
    return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  if (numFmt && /年|月|日/.test(numFmt)) {
    const parts: string[] = [];
    if (/y/.test(codes) || /年/.test(numFmt)) parts.push(`${y}年`);
    if (/月/.test(numFmt)) parts.push(`${m}月`);
    if (/日/.test(numFmt)) parts.push(`${day}日`);
    return parts.join('');
  }
  return `${y}-${pad(m)}-${pad(day)}`;
}
