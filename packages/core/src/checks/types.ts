// The contract of a check (审核规则): metadata plus a pure function from a form to reports (STYLE.md).
import type { Form, FormKind } from '../model/form.ts';
import type { Severity } from '../model/finding.ts';

export type RuleCategory = 'framework' | 'completeness' | 'values' | 'arithmetic' | 'consistency';

export interface RuleMeta {
  /** Stable id, `R-…`; the rule's file is named after it. */
  id: string;
  severity: Severity;
  category: RuleCategory;
  /** One line in Chinese: what the rule checks. */
  description: string;
  /** Message templates by message id; `{name}` placeholders are filled from a report's data. */
  messages: Record<string, string>;
  /** The kinds of form the rule reads. */
  appliesTo: readonly FormKind[];
}

export interface RuleReport {
  messageId: string;
  /** JSON pointer into the form, e.g. /indicators/7/target. */
  path: string;
  data?: Record<string, string | number | null | undefined>;
  /** Overrides the rule's default severity for this report (e.g. a rounding difference is info). */
  severity?: Severity;
}

export interface CheckOptions {
  /** Minimum number of level-3 indicators per goal (R-IND-05, a local rule). */
  minIndicatorsPerGoal: number;
  /** Tables a 部门预算公开 must publish (R-PUB-05); default: the 2020 Wuhan list. Configurable per region/year. */
  requiredDisclosureTables?: readonly string[];
}

export const defaultCheckOptions: CheckOptions = { minIndicatorsPerGoal: 3 };

export interface CheckContext {
  /** Every form read from the same file or batch, the checked one included (for cross-form rules). */
  siblings: readonly Form[];
  options: CheckOptions;
}

export interface Rule {
  meta: RuleMeta;
  /** Pure and total: never throws; returns nothing when the rule does not apply. */
  check(form: Form, context: CheckContext): RuleReport[];
}
