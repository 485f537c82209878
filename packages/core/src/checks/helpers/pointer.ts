// JSON pointers (RFC 6901) into a form, for the `path` of a finding.

/** One segment escaped: most are indexes and plain keys, which hold neither `~` nor `/` and need nothing. */
function escapeSegment(segment: string | number): string {
  const s = String(segment);
  return s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s;
}

/** Builds a JSON pointer from segments, escaping `~` and `/` in each. */
export function pointer(...segments: ReadonlyArray<string | number>): string {
  let out = '';
  for (const s of segments) out += '/' + escapeSegment(s);
  return out;
}
