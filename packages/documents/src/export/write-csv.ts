// The one CSV writer of the product: RFC 4180 (CRLF, fields quoted when they hold a comma, quote or line
// break) and no cell a spreadsheet would run: text beginning with = + - @, a tab or a carriage return is
// prefixed with an apostrophe (OWASP "CSV injection"); a plain number such as -5.00 stays a number.
export type CsvValue = string | number | null | undefined;

export interface CsvOptions {
  /** A UTF-8 byte order mark first, so that Excel opens the Chinese text correctly. */
  bom?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** One field: neutralised when a spreadsheet would evaluate it, then quoted when needed. */
export function csvCell(value: CsvValue): string {
  let v = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(v) && !PLAIN_NUMBER.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Rows (the header first) as CSV text ending with CRLF. */
export function writeCsv(rows: ReadonlyArray<ReadonlyArray<CsvValue>>, options: CsvOptions = {}): string {
  const body = rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
  return options.bom ? `\ufeff${body}` : body;
}
