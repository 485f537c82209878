// The people's report of the CLI: findings grouped by file and form, with counts per severity, in Chinese.
import type { Finding, Form } from '@jixiao/core';
import { formDisplayName } from '@jixiao/core';

const LABEL = { error: '错误', warning: '警告', info: '提示' } as const;
const KIND = { project: '项目绩效目标表', department: '部门整体绩效目标表', disclosure: '部门预算公开' } as const;

export function countBySeverity(findings: readonly Finding[]): Record<keyof typeof LABEL, number> {
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
  if (form.kind === 'department') return `${KIND.department}：${year}${name}，指标 ${form.indicators.length} 个`;
  return `${KIND.disclosure}：${year}${name}，说明 ${form.sections.length} 节，报表 ${form.tables.length} 张`;
}

export function formatFindings(file: string, forms: readonly Form[], byForm: ReadonlyArray<readonly Finding[]>): string {
  const lines: string[] = [`■ ${file}（${formatCounts(byForm.flat())}）`];
  for (const [k, form] of forms.entries()) {
    const own = byForm[k] ?? [];
    lines.push(`  ▶ ${describeForm(form)} —— ${formatCounts(own)}`);
    for (const f of own) lines.push(`    [${LABEL[f.severity]}] ${f.message}  (${f.rule} ${f.path})`);
  }
  return lines.join('\n');
}
