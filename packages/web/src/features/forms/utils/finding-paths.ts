// Findings placed on the screen: a finding's JSON pointer names a field; each field on screen has a DOM
// id made from its pointer, and a finding whose exact field is not shown goes to its nearest shown parent.
import type { Finding, Severity } from '@jixiao/core';

/** DOM id of the field a JSON pointer names: "/indicators/3/target" → "field-indicators-3-target". */
export function fieldDomId(pointer: string): string {
  const body = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => encodeURIComponent(p).replace(/[^A-Za-z0-9_-]/g, '_'))
    .join('-');
  return body === '' ? 'field-root' : `field-${body}`;
}

/** The pointer itself when it is shown, else its closest shown ancestor, else null. */
export function nearestShownPointer(pointer: string, shown: ReadonlySet<string>): string | null {
  let p = pointer;
  for (;;) {
    if (shown.has(p)) return p;
    const cut = p.lastIndexOf('/');
    if (cut < 0) return null;
    p = p.slice(0, cut);
    if (p === '' && !shown.has('')) return null;
  }
}

/** Findings grouped by the shown field they belong to; findings with no shown field under "". */
export function placeFindings(
  findings: readonly Finding[],
  shown: ReadonlySet<string>,
): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of findings) {
    const at = nearestShownPointer(f.path, shown) ?? '';
    const list = out.get(at) ?? [];
    list.push(f);
    out.set(at, list);
  }
  return out;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The most severe severity of a list, or null when it is empty. */
export function worstSeverity(findings: readonly Finding[] | undefined): Severity | null {
  if (!findings || findings.length === 0) return null;
  return [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity])[0]!.severity;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

/** Index of the indicator a pointer is inside (/indicators/7/target → 7), or null. */
export function indicatorIndexOf(pointer: string): number | null {
  const m = /^\/indicators\/(\d+)(?:\/|$)/.exec(pointer);
  return m ? Number(m[1]) : null;
}

export { SEVERITY_LABELS } from '@jixiao/core';
