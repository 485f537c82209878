// JSON pointers (RFC 6901) into a form, for the `path` of a finding.

/** Builds a JSON pointer from segments, escaping `~` and `/` in each. */
export function pointer(...segments: ReadonlyArray<string | number>): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
