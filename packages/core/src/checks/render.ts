// The one place where a rule's report becomes a Finding with its Chinese message.
import type { Finding } from '../model/finding.ts';
import type { RuleMetaBase, RuleReport } from './types.ts';

export function renderMessage(template: string, data: RuleReport['data']): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const v = data?.[key];
    return v === undefined || v === null ? whole : String(v);
  });
}

/** What a finding is about: the name people read, and where known the kind and the stored form's id. */
export interface FindingTarget {
  form: string;
  formKind?: Finding['formKind'];
  formId?: string;
}

const targetOf = (t: string | FindingTarget): FindingTarget => (typeof t === 'string' ? { form: t } : t);

export function toFinding(meta: RuleMetaBase, report: RuleReport, target: string | FindingTarget): Finding {
  const template = meta.messages[report.messageId] ?? report.messageId;
  const t = targetOf(target);
  return {
    rule: meta.id,
    severity: report.severity ?? meta.severity,
    message: renderMessage(template, report.data),
    path: report.path,
    form: t.form,
    messageId: report.messageId,
    ...(t.formKind ? { formKind: t.formKind } : {}),
    ...(t.formId ? { formId: t.formId } : {}),
  };
}

/** A rule that threw: reported (as info) so that it gets fixed, never breaking the report. */
export function crashFinding(meta: RuleMetaBase, target: string | FindingTarget): Finding {
  const t = targetOf(target);
  return {
    rule: meta.id,
    severity: 'info',
    message: `规则 ${meta.id} 未能完成检查`,
    path: '',
    form: t.form,
    ...(t.formKind ? { formKind: t.formKind } : {}),
    ...(t.formId ? { formId: t.formId } : {}),
  };
}
