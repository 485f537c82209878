// The one place where a rule's report becomes a Finding with its Chinese message.
import type { Finding } from '../model/finding.ts';
import type { RuleMeta, RuleReport } from './types.ts';

export function renderMessage(template: string, data: RuleReport['data']): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const v = data?.[key];
    return v === undefined || v === null ? whole : String(v);
  });
}

export function toFinding(meta: RuleMeta, report: RuleReport, formName: string): Finding {
  const template = meta.messages[report.messageId] ?? report.messageId;
  return {
    rule: meta.id,
    severity: report.severity ?? meta.severity,
    message: renderMessage(template, report.data),
    path: report.path,
    form: formName,
    messageId: report.messageId,
  };
}
