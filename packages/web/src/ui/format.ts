// Money as the forms write it: 万元, exact decimal strings (never floats), shown with 2 decimals.

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Adds one to a string of digits ("0999" → "1000"). */
function incrementDigits(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return '1' + out.join('');
}

/** "200" → "200.00", "4804.645" → "4804.65" (half up), "1234567.5" → "1,234,567.50"; null → "". */
export function formatWan(amount: string | null | undefined, options: { grouping?: boolean } = {}): string {
  if (amount === null || amount === undefined || amount === '') return '';
  const m = DECIMAL.exec(amount.trim());
  if (!m) return amount;
  const [, sign, intPart, frac = ''] = m;
  let cents = intPart! + (frac + '00').slice(0, 2);
  if ((frac[2] ?? '0') >= '5') cents = incrementDigits(cents);
  cents = cents.replace(/^0+(?=\d{3})/, '').padStart(3, '0');
  let int = cents.slice(0, -2);
  const dec = cents.slice(-2);
  if (options.grouping !== false) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const zero = /^[0,]+$/.test(int) && dec === '00';
  return `${sign && !zero ? '-' : ''}${int}.${dec}`;
}

export type MoneyInput = { ok: true; value: string | null } | { ok: false; message: string };

/** Reads an amount typed in 万元: "200", "1,200.5", "200万元", "" (→ null). */
export function parseWanInput(text: string): MoneyInput {
  const t = text
    .replace(/[\s\u3000,，]/g, '')
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/(万元|万)$/, '');
  if (t === '') return { ok: true, value: null };
  const m = DECIMAL.exec(t);
  if (!m) return { ok: false, message: '请填写以万元为单位的数字，例如 200 或 4804.64' };
  const int = m[2]!.replace(/^0+(?=\d)/, '');
  return { ok: true, value: `${m[1]}${int}${m[3] !== undefined ? '.' + m[3] : ''}` };
}

const two = (n: number) => String(n).padStart(2, '0');

/** A day as every list and form of the system writes it: "2026-11-23" (local time). */
export function formatDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/** A moment: "2026-11-23 09:05" (local time), the day written as formatDate writes it. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${formatDate(iso)} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** The year chosen in the header, as page headings name it: "2026年度", or "全部年度" when none is. */
export function yearText(year: number | null | undefined): string {
  return year ? `${year}年度` : '全部年度';
}
