// A prose report (自评报告, 监控报告) is not a form and is not imported as one; its numbers are still audited:
// the text rules of a disclosure's explanation (R-PUB-04 breakdowns and changes, R-PUB-11 figures, R-PUB-12
// 其中 items, shares and counts) read its sections as they read a disclosure's.
import type { Disclosure } from '../model/disclosure.ts';
import type { Finding } from '../model/finding.ts';
import { rules } from './rules/index.ts';
import { checkForm } from './run-checks.ts';

const TEXT_RULES = new Set(['R-PUB-04', 'R-PUB-11', 'R-PUB-12']);

/** The findings of the text rules on the sections (and figures) read from a prose report. */
export function checkProseReport(text: Disclosure): Finding[] {
  return checkForm(text, [text], { rules: rules.filter((r) => TEXT_RULES.has(r.meta.id)) });
}
