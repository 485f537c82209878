// The contract of a check (审核规则): metadata plus a pure function from its subject to reports (STYLE.md).
// A form check reads a Form with its batch (`check(form, context)`); every other check reads one tagged
// subject (subjects.ts) and says in its meta which kinds of subject it reads.
import type { Form, FormKind } from '../model/form.ts';
import type { Severity } from '../model/finding.ts';
import type { Subject, SubjectKind } from './subjects.ts';

export type RuleCategory =
  'framework' | 'completeness' | 'values' | 'arithmetic' | 'consistency' | 'progress';

/** What every rule declares, whatever it reads. */
export interface RuleMetaBase {
  /** Stable id, `R-…`; the rule's file is named after it. */
  id: string;
  severity: Severity;
  category: RuleCategory;
  /** One line in Chinese: what the rule checks (the title lists and dashboards show). */
  description: string;
  /** Message templates by message id; `{name}` placeholders are filled from a report's data. */
  messages: Record<string, string>;
  /** Where the rule is written down: `DOMAIN §x.y` of ../shared/design/DOMAIN.md. */
  reference: string;
}

export interface RuleMeta extends RuleMetaBase {
  /** A form check reads stored or imported forms. */
  subjects: readonly ['form'];
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

/** A form check (审核规则 of 绩效目标表 and 部门预算公开). */
export interface Rule {
  meta: RuleMeta;
  /** Pure and total: never throws; returns nothing when the rule does not apply. */
  check(form: Form, context: CheckContext): RuleReport[];
}

export interface SubjectRuleMeta<K extends Exclude<SubjectKind, 'form'>> extends RuleMetaBase {
  /** The kinds of subject the rule reads; `check` is called with those only. */
  subjects: readonly K[];
}

/** A check of anything but a form: a budget, a 自评表 / 监控表, a monitoring round, last year's results… */
export interface SubjectRule<K extends Exclude<SubjectKind, 'form'>> {
  meta: SubjectRuleMeta<K>;
  /** Pure and total: never throws; returns nothing when the rule does not apply. */
  check(subject: Extract<Subject, { kind: K }>): RuleReport[];
}

/**
 * A subject rule of a list, whatever it reads. Its `check` takes `never` because a list mixes rules of
 * different subjects: only the runner calls it, after matching the subject's kind with `meta.subjects`.
 */
export interface AnySubjectRule {
  meta: SubjectRuleMeta<Exclude<SubjectKind, 'form'>>;
  check(subject: never): RuleReport[];
}

/** Any rule of the registry; `meta.subjects` tells which. */
export type AnyRule = Rule | AnySubjectRule;

export function isFormRule(rule: AnyRule): rule is Rule {
  return (rule.meta.subjects as readonly string[]).includes('form');
}
