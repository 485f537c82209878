// What a click on a dashboard chart selects, and the forms behind it.
import { statusLabel } from '../../../ui/status.ts';
import type { DashboardForm } from '../api/dashboards-api.ts';

export const NO_CATEGORY = '未分类';

export type Selection =
  | { kind: 'status'; group: string; status: string }
  | { kind: 'budget'; group: string }
  | { kind: 'category'; category: string }
  | { kind: 'rule'; rule: string; description: string }
  | { kind: 'unquantified' };

export function selectForms(forms: readonly DashboardForm[], s: Selection | null): DashboardForm[] {
  if (!s) return [...forms];
  switch (s.kind) {
    case 'status':
      return forms.filter((f) => f.group === s.group && f.status === s.status);
    case 'budget':
      return forms.filter((f) => f.group === s.group && f.kind === 'project');
    case 'category':
      return forms.filter((f) => f.kind === 'project' && (f.category ?? NO_CATEGORY) === s.category);
    case 'rule':
      return forms.filter((f) => f.rules.includes(s.rule));
    case 'unquantified':
      return forms.filter((f) => f.quantified < f.indicators);
  }
}

export function describeSelection(s: Selection): string {
  switch (s.kind) {
    case 'status':
      return `${s.group} · ${statusLabel(s.status)}`;
    case 'budget':
      return `${s.group} · 项目预算`;
    case 'category':
      return `项目类别：${s.category}`;
    case 'rule':
      return `${s.rule} ${s.description}`;
    case 'unquantified':
      return '有未量化指标的表单';
  }
}
