// Findings lists are rebuilt on every check: two lists are the same when they say the same things, so a
// memoised row re-renders only when what is said about it changed.
import type { Finding } from '@jixiao/core';

export function sameFindings(a: readonly Finding[] | undefined, b: readonly Finding[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((f, i) => {
    const g = b[i]!;
    return f.rule === g.rule && f.path === g.path && f.message === g.message && f.severity === g.severity;
  });
}
