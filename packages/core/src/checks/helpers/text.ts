// Small text predicates shared by the checks: blank cells, placeholders, squashed comparison.

/** Removes every kind of space (ASCII, ideographic U+3000, NBSP, zero-width). */
export const SPACE = /[\s\u3000\u00a0\u200b]/;

export function squash(text: string | null | undefined): string {
  if (!text) return '';
  if (!hasSpace(text)) return text;
  return text.replace(/[\s\u3000\u00a0\u200b]+/g, '');
}

/**
 * `SPACE.test(text)` by char codes, the same answer (text.test.ts compares them on every code unit): asked of
 * every cell by most rules, and most cells have no space.
 */
export function hasSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Everything below U+00A0 but TAB–CR and the space is no space; a Han character (most cells) neither.
    if (c < 0xa0 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : c < 0x4e00 ? isWideSpace(c) : c === 0xfeff)
      return true;
  }
  return false;
}

/** The spaces of `SPACE` from U+00A0 to below the Han block (what JavaScript's \s takes there, with U+200B). */
function isWideSpace(c: number): boolean {
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

const PLACEHOLDER = /^[…．.·。\-—_/□]*$/;

/** True for null, only spaces, or a template placeholder such as `……`. */
export function isBlank(text: string | null | undefined): boolean {
  // A text starting with a Han character, a digit or a letter is no placeholder: most are turned away here.
  const c = text ? text.charCodeAt(0) : 0;
  if (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a)
  )
    return false;
  return PLACEHOLDER.test(squash(text));
}

/** Shortens a long text for a message: the first `max` characters followed by …. */
export function excerpt(text: string | null | undefined, max = 20): string {
  const t = (text ?? '').replace(/[\s\u3000]+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

/**
 * A figure written with thousands separators ("18,976.76万元") as one figure ("18976.76万元"): the readers of
 * a 说明's prose split clauses at commas and read figures as digits, and would otherwise read 976.76. Only a run
 * grouped as thousands (1–3 digits, then groups of exactly three) is joined, not "2023,2024" nor a list "1,2".
 */
export function joinThousands(text: string): string {
  if (!text.includes(',')) return text;
  return text.replace(/(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])/g, (m) => m.replace(/,/g, ''));
}
