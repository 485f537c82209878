// Small text predicates shared by the checks: blank cells, placeholders, squashed comparison.

/** Removes every kind of space (ASCII, ideographic U+3000, NBSP, zero-width). */
const SPACE = /[\s\u3000\u00a0\u200b]/;

export function squash(text: string | null | undefined): string {
  if (!text) return '';
  if (!SPACE.test(text)) return text;
  return text.replace(/[\s\u3000\u00a0\u200b]+/g, '');
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
