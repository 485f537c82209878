// The checks of 自评表 / 监控表 documents (registry sorted by id; a meta-test keeps it complete) and the runner
// that turns their reports into findings. A registry of its own: the form registry's rules take a Form.
import type { Finding } from '../../model/finding.ts';
import { evaluationDocumentName, type EvaluationDocument } from '../../model/evaluation-document.ts';
import { toFinding } from '../render.ts';
import type { EvaluationRule } from './types.ts';
import { rule as rEval01 } from './r-eval-01.ts';
import { rule as rEval04 } from './r-eval-04.ts';
import { rule as rEval09 } from './r-eval-09.ts';

export type { EvaluationRule, EvaluationRuleMeta } from './types.ts';
export const evaluationRules: readonly EvaluationRule[] = [rEval01, rEval04, rEval09];

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Checks one 自评表 / 监控表; findings most severe first. */
export function checkEvaluationDocument(
  doc: EvaluationDocument,
  rules: readonly EvaluationRule[] = evaluationRules,
): Finding[] {
  const name = evaluationDocumentName(doc);
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (!rule.meta.appliesTo.includes(doc.kind)) continue;
    let reports;
    try {
      reports = rule.check(doc);
    } catch {
      findings.push({ rule: rule.meta.id, severity: 'info', message: `规则 ${rule.meta.id} 未能完成检查`, path: '', form: name });
      continue;
    }
    for (const r of reports) findings.push({ ...toFinding({ ...rule.meta, appliesTo: [] }, r, name), formKind: doc.kind });
  }
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
