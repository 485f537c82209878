// Many findings of one kind (78 blue “没有写比较符号” hints, one per row) drown the few that matter: the
// list shows them as one line with their count ("23 个指标值没有写比较符号"), opened on request. Errors
// stay one line each — every one of them blocks and must be seen.
import { rules, type Finding, type Severity } from '@jixiao/core';
import { SEVERITY_LABELS } from './finding-paths.ts';

/** Below this many findings of one kind, each keeps its own line. */
export const GROUP_FROM = 4;

export type FindingEntry =
  | { kind: 'one'; finding: Finding }
  | { kind: 'group'; key: string; severity: Severity; title: string; findings: Finding[] };

/** How a group of a rule's message reads; {n} is the count. Others read "{n} 条提示：rule description". */
const GROUP_TITLES: Record<string, string> = {
  'R-IND-08.impliedOperator': '{n} 个指标值没有写比较符号',
};

const DESCRIPTIONS = new Map(rules.map((r) => [r.meta.id, r.meta.description]));

const keyOf = (f: Finding) => `${f.rule}.${f.messageId ?? ''}.${f.severity}`;

export function groupTitle(f: Finding, n: number): string {
  const own = GROUP_TITLES[`${f.rule}.${f.messageId ?? ''}`];
  if (own) return own.replace('{n}', String(n));
  const about = DESCRIPTIONS.get(f.rule);
  return `${n} 条${SEVERITY_LABELS[f.severity]}${about ? `：${about}` : ''}`;
}

/** The findings in their order, those of a frequent kind (not errors) gathered where the first one was. */
export function groupFindings(findings: readonly Finding[], from = GROUP_FROM): FindingEntry[] {
  const count = new Map<string, number>();
  for (const f of findings) if (f.severity !== 'error') count.set(keyOf(f), (count.get(keyOf(f)) ?? 0) + 1);
  const groups = new Map<string, Extract<FindingEntry, { kind: 'group' }>>();
  const out: FindingEntry[] = [];
  for (const f of findings) {
    const key = keyOf(f);
    if (f.severity === 'error' || (count.get(key) ?? 0) < from) {
      out.push({ kind: 'one', finding: f });
      continue;
    }
    let g = groups.get(key);
    if (!g) {
      g = { kind: 'group', key, severity: f.severity, title: groupTitle(f, count.get(key)!), findings: [] };
      groups.set(key, g);
      out.push(g);
    }
    g.findings.push(f);
  }
  return out;
}

/** A finding's identity across check runs (its object is new after each run): what and where. */
export const findingKey = (f: Finding) => `${f.rule}.${f.messageId ?? ''}.${f.path}`;

/**
 * Keys that stay with their item while the list around it changes (a finding added above does not shift
 * them, as positions would): the base key, and `#n` on its n-th repeat.
 */
export function stableKeys(bases: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return bases.map((b) => {
    const n = seen.get(b) ?? 0;
    seen.set(b, n + 1);
    return n === 0 ? b : `${b}#${n}`;
  });
}

/** Keys of the entries of a findings list (see stableKeys). */
export function entryKeys(entries: readonly FindingEntry[]): string[] {
  return stableKeys(entries.map((e) => (e.kind === 'one' ? findingKey(e.finding) : `group:${e.key}`)));
}
