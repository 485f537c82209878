// The one registry: every rule any finding of the product can carry, sorted by id — form checks, budget
// checks, self-evaluation, monitoring and history checks. What the rule list and the dashboards read; a
// meta-test (core/test/registry.test.ts) keeps it complete and every rule tested.
import { budgetRules } from './budget/index.ts';
import { evaluationRules } from './evaluation/index.ts';
import { historyRules } from './history/index.ts';
import { monitoringRules } from './monitoring/index.ts';
import { rules as formRules } from './rules/index.ts';
import type { AnyRule } from './types.ts';

export const registry: readonly AnyRule[] = [
  ...formRules,
  ...budgetRules,
  ...evaluationRules,
  ...historyRules,
  ...monitoringRules,
].sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));

const byId = new Map(registry.map((r) => [r.meta.id, r]));

/** The registered rule of an id, if any. */
export function ruleById(id: string): AnyRule | undefined {
  return byId.get(id);
}

/** A rule as the rule list shows it: what it reads and says, without its code. */
export interface RuleSummary {
  id: string;
  subjects: readonly string[];
  severity: AnyRule['meta']['severity'];
  category: AnyRule['meta']['category'];
  description: string;
  reference: string;
  messages: Record<string, string>;
}

export function ruleSummaries(): RuleSummary[] {
  return registry.map(({ meta }) => ({
    id: meta.id,
    subjects: meta.subjects,
    severity: meta.severity,
    category: meta.category,
    description: meta.description,
    reference: meta.reference,
    messages: meta.messages,
  }));
}
