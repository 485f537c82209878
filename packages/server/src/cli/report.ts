// The people's report of the CLI: findings grouped by file and form, with counts per severity, in Chinese.
import type { EvaluationDocument, Finding, Form, Severity } from '@jixiao/core';
import { evaluationDocumentName, formDisplayName, SEVERITY_LABELS as LABEL } from '@jixiao/core';

const KIND = {
  project: '项目绩效目标表',
  department: '部门整体绩效目标表',
  disclosure: '部门预算公开',
} as const;

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

export function formatCounts(findings: readonly Finding[]): string {
  const c = countBySeverity(findings);
  return `错误 ${c.error} 项，警告 ${c.warning} 项，提示 ${c.info} 项`;
}

export function describeForm(form: Form): string {
  const name = formDisplayName(form);
  const year = form.year ? `${form.year}年 ` : '';
  if (form.kind === 'project') {
    const budget = form.budget.total ?? form.budget.current;
    return `${KIND.project}（${form.formType}）：${year}${name}${budget ? `，预算 ${budget} 万元` : ''}，指标 ${form.indicators.length} 个`;
  }
  if (form.kind === 'department')
    return `${KIND.department}：${year}${name}，指标 ${form.indicators.length} 个`;
  return `${KIND.disclosure}：${year}${name}，说明 ${form.sections.length} 节，报表 ${form.tables.length} 张`;
}

/** 项目支出绩效自评表：…，预算 9.48 万元，指标 7 个，总分 96（优）; a 监控表 with its period and execution. */
export function describeEvaluation(doc: EvaluationDocument): string {
  const name = evaluationDocumentName(doc);
  const year = doc.year ? `${doc.year}年 ` : '';
  if (doc.kind === 'monitoring') {
    const budget = doc.budget.annual ?? doc.budget.initial;
    const executed = doc.budget.executed ? `，${doc.period ?? ''}执行 ${doc.budget.executed} 万元` : '';
    return `绩效运行监控表：${year}${name}${budget ? `，预算 ${budget} 万元` : ''}${executed}，指标 ${doc.indicators.length} 个`;
  }
  const kind = doc.subject === 'department' ? '部门整体支出绩效自评表' : '项目支出绩效自评表';
  const budget = doc.budget.annual ?? doc.budget.initial;
  // Sub-rows without 分值 (其中…) are shown but not scored: count the scored rows when the table scores.
  const scored = doc.indicators.filter((i) => i.weight !== null).length;
  const count = scored > 0 ? scored : doc.indicators.length;
  const total = doc.total ? `，总分 ${doc.total}${doc.grade ? `（${doc.grade}）` : ''}` : '';
  return `${kind}：${year}${name}${budget ? `，预算 ${budget} 万元` : ''}，指标 ${count} 个${total}`;
}

export function formatFindings(
  file: string,
  forms: readonly Form[],
  byForm: ReadonlyArray<readonly Finding[]>,
  evaluations: readonly EvaluationDocument[] = [],
  byEvaluation: ReadonlyArray<readonly Finding[]> = [],
): string {
  const lines: string[] = [`■ ${file}（${formatCounts([...byForm.flat(), ...byEvaluation.flat()])}）`];
  const items = [
    ...forms.map((f, k) => ({ title: describeForm(f), own: byForm[k] ?? [] })),
    ...evaluations.map((e, k) => ({ title: describeEvaluation(e), own: byEvaluation[k] ?? [] })),
  ];
  for (const { title, own } of items) {
    lines.push(`  ▶ ${title} —— ${formatCounts(own)}`);
    for (const f of own) lines.push(`    [${LABEL[f.severity]}] ${f.message}  (${f.rule} ${f.path})`);
  }
  return lines.join('\n');
}
