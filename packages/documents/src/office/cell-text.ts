// A spreadsheet cell's value as the text a person sees: cached formula results, rich text flattened,
// numbers without binary-float noise and with the decimals/percent of their number format.
import type { CellValue } from 'exceljs';

export function formatCellValue(value: CellValue, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value, numFmt);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return formatDate(value);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText))
      return value.richText.map((r) => r.text).join('');
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

function formatDate(d: Date): string {
  const pad = (x: number) => String(x).padStart(2, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
